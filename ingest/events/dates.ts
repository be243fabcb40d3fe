/** Dates in a sentence resolved against the article's publication date (chrono-node). */
import { dateParser } from "../annotate/date-parser.ts";
import type { PartialDate } from "../../common/graph-document.ts";

export interface FoundDate {
  date: PartialDate;
  /** Offsets relative to the sentence text. */
  index: number;
  length: number;
}

/** The reference instant for relative dates: the publication day, or mid-month when only the month is known. */
export function referenceDate(published: PartialDate | null): Date | null {
  if (!published) return null;
  const [y, m, d] = published.split("-").map(Number);
  if (!y) return null;
  return new Date(Date.UTC(y, (m ?? 7) - 1, d ?? 15, 12));
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** True when a position lies inside quotation marks: "today" in a quote is the speaker's day. */
export function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = (before.match(/[“«]/g) ?? []).length - (before.match(/[”»]/g) ?? []).length;
  return open > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}

const cache = new Map<string, FoundDate[]>();

/** Finds dates that name a day or a month (bare numbers and clock times are not dates of events). */
export function findDates(text: string, published: PartialDate | null, forward: boolean): FoundDate[] {
  // The same sentence is asked about by meetings, proposals and context look-ups.
  const key = `${published}|${forward}|${text}`;
  const hit = cache.get(key);
  if (hit) return hit.map((d) => ({ ...d }));
  if (cache.size > 5_000) cache.clear();
  const found = parseDates(text, published, forward);
  cache.set(key, found);
  return found.map((d) => ({ ...d }));
}

/** Cheap gate: chrono is only worth running on text with a date-like word or a number. */
const MAYBE_DATE =
  /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|last|next|ago|week|weekend|month|year|christmas|valentine[’']?s|new year[’']?s|independence|victory|halloween)\b/i;

function parseDates(text: string, published: PartialDate | null, forward: boolean): FoundDate[] {
  if (!MAYBE_DATE.test(text)) return [];
  const ref = referenceDate(published) ?? new Date(Date.UTC(2000, 0, 1));
  const results = dateParser.parse(text, { instant: ref, timezone: "UTC" }, { forwardDate: forward });
  const out: FoundDate[] = [];
  for (const r of results) {
    const c = r.start;
    const relative = /\b(today|yesterday|tomorrow|tonight|last|next|this|ago)\b/i.test(r.text);
    const hasDay =
      c.isCertain("day") || c.isCertain("weekday") || (relative && !/\b(week|month|year)\b/i.test(r.text));
    const hasMonth = c.isCertain("month");
    if (!hasDay && !hasMonth && !relative) continue;
    if (relative && insideQuote(text, r.index)) continue;
    if (!published && !c.isCertain("year")) continue; // no anchor for the year
    const d = c.date();
    const y = d.getUTCFullYear();
    const m = pad(d.getUTCMonth() + 1);
    const date = hasDay
      ? `${y}-${m}-${pad(d.getUTCDate())}`
      : hasMonth || /\b(month)\b/i.test(r.text)
        ? `${y}-${m}`
        : `${y}`;
    out.push({ date, index: r.index, length: r.text.length });
  }
  return out;
}
