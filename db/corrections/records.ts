/** The correction log as records: what the API shows of each analyst's fix. */
import type { Node } from "neo4j-driver";
import { readString, readStringOrNull, type Properties } from "../values.ts";

export const CORRECTION_KINDS = ["merge", "set", "ingestArticle", "deleteArticle"] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** Entity properties a correction may set (see MODEL.md for which kind has which). */
export const CORRECTABLE_FIELDS = ["name", "date", "place", "status", "kind", "code"] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export interface CorrectionRecord {
  id: string;
  kind: CorrectionKind;
  /** The entity corrected or kept (merge), or the article. */
  targetId: string;
  /** For a merge: the id merged into the target. */
  otherId: string | null;
  field: CorrectableField | null;
  value: string | null;
  previous: string | null;
  who: string;
  /** ISO timestamp. */
  at: string;
  undone: boolean;
  undoneBy: string | null;
  undoneAt: string | null;
}

/** Who makes a change, for the log. */
export interface Actor {
  who: string;
}

function isKind(value: string): value is CorrectionKind {
  return (CORRECTION_KINDS as readonly string[]).includes(value);
}

function isField(value: string | null): value is CorrectableField {
  return value !== null && (CORRECTABLE_FIELDS as readonly string[]).includes(value);
}

export function toCorrectionRecord(node: Node): CorrectionRecord {
  const p: Properties = node.properties;
  const kind = readString(p, "kind");
  const field = readStringOrNull(p, "field");
  if (!isKind(kind)) throw new Error(`Unknown correction kind "${kind}"`);
  return {
    id: readString(p, "id"),
    kind,
    targetId: readString(p, "targetId"),
    otherId: readStringOrNull(p, "otherId"),
    field: isField(field) ? field : null,
    value: readStringOrNull(p, "value"),
    previous: readStringOrNull(p, "previous"),
    who: readString(p, "who"),
    at: readString(p, "at"),
    undone: p["undone"] === true,
    undoneBy: readStringOrNull(p, "undoneBy"),
    undoneAt: readStringOrNull(p, "undoneAt"),
  };
}
