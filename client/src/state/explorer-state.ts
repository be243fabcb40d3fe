/** Everything a link must reopen: the view, what it is about, the filters, the layout and the theme. */
import type { EntityKind } from "../types.ts";

export const VIEW_NAMES = [
  "network",
  "lineage",
  "timeline",
  "meetings",
  "neighborhood",
  "path",
  "article",
] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export const LAYOUT_NAMES = ["auto", "force", "hierarchy", "concentric", "circle", "grid"] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** Kinds a person can switch off in the filter bar. */
export const FILTER_KINDS = [
  "Person",
  "Institution",
  "Country",
  "Meeting",
  "Proposal",
] as const satisfies readonly EntityKind[];
export type FilterKind = (typeof FILTER_KINDS)[number];

export type MeetingStatus = "any" | "held" | "planned";

export interface Filters {
  /** Inclusive ISO dates (YYYY-MM-DD); null leaves that end open. */
  from: string | null;
  to: string | null;
  /** Kinds drawn; the others are hidden. */
  kinds: FilterKind[];
  /** A country name, or null for every country. */
  country: string | null;
  status: MeetingStatus;
  /** 0 to 1; 0 shows everything. */
  minConfidence: number;
}

export interface ExplorerState {
  view: ViewName;
  /** The entity whose neighbourhood is drawn. */
  focus: string | null;
  depth: number;
  /** The entity whose details are open. */
  selected: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  article: string | null;
  /** Evidence offsets to highlight in the article: [start, end]. */
  quote: [number, number] | null;
  layout: LayoutName;
  filters: Filters;
  /** Nodes the person hid. */
  hidden: string[];
}

export const DEFAULT_FILTERS: Filters = {
  from: null,
  to: null,
  kinds: [...FILTER_KINDS],
  country: null,
  status: "any",
  minConfidence: 0,
};

export const DEFAULT_STATE: ExplorerState = {
  view: "network",
  focus: null,
  depth: 1,
  selected: null,
  pathFrom: null,
  pathTo: null,
  article: null,
  quote: null,
  layout: "auto",
  filters: DEFAULT_FILTERS,
  hidden: [],
};

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

function date(value: string | null): string | null {
  return value !== null && DATE.test(value) ? value : null;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Reads a state from a query string; anything unknown or malformed falls back to the default. */
export function parseState(search: string): ExplorerState {
  const q = new URLSearchParams(search);
  const kinds = q.get("kinds");
  const quote = q.get("quote")?.split("-").map(Number);
  const confidence = Number(q.get("conf") ?? 0);
  return {
    view: oneOf(VIEW_NAMES, q.get("view"), "network"),
    focus: q.get("focus"),
    depth: clamp(Math.round(Number(q.get("depth") ?? 1)) || 1, 1, 3),
    selected: q.get("sel"),
    pathFrom: q.get("pfrom"),
    pathTo: q.get("pto"),
    article: q.get("article"),
    quote:
      quote?.length === 2 && quote.every((n) => Number.isInteger(n) && n >= 0)
        ? [quote[0] ?? 0, quote[1] ?? 0]
        : null,
    layout: oneOf(LAYOUT_NAMES, q.get("layout"), "auto"),
    filters: {
      from: date(q.get("from")),
      to: date(q.get("to")),
      kinds: kinds === null ? [...FILTER_KINDS] : FILTER_KINDS.filter((k) => kinds.split(",").includes(k)),
      country: q.get("country") || null,
      status: oneOf(["any", "held", "planned"] as const, q.get("status"), "any"),
      minConfidence: Number.isFinite(confidence) ? clamp(confidence, 0, 1) : 0,
    },
    hidden: q.get("hide")?.split(",").filter(Boolean) ?? [],
  };
}

/** Writes only what differs from the default, so links stay short. */
export function serializeState(state: ExplorerState): string {
  const q = new URLSearchParams();
  const set = (key: string, value: string | null, fallback: string | null = null): void => {
    if (value !== null && value !== fallback) q.set(key, value);
  };
  set("view", state.view, "network");
  set("focus", state.focus);
  set("depth", String(state.depth), "1");
  set("sel", state.selected);
  set("pfrom", state.pathFrom);
  set("pto", state.pathTo);
  set("article", state.article);
  set("quote", state.quote ? state.quote.join("-") : null);
  set("layout", state.layout, "auto");
  const f = state.filters;
  set("from", f.from);
  set("to", f.to);
  set("kinds", f.kinds.length === FILTER_KINDS.length ? null : f.kinds.join(","));
  set("country", f.country);
  set("status", f.status, "any");
  set("conf", f.minConfidence > 0 ? String(f.minConfidence) : null);
  set("hide", state.hidden.length ? state.hidden.join(",") : null);
  const text = q.toString();
  return text ? `?${text}` : "";
}
