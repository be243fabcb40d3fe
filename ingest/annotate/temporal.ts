/**
 * Temporal expressions normalised TimeML-style: absolute dates, dates relative to publication
 * ("on Tuesday", "yesterday"), dates relative to the narrative ("two days later"), and ranges
 * ("February 17-18"). A bare "March 10" takes the year the narrative is in; a past event is
 * never dated after publication. chrono-node does the parsing.
 */
import { dateParser } from "./date-parser.ts";
import type { PartialDate } from "../../common/graph-document.ts";
import type { AnnotatedSentence, Quotation, TemporalAnchor, TemporalExpression } from "./types.ts";

/**
 * Cheap gate: chrono is only worth running on a sentence with a number, a month or weekday
 * name (capitalised: "may" the verb is not May) or a relative time word.
 */
const MAYBE_DATE =
  /\d|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Valentine[’']?s|New Year[’']?s|Independence Day|Victory Day|Halloween)\b|\b([Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|ago|later|earlier|[Ll]ast|[Nn]ext|[Tt]his (week|month|year|weekend))\b/;
const PUBLICATION_RELATIVE =
  /\b(today|tonight|yesterday|tomorrow|last|next|this|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b/i;
const NARRATIVE_RELATIVE = /\b(later|earlier|after|before|following|previous|same day)\b/i;
const YEAR_ONLY = /\b(?:in|since|by|until|during|early|late|mid-)\s+((?:19|20)\d\d)\b(?![-–/]\d)/gi;

const pad = (n: number): string => String(n).padStart(2, "0");
const DAY_MS = 86_400_000;

/** The reference instant for relative dates: the publication day, or mid-month when only the month is known. */
export function referenceDate(published: PartialDate | null): Date | null {
  if (!published) return null;
  const [y, m, d] = published.split("-").map(Number);
  if (!y) return null;
  return new Date(Date.UTC(y, (m ?? 7) - 1, d ?? 15, 12));
}

type Granularity = "day" | "month" | "year";
const format = (d: Date, g: Granularity): PartialDate => {
  const y = d.getUTCFullYear();
  if (g === "year") return `${y}`;
  const m = `${y}-${pad(d.getUTCMonth() + 1)}`;
  return g === "month" ? m : `${m}-${pad(d.getUTCDate())}`;
};
const toDate = (p: PartialDate): Date => referenceDate(p)!;
const yearOf = (p: PartialDate): number => Number(p.slice(0, 4));

interface Context {
  published: PartialDate | null;
  ref: Date;
  /** The narrative's current time, when the text has set one. */
  narrative: PartialDate | null;
  /** True when the narrative year comes from the text, not from publication. */
  lookBack: boolean;
  /** The paragraph that set the look-back: it runs on into the next paragraph, no further. */
  lookBackParagraph: number;
}

const insideAny = (quotes: Quotation[], at: number): boolean =>
  quotes.some((q) => at > q.start && at < q.end);

/** True when the Monday-to-Sunday week around `day` lies in two months. */
function weekStraddles(day: Date): boolean {
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
  const sunday = new Date(monday.getTime() + 6 * DAY_MS);
  return monday.getUTCMonth() !== sunday.getUTCMonth();
}

/** "today" right after an offset into the past: "One year ago today". */
const ANNIVERSARY_TODAY = /^\s+today\b/i;

const NAMED_MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b/i;

/** Temporal expressions of one sentence, normalised; updates the narrative time as it goes. */
function sentenceTemporals(s: AnnotatedSentence, quotes: Quotation[], ctx: Context): TemporalExpression[] {
  const out: TemporalExpression[] = [];
  if (!MAYBE_DATE.test(s.text)) return out;
  const results = dateParser.parse(s.text, { instant: ctx.ref, timezone: "UTC" }, { forwardDate: false });
  // "One year ago today", "30 years ago today": an anniversary, the very day the offset names;
  // its "today" is no date of its own.
  const anniversaries = new Set<number>();
  for (const r of results)
    if (/\bago$/i.test(r.text) && ANNIVERSARY_TODAY.test(s.text.slice(r.index + r.text.length)))
      anniversaries.add(r.index);
  for (const r of results) {
    if ([...anniversaries].some((at) => r.index > at && /^today$/i.test(r.text))) continue;
    const anniversary = anniversaries.has(r.index);
    const c = r.start;
    const relativeToPublication = PUBLICATION_RELATIVE.test(r.text);
    const relativeToNarrative =
      NARRATIVE_RELATIVE.test(r.text) && /\b(day|week|month|year)s?\b/i.test(r.text);
    const periodWord = /\b(week|month|year)s?\b/i.exec(r.text)?.[1]?.toLowerCase();
    // "two years ago", "last week", "three months later": an offset in whole weeks, months or
    // years names that period, not a day (TimeML), though chrono computes one; a named weekday or
    // month ("Tuesday last week") still gives the day.
    const periodOffset =
      !anniversary &&
      !!periodWord &&
      (relativeToPublication || relativeToNarrative) &&
      !c.isCertain("weekday") &&
      !NAMED_MONTH.test(r.text);
    const dayCertain = anniversary || (!periodOffset && (c.isCertain("day") || c.isCertain("weekday")));
    const granularity: Granularity =
      dayCertain || ((relativeToPublication || relativeToNarrative) && !periodWord)
        ? "day"
        : c.isCertain("month") || periodWord === "month" || periodWord === "week"
          ? "month"
          : periodWord === "year"
            ? "year"
            : "day";
    if (!dayCertain && !c.isCertain("month") && !relativeToPublication && !relativeToNarrative) continue;
    const start = s.start + r.index;
    const quoted = insideAny(quotes, start);
    let anchor: TemporalAnchor;
    let when = c.date();
    let whenEnd = r.end?.date() ?? null;
    let yearStated = c.isCertain("year");
    if (relativeToNarrative && ctx.narrative) {
      // "two days later": chrono measured the offset from publication; apply it to the narrative's time.
      anchor = "narrative";
      const offset = when.getTime() - ctx.ref.getTime();
      when = new Date(toDate(ctx.narrative).getTime() + offset);
      whenEnd = null;
      yearStated = true;
    } else if (relativeToPublication || relativeToNarrative) {
      anchor = "publication";
      yearStated = true;
      // "on Tuesday" in a sentence about the future is the coming Tuesday.
      if (s.tense === "future" && c.isCertain("weekday") && !c.isCertain("day") && when < ctx.ref)
        when = new Date(when.getTime() + 7 * DAY_MS);
      // "met … on Thursday" in a sentence about the past is the Thursday before: a past event is
      // never after publication.
      if (s.tense === "past" && c.isCertain("weekday") && !c.isCertain("day") && when > ctx.ref)
        when = new Date(when.getTime() - 7 * DAY_MS);
    } else {
      anchor = "absolute";
      if (!yearStated) {
        // A bare "March 10": the narrative's year in a look-back, else the publication year,
        // a year earlier when a past event would otherwise fall after publication.
        const year = ctx.lookBack && ctx.narrative ? yearOf(ctx.narrative) : ctx.ref.getUTCFullYear();
        const shift = year - when.getUTCFullYear();
        when = new Date(Date.UTC(when.getUTCFullYear() + shift, when.getUTCMonth(), when.getUTCDate(), 12));
        if (whenEnd)
          whenEnd = new Date(
            Date.UTC(whenEnd.getUTCFullYear() + shift, whenEnd.getUTCMonth(), whenEnd.getUTCDate(), 12),
          );
        // A day or two after publication is a date line or time zone away, not a year.
        const afterPublication =
          granularity === "day"
            ? when.getTime() > ctx.ref.getTime() + 2 * DAY_MS
            : format(when, granularity) > format(ctx.ref, granularity);
        if (!(ctx.lookBack && ctx.narrative) && afterPublication && s.tense !== "future" && ctx.published) {
          when = new Date(Date.UTC(when.getUTCFullYear() - 1, when.getUTCMonth(), when.getUTCDate(), 12));
          if (whenEnd)
            whenEnd = new Date(
              Date.UTC(whenEnd.getUTCFullYear() - 1, whenEnd.getUTCMonth(), whenEnd.getUTCDate(), 12),
            );
        }
      }
    }
    if (!ctx.published && !yearStated) continue; // no anchor for the year
    // A week that straddles two months is in neither: only its year is certain. (The week is the
    // publication's, moved by whole weeks: chrono's day for "this week" need not lie in it.)
    const week = new Date(
      ctx.ref.getTime() + Math.round((when.getTime() - ctx.ref.getTime()) / (7 * DAY_MS)) * 7 * DAY_MS,
    );
    const byWeek = periodOffset && periodWord === "week";
    const value = byWeek ? format(week, weekStraddles(week) ? "year" : "month") : format(when, granularity);
    const valueEnd = whenEnd && granularity === "day" ? format(whenEnd, "day") : null;
    out.push({
      start,
      end: start + r.text.length,
      text: r.text,
      sentence: s.index,
      value,
      valueEnd: valueEnd && valueEnd > value ? valueEnd : null,
      anchor,
      yearStated,
      quoted,
    });
  }
  for (const m of s.text.matchAll(YEAR_ONLY)) {
    const start = s.start + m.index + m[0].length - 4;
    if (out.some((t) => start >= t.start && start < t.end)) continue;
    out.push({
      start,
      end: start + 4,
      text: m[1]!,
      sentence: s.index,
      value: m[1]!,
      valueEnd: null,
      anchor: "absolute",
      yearStated: true,
      quoted: insideAny(quotes, start),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Temporal expressions of a document and the narrative time of each paragraph. */
export function findTemporals(
  sentences: AnnotatedSentence[],
  quotations: Quotation[],
  published: PartialDate | null,
): { temporals: TemporalExpression[]; narrativeTime: (PartialDate | null)[] } {
  const ref = referenceDate(published) ?? new Date(Date.UTC(2000, 0, 1, 12));
  const ctx: Context = { published, ref, narrative: null, lookBack: false, lookBackParagraph: -1 };
  const temporals: TemporalExpression[] = [];
  const narrativeTime: (PartialDate | null)[] = [];
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      // A look-back (a narrative set in another year than publication) runs on into the next paragraph.
      if (ctx.lookBack && s.paragraph > ctx.lookBackParagraph + 1) ctx.lookBack = false;
      paragraph = s.paragraph;
    }
    const quotes = quotations.filter((q) => q.sentence === s.index);
    for (const t of sentenceTemporals(s, quotes, ctx)) {
      temporals.push(t);
      // A year in passing ("where they were in 1997") does not move the narrative; "In 2022, …" opening a sentence does.
      if (t.quoted || (t.value.length === 4 && t.start - s.start > 12)) continue;
      ctx.narrative = t.valueEnd ?? t.value;
      ctx.lookBack = !!published && t.anchor === "absolute" && yearOf(t.value) !== yearOf(published);
      if (ctx.lookBack) ctx.lookBackParagraph = s.paragraph;
    }
    narrativeTime[s.paragraph] = ctx.narrative;
  }
  return { temporals, narrativeTime };
}
