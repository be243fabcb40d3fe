/**
 * A meeting's date from the annotated document: from its own clause, then its sentence, then
 * the narrative time of its paragraph; otherwise null. A range stays a range.
 */
import type { PartialDate } from "../../common/graph-document.ts";
import type { AnnotatedDocument, AnnotatedSentence, Clause, TemporalExpression } from "../annotate/index.ts";

export interface MeetingDate {
  date: PartialDate;
  dateEnd: PartialDate | null;
  /** True when the date came from the text around the meeting, not its own sentence. */
  fromNarrative: boolean;
  /** True when the date is only the publication day of a lead that gives none. */
  fromLead?: boolean;
}

/** Dates attached to a verb of saying are when something was said, not when the meeting was. */
const SAID_DATE = /\b(said|says|announced|told|reported|stated|declared|added)\s+(on\s+)?$/i;

/** The temporal expressions of a sentence that can date an event in it. */
export function eventTemporals(doc: AnnotatedDocument, sentence: AnnotatedSentence): TemporalExpression[] {
  return doc.temporals.filter(
    (t) =>
      t.sentence === sentence.index &&
      // "today" inside a quote is the speaker's day, which we cannot place.
      !(t.quoted && t.anchor !== "absolute") &&
      !SAID_DATE.test(doc.body.slice(sentence.start, t.start)),
  );
}

/** "in 2023": a year that sets the scene of the sentence's event, not a deadline ("by 2030"). */
const IN_YEAR = /\bin\s+$/i;

/** Year-only expressions ("in 2022") set the scene but do not date a meeting. */
const datesAnEvent = (t: TemporalExpression): boolean => t.value.length >= 7;

const asDate = (t: TemporalExpression, fromNarrative: boolean): MeetingDate => ({
  date: t.value,
  dateEnd: t.valueEnd,
  fromNarrative,
});

/** A planned meeting's bare date that fell before publication is next year's ("will meet on 6 January"). */
function forwardIfPlanned(
  d: MeetingDate,
  t: TemporalExpression,
  planned: boolean,
  published: PartialDate | null,
): MeetingDate {
  if (!planned || t.yearStated || !published || d.date >= published.slice(0, d.date.length)) return d;
  const bump = (p: PartialDate): PartialDate => `${Number(p.slice(0, 4)) + 1}${p.slice(4)}`;
  return { ...d, date: bump(d.date), dateEnd: d.dateEnd && bump(d.dateEnd) };
}

/** Chooses the date of a meeting reported in `clause` of `sentence` around `triggerAt` (a body offset). */
export function meetingDate(
  doc: AnnotatedDocument,
  sentence: AnnotatedSentence,
  clause: Clause,
  triggerAt: number,
  planned: boolean,
): MeetingDate | null {
  const temporals = eventTemporals(doc, sentence);
  const own = temporals.filter(datesAnEvent);
  if (own.length) {
    const distance = (t: TemporalExpression): number =>
      (t.start >= clause.start && t.start < clause.end ? 0 : 1000) + Math.abs(t.start - triggerAt);
    const best = [...own].sort((a, b) => distance(a) - distance(b))[0]!;
    return forwardIfPlanned(asDate(best, false), best, planned, doc.published);
  }
  if (planned) return null;
  // "In 2025, A met B", "Last year, A met B": a year of the sentence's own sets the meeting in it, more precisely by the
  // paragraph's narrative time when that lies in the same year, never on the publication day.
  const year = temporals.find(
    (t) =>
      t.value.length === 4 &&
      t.yearStated &&
      // "last year" is the sentence's own year as much as "in 2013" (TimeML: relative to publication).
      (IN_YEAR.test(doc.body.slice(Math.max(0, t.start - 4), t.start)) || t.anchor === "publication") &&
      (!doc.published || t.value <= doc.published),
  );
  // The narrative time of the paragraph: the last event date stated before this sentence in it.
  for (let i = sentence.index - 1; i >= 0; i--) {
    const previous = doc.sentences[i]!;
    if (previous.paragraph !== sentence.paragraph) break;
    const stated = eventTemporals(doc, previous).filter(datesAnEvent);
    const last = stated[stated.length - 1];
    if (last && (!year || last.value.startsWith(year.value))) return asDate(last, true);
    if (last) break;
  }
  if (year) return { date: year.value, dateEnd: null, fromNarrative: false };
  // The lead reports the news of the day: an undated meeting it reports as held is of the publication day
  // ("A telephone conversation … has just concluded."; "During a phone conversation with …, X said").
  if (sentence.paragraph <= 1 && doc.published?.length === 10 && !recalled(doc, sentence))
    return { date: doc.published, dateEnd: null, fromNarrative: true, fromLead: true };
  return null;
}

/** Words that set a meeting in the past the article recalls, not in its news. */
const RECALLED = /\b(previous|earlier|last|former|once|ago|since|first|in the past|history|historic)\b/i;

function recalled(doc: AnnotatedDocument, sentence: AnnotatedSentence): boolean {
  return (
    RECALLED.test(sentence.text) ||
    doc.temporals.some((t) => t.sentence < sentence.index && t.value < (doc.published ?? "").slice(0, 7))
  );
}
