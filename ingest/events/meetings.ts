/**
 * Stage: sentences + resolved entities → meetings (talks, calls, summits, visits, briefings)
 * with participants, date, place and whether they were held or are planned.
 */
import type { MeetingKind, MeetingStatus, PartialDate } from "../../common/graph-document.ts";
import type { ArticleEntities } from "../resolve/resolve-article.ts";
import type { Mention, ResolvedEntity, Sentence } from "../types.ts";
import { findDates } from "./dates.ts";

export interface ArticleMeeting {
  kind: MeetingKind;
  date: PartialDate | null;
  place: string | null;
  status: MeetingStatus;
  participants: ResolvedEntity[];
  countries: ResolvedEntity[];
  sentences: Sentence[];
  confidence: number;
}

// Most specific first: a "phone conversation" is a call, not talks.
const TRIGGERS: { kind: MeetingKind; re: RegExp }[] = [
  { kind: "call", re: /\b(phone|telephone)[- ](call|conversation|talks?|conference)|\bspoke (by|on the|over the) (tele)?phone|\b(call|calls|called) (with|between)\b|\bphoned\b|\bvideo ?(call|link|conference)/i },
  { kind: "summit", re: /\bsummits?\b/i },
  { kind: "briefing", re: /\b(briefing|briefed|press conference|news conference|told (reporters|journalists|the press|correspondents)|interview(ed)?|press availability)\b/i },
  { kind: "visit", re: /\b(visit(s|ed|ing)?|trip to|arriv(ed|es|ing) in|travel(l?ed|s)? to|came to)\b/i },
  {
    kind: "talks",
    re: /\b(talks|met|meet(s|ing|ings)?|negotiations?|negotiated|round of|consultations|conversation|discussions? with|sat down with|hosted|received|encounter|delegations?)\b/i,
  },
];
const PLANNED =
  /\b(will|would|shall|is to|are to|to be held|expected to|plans? to|planning to|planned|scheduled|due to|upcoming|next (week|month)|could be held|may meet|might meet|intends? to|set to|possible (meeting|summit|talks)|proposed (meeting|summit|talks)|prepar(e|ing) for|to meet)\b/i;
/** A person named only as someone's agent ("Trump’s negotiator") is not at the table. */
const POSSESSIVE_ROLE = /^[’']s?\s+(\p{Ll}+\s+){0,2}(negotiator|envoy|emissary|adviser|advisor|aide|representative|spokes\w+|son-in-law|daughter|press secretary|business representative|administration|government|team|officials?)\b/u;

/** Picks the meeting kind a sentence speaks of, or null if it speaks of none. */
export function meetingKindOf(text: string): { kind: MeetingKind; index: number } | null {
  for (const t of TRIGGERS) {
    const m = t.re.exec(text);
    if (m) return { kind: t.kind, index: m.index };
  }
  return null;
}

function isParticipantMention(body: string, m: Mention): boolean {
  return !POSSESSIVE_ROLE.test(body.slice(m.end, m.end + 60));
}

/** The person a sentence-initial "he"/"she" refers to: the last person named before it. */
function pronounReferent(sentence: Sentence, people: Map<Mention, ResolvedEntity>): ResolvedEntity | null {
  if (!/(^|[,;]\s*|\band\s)(he|she)\b/i.test(sentence.text)) return null;
  let best: { at: number; e: ResolvedEntity } | null = null;
  for (const [m, e] of people)
    if (e.kind === "person" && m.start < sentence.start && m.start >= sentence.start - 1500 && (!best || m.start > best.at))
      best = { at: m.start, e };
  return best?.e ?? null;
}

function placeOf(sentence: Sentence, places: Mention[], triggerAt: number): string | null {
  const inSentence = places.filter((p) => p.sentence === sentence.index);
  if (!inSentence.length) return null;
  // The place nearest the trigger word.
  const at = sentence.start + triggerAt;
  return inSentence.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a)).name;
}

/** Extracts one meeting per sentence that reports one, before merging. */
export function extractMeetings(
  body: string,
  sentences: Sentence[],
  resolved: ArticleEntities,
  published: PartialDate | null,
): ArticleMeeting[] {
  const meetings: ArticleMeeting[] = [];
  const mentionsBySentence = new Map<number, Mention[]>();
  for (const m of resolved.entityOfMention.keys()) mentionsBySentence.set(m.sentence, [...(mentionsBySentence.get(m.sentence) ?? []), m]);

  for (const sentence of sentences) {
    const trigger = meetingKindOf(sentence.text);
    if (!trigger) continue;
    const mentions = mentionsBySentence.get(sentence.index) ?? [];
    const participants = new Set<ResolvedEntity>();
    for (const m of mentions) {
      const e = resolved.entityOfMention.get(m)!;
      if (e.kind === "person" && isParticipantMention(body, m)) participants.add(e);
    }
    const referent = pronounReferent(sentence, resolved.entityOfMention);
    if (referent && /^\W*(he|she)\b|[,;]\s*(he|she)\b/i.test(sentence.text)) participants.add(referent);
    if (participants.size === 0) continue;

    const planned = PLANNED.test(sentence.text);
    const dates = findDates(sentence.text, published, planned);
    const nearest = dates.sort((a, b) => Math.abs(a.index - trigger.index) - Math.abs(b.index - trigger.index))[0];
    const date = nearest?.date ?? null;
    const futureDate = !!(date && published && date.slice(0, 10) > published);
    const countries = new Set<ResolvedEntity>();
    for (const m of mentions) {
      const e = resolved.entityOfMention.get(m)!;
      if (e.kind === "country") countries.add(e);
    }
    meetings.push({
      kind: trigger.kind,
      date,
      place: placeOf(sentence, resolved.places, trigger.index),
      status: planned || futureDate ? "planned" : "held",
      participants: [...participants],
      countries: [...countries],
      sentences: [sentence],
      confidence: participants.size >= 2 ? 0.7 : 0.45,
    });
  }
  return meetings;
}
