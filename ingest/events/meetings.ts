/**
 * Stage: sentences + resolved entities → meetings (talks, calls, summits, visits, briefings)
 * with participants, date, place and whether they were held or are planned.
 */
import type { MeetingKind, MeetingStatus, PartialDate } from "../../common/graph-document.ts";
import { clauseAt, type AnnotatedDocument, type AnnotatedSentence, type Clause } from "../annotate/index.ts";
import type { ArticleEntities } from "../resolve/resolve-article.ts";
import type { Mention, ResolvedEntity, Sentence } from "../types.ts";
import { meetingDate } from "./meeting-date.ts";
import { ownEventRule, vetoOf } from "./meeting-rules.ts";
import { placeInClause } from "./meeting-place.ts";
import { REFERENT_RULES } from "./referents.ts";
import { allMatches } from "../rules/rule.ts";
import { TRANSCRIPT_RULES } from "./transcript-rules.ts";
import { datelineCity, placeNamed } from "./places.ts";
import type { OutletMeta } from "./outlet-host.ts";
import {
  addresseeAt,
  FIRST_PERSON,
  OUR_MEETING,
  SECOND_PERSON,
  speakerAt,
  transcriptSpeakers,
} from "./speaker.ts";
import { jointTitleMeeting, titleMeeting, transcriptPlace } from "./title-meeting.ts";

export interface ArticleMeeting {
  kind: MeetingKind;
  date: PartialDate | null;
  /** The last day when the meeting spans several ("February 17-18"), else null. */
  dateEnd: PartialDate | null;
  place: string | null;
  status: MeetingStatus;
  participants: ResolvedEntity[];
  countries: ResolvedEntity[];
  sentences: Sentence[];
  confidence: number;
}

// Most specific first: a "phone conversation" is a call, not talks.
const TRIGGERS: { kind: MeetingKind; re: RegExp }[] = [
  {
    kind: "call",
    re: /\b(phone|telephone)[- ](call|conversation|talks?|conference)|\b(on|over) the (tele)?phone\s+([a-z]+\s+){0,3}?with\b|\bspoke (by|on the|over the) (tele)?phone|\b(call|calls|called) (with|between)\b|\bphoned\b|\bvideo ?(call|link|conference)|\bspoke\s+((today|yesterday|again|separately|briefly|on [A-Z]\w+)\s+)?with\b/i,
  },
  { kind: "summit", re: /\bsummits?\b/i },
  {
    kind: "briefing",
    re: /\b(briefing|briefs?|briefed|press conference|news conference|told (reporters|journalists|the press|correspondents)|interview(ed)?|press availability)\b/i,
  },
  { kind: "visit", re: /\b(visit(s|ed|ing)?|trip to|arriv(ed|es|ing) in|travel(l?ed|s)? to|came to)\b/i },
  // "will return to the Middle East", never "return to the negotiating table": a named place follows.
  { kind: "visit", re: /\b[Rr]eturn(s|ed|ing)? to (the )?\p{Lu}/u },
  {
    kind: "talks",
    re: /\b(exchang(e|es|ed)( of)? views|talks|met|meet(s|ing|ings)?|negotiations?|negotiated|round of|consultations|conversation|discussions? with|sat down with|hosted|received|encounter|delegations?)\b/i,
  },
];
const PLANNED =
  /\b((will|would|shall|could|may|might|[’']ll) (soon |also |then |later |\w+ly )?(be )?(meet(ing)?|hold(ing)?|visit(ing)?|travel\w*|talk(ing)?|speak(ing)?|host(ing)?|be held|take place|sit down)|is to|are to|to be held|expected to|plans? to|planning to|planned|scheduled|due to|upcoming|next (week|month)|intends? to|set to|(is|are|am|[’']s|[’']re) going to|possible (meeting|summit|talks)|proposed (meeting|summit|talks)|prepar(e|ing) for)\b/i;
const HELD =
  /\b(met|held|took place|talked|spoke|visited|hosted|received|began|opened|ended|lasted|was speaking|discussed|agreed)\b/i;
const DELEGATION =
  /\b(side|sides|delegations?|headed by|led by|represented by|accompanied by|joined by|attended by|participants)\b/i;
/** A sentence that opens one side's list: "From the Russians –", "On the Ukrainian side,", "For the hosts:". */
const DELEGATION_LEAD =
  /^\W*(from|on|for) the [\p{L} .-]{2,40}?\s*[:–—]|^\W*(from|on|for) the [\p{L} -]{2,30}\bside\b/iu;
/** A briefing about a meeting: "briefed the media on the telephone conversation between …". */
const BRIEFED_ON =
  /\b(briefed|briefing|informed|told|updated)\b[^;:]*?\b(on|about|following|after)\s+((the|a|their|his|her|this|that)\s+)?([\p{L}-]+\s+){0,2}$/iu;
/** The verbs BRIEFED_ON starts with: without one, no trigger of a sentence is reported by a briefing. */
const BRIEFING_VERB = /\b(briefed|briefing|informed|told|updated)\b/i;
const AGENT_BY = /\bby\s+(\p{Lu}[\p{L}.]*\s+){0,2}$/u;
const DELEGATE_BY =
  /\b(led|headed|accompanied|joined|attended|represented)\s+by\s+(\p{Lu}[\p{L}.]*\s+){0,2}$/u;
const NOT_THERE =
  /\b(was not|were not|wasn[’']t|weren[’']t|did not|didn[’']t) (accepted|invited|present|attend)/i;
const PROCESS_TALKS = /\b(peace|ceasefire|trade|arms|nuclear|settlement)\s+talks\b/i;
const GENERIC_PARTICIPANTS =
  /\b(officials|delegations?|negotiators|diplomats|envoys|teams|the (two )?sides)\b/i;
const OUTCOME = /\b(agree[ds]?|failed|discuss(ed)?|negotiat\w+|talk(s|ed)|met|signed|reached|exchanged)\b/i;
/**
 * A person named only as someone's agent ("Trump’s negotiator") is not at the table; the words
 * between are modifiers, never a preposition ("X’s meeting with officials" seats X).
 */
const POSSESSIVE_ROLE =
  /^[’']s?\s+((?!(?:with|and|or|of|to|from|for|in|on|at)\b)\p{Ll}+\s+){0,2}(negotiator|envoy|emissary|adviser|advisor|aide|representative|spokes\w+|son-in-law|daughter|press secretary|business representative|administration|government|team|officials?)\b/u;

/** A possessive and the (up to three) words it governs: "’s historic visit". */
const POSSESSIVE = /^[’']s\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u;
const STANCE_NOUN =
  /^(\p{L}+\s+)?(desire|wish|wishes|view|views|position|stance|demand|demands|plan|plans|proposal|idea|call|insistence|hope|hopes|goal|aim|intention|decision|policy|approach)\b/iu;

/** "we met", "we have had": the first person plural of a speaker, standing for those at the table. */
const FIRST_PERSON_PLURAL =
  /(?:^|[^\p{L}])[Ww]e\s+(?:(?:also|have|had|just|then|again|today|yesterday)\s+){0,2}$/u;

const GLOBAL_TRIGGERS = TRIGGERS.map((t) => ({
  kind: t.kind,
  re: new RegExp(t.re.source, `${t.re.flags}g`),
}));

/**
 * A word that every trigger above starts with or contains: a sentence without one speaks of no
 * meeting, and the triggers' longer patterns need not run on it.
 */
const TRIGGER_STEM =
  /phone|spoke|call|video|summit|brief|conference|told|interview|press|visit|trip|arriv|travel|came|eturn|exchang|talk|met|meet|negotiat|round|consult|conversation|discussion|sat down|hosted|received|encounter|delegation/i;

const triggersByText = new Map<string, { kind: MeetingKind; index: number }[]>();

/** Every place in a sentence where a meeting of some kind is spoken of, most specific kinds first. */
export function meetingTriggers(text: string): { kind: MeetingKind; index: number }[] {
  // Lead, sentence and delegation look-ups ask about the same sentences: each is read once.
  const known = triggersByText.get(text);
  if (known) return known.map((t) => ({ ...t }));
  const found = TRIGGER_STEM.test(text) ? findTriggers(text) : [];
  triggersByText.set(text, found);
  return found.map((t) => ({ ...t }));
}

function findTriggers(text: string): { kind: MeetingKind; index: number }[] {
  const found: { kind: MeetingKind; index: number }[] = [];
  for (const t of GLOBAL_TRIGGERS)
    for (const m of text.matchAll(t.re))
      if (!found.some((f) => Math.abs(f.index - (m.index ?? 0)) < 3))
        found.push({ kind: t.kind, index: m.index ?? 0 });
  return found;
}

/** Picks the meeting kind a sentence speaks of, or null if it speaks of none: its first trigger of the most specific kind. */
export function meetingKindOf(text: string): { kind: MeetingKind; index: number } | null {
  return meetingTriggers(text)[0] ?? null;
}

/** Appositives and relative clauses ("Kushner, husband of X,", "Witkoff, who has known Trump,") name people who are not at the table. */
const ASIDE =
  /,\s+(who|whose|which|husband|wife|son|daughter|brother|sister|father|mother|son-in-law|friend|[\p{Ll}]+ of)\b[^,]*,/gu;

function isParticipantMention(body: string, m: Mention): boolean {
  // A lone city name taken for a person ("Brussels", "Washington") is where, not who.
  if (!/\s/.test(m.name.trim()) && placeNamed(m.name)) return false;
  const after = body.slice(m.end, m.end + 60);
  const before = body.slice(Math.max(0, m.start - 6), m.start);
  if (POSSESSIVE_ROLE.test(after)) return false;
  // "Biden's desire for …": someone named in a possessive of a wish or view is not at the table.
  const possessed = POSSESSIVE.exec(after);
  if (possessed && STANCE_NOUN.test(possessed[1]!)) return false;
  // "the Trump administration", "the Rubio-Lavrov agreement": a name used as a modifier.
  if (/^-\p{Lu}/u.test(after) || /\p{L}-$/u.test(before) || /\p{L}-\p{Lu}/u.test(m.text)) return false;
  if (/\bthe\s+$/i.test(before) && /^\s+\p{Ll}/u.test(after)) return false;
  return true;
}

function asides(text: string): { start: number; end: number }[] {
  return [...text.matchAll(ASIDE)].map((m) => ({
    start: (m.index ?? 0) + 1,
    end: (m.index ?? 0) + m[0].length - 1,
  }));
}

function placeOf(
  sentence: Sentence,
  places: Mention[],
  triggerAt: number,
  clause: { start: number; end: number },
): string | null {
  const inSentence = places.filter((p) => p.sentence === sentence.index);
  if (!inSentence.length) return null;
  // A place in the trigger's clause, else the one nearest the trigger word.
  const inClause = inSentence.filter(
    (p) => p.start >= sentence.start + clause.start && p.end <= sentence.start + clause.end,
  );
  // A place in another clause belongs to another event ("talks in Riyadh; Witkoff later meets Putin").
  const pool = inClause;
  if (!pool.length) return null;
  const at = sentence.start + triggerAt;
  return pool.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a)).name;
}

/** The first paragraph when it is a single line without a full stop: the article's headline. */
function isHeadline(sentence: Sentence): boolean {
  return (
    sentence.paragraph === 0 &&
    sentence.index === 0 &&
    sentence.text.length < 200 &&
    !/[.!?]["”’»)]?$/.test(sentence.text)
  );
}

/**
 * The first place the lead (its first two paragraphs) gives a meeting of the title's kind: where
 * the meeting a readout's title names took place. A call's readout placing other talks ("the
 * negotiations would take place first in Geneva", "the May 16 talks in Istanbul") does not place
 * the call (ua-15, ua-09, sx-01).
 */
function leadPlace(doc: AnnotatedDocument, kind: MeetingKind): string | null {
  for (const sentence of doc.sentences) {
    if (sentence.paragraph > 1 || sentence.isTitle) break;
    for (const t of meetingTriggers(sentence.text)) {
      if ((t.kind === "call") !== (kind === "call")) continue;
      const at = sentence.start + t.index;
      const clause = clauseAt(sentence.clauses, at);
      const place = clause && placeInClause(doc, clause, at);
      if (place) return place;
    }
  }
  return null;
}

/** True when a date is the publication day or the day before (the news a dateline files). */
function nearPublication(date: PartialDate | null, published: PartialDate | null): boolean {
  if (!date || !published || date.length < 10 || published.length < 10) return false;
  const days = (Date.parse(published) - Date.parse(date)) / 86_400_000;
  return days >= 0 && days <= 1;
}

/** The clause around an offset of the sentence text, as offsets into the sentence. */
function relativeClause(sentence: AnnotatedSentence, at: number): { start: number; end: number } {
  const clause = clauseAt(sentence.clauses, sentence.start + at) ?? sentence.clauses[0]!;
  return { start: clause.start - sentence.start, end: clause.end - sentence.start };
}

/** The annotated clause for offsets relative to the sentence. */
function bodyClause(sentence: AnnotatedSentence, clause: { start: number; end: number }): Clause {
  return (
    sentence.clauses.find((c) => c.start === sentence.start + clause.start) ?? {
      start: sentence.start + clause.start,
      end: sentence.start + clause.end,
      tokenStart: sentence.tokenStart,
      tokenEnd: sentence.tokenEnd,
    }
  );
}

/** Extracts one meeting per sentence that reports one, before merging. */
export function extractMeetings(
  doc: AnnotatedDocument,
  resolved: ArticleEntities,
  title: string | null = null,
  source: OutletMeta | null = null,
): ArticleMeeting[] {
  const { body, sentences, published } = doc;
  // The triggers of a sentence are cached for this article only.
  triggersByText.clear();
  const meetings: ArticleMeeting[] = [];
  const dateline = datelineCity(body);
  const fromTitle = titleMeeting(title, doc, resolved, source);
  if (fromTitle)
    meetings.push({
      kind: fromTitle.kind,
      date: fromTitle.date,
      dateEnd: null,
      place: leadPlace(doc, fromTitle.kind) ?? (nearPublication(fromTitle.date, published) ? dateline : null),
      status: "held",
      participants: fromTitle.participants,
      countries: [],
      sentences: [fromTitle.sentence],
      confidence: 0.7,
    });
  const joint = fromTitle ? null : jointTitleMeeting(title, doc, resolved);
  if (joint)
    meetings.push({
      kind: joint.kind,
      date: joint.date,
      dateEnd: null,
      place: transcriptPlace(body) ?? dateline ?? leadPlace(doc, joint.kind),
      status: "held",
      participants: joint.participants,
      countries: [],
      sentences: [joint.sentence],
      confidence: 0.7,
    });
  // A transcript's own remarks or interview, when its title names no meeting of its own.
  if (!fromTitle && !joint)
    for (const { rule, match } of allMatches(TRANSCRIPT_RULES, { doc, resolved }))
      meetings.push({
        kind: rule.action,
        date: match.date,
        dateEnd: null,
        place: match.place,
        status: "held",
        participants: match.participants,
        countries: [],
        sentences: [match.sentence],
        confidence: 0.45,
      });
  const mentionsBySentence = new Map<number, Mention[]>();
  for (const m of resolved.entityOfMention.keys()) {
    const list = mentionsBySentence.get(m.sentence);
    if (list) list.push(m);
    else mentionsBySentence.set(m.sentence, [m]);
  }
  // Each trigger's clause and each delegation look-up asks about the same mentions: each is read once.
  const participantMention = new Map<Mention, boolean>();
  const isParticipant = (m: Mention): boolean => {
    let known = participantMention.get(m);
    if (known === undefined) {
      known = isParticipantMention(body, m);
      participantMention.set(m, known);
    }
    return known;
  };

  for (const sentence of sentences) {
    // A headline repeats the story in telegraphic form, without the dates that place it.
    if (isHeadline(sentence)) continue;
    // The title's meeting is read whole by titleMeeting and jointTitleMeeting.
    if (sentence.isTitle) continue;
    // "Peace talks" as a process ("abandoned peace talks") is not a meeting unless someone is named with it.
    const triggers = meetingTriggers(sentence.text).filter(
      (t) =>
        !(
          PROCESS_TALKS.test(sentence.text.slice(Math.max(0, t.index - 12), t.index + 6)) &&
          !/^talks\s+(with|between)\b/i.test(sentence.text.slice(t.index))
        ),
    );
    if (!triggers.length) continue;
    const aside = asides(sentence.text);
    const peopleIn = (clause: {
      start: number;
      end: number;
    }): { mentions: Mention[]; people: Set<ResolvedEntity> } => {
      const inClause = (m: Mention): boolean =>
        m.start >= sentence.start + clause.start &&
        m.end <= sentence.start + clause.end &&
        !aside.some((a) => m.start - sentence.start >= a.start && m.end - sentence.start <= a.end);
      const mentions = (mentionsBySentence.get(sentence.index) ?? []).filter(inClause);
      const people = new Set<ResolvedEntity>();
      for (const m of mentions) {
        const e = resolved.entityOfMention.get(m)!;
        if (e.kind === "person" && isParticipant(m)) people.add(e);
      }
      return { mentions, people };
    };
    // Of several triggers ("told a Cabinet meeting as A and B were in their meeting"), the clause seating the most people wins.
    // "X briefed reporters on the call between A and B": the call's people follow the trigger; X gave a briefing.
    // (Read once per trigger, and only in a sentence with a verb of briefing.)
    const briefs = BRIEFING_VERB.test(sentence.text);
    const reportedAt = (t: { index: number; kind: MeetingKind }): boolean =>
      briefs && t.kind !== "briefing" && BRIEFED_ON.test(sentence.text.slice(0, t.index));
    const candidates = triggers
      .map((t) => {
        const c = relativeClause(sentence, t.index);
        const reports = reportedAt(t);
        return { trigger: t, reports, clause: reports ? { start: t.index, end: c.end } : c };
      })
      .map((c) => {
        const { mentions, people } = peopleIn(c.clause);
        return { trigger: c.trigger, reports: c.reports, clause: c.clause, mentions, people };
      });
    // A briefing about a meeting is not the meeting: the meeting it reports wins.
    const reported = candidates.filter((c) => c.reports);
    const pool = reported.length ? reported : candidates;
    const best = pool.reduce((a, b) => (b.people.size > a.people.size ? b : a));
    const { trigger, clause, mentions } = best;
    let participants = best.people;
    const briefers = best.reports
      ? peopleIn({ start: relativeClause(sentence, trigger.index).start, end: trigger.index }).people
      : new Set<ResolvedEntity>();
    const clauseText = sentence.text.slice(clause.start, clause.end);
    // Aims ("a meeting … is the goal"), negations ("had not been planned", "ruled out talks"):
    // the veto rules of ingest/knowledge/meeting-rules.yaml, in the clause and just after the trigger.
    if (
      vetoOf(clauseText, trigger.index - clause.start) ||
      vetoOf(sentence.text.slice(trigger.index, trigger.index + 80), 0)
    )
      continue;
    // "A’s pledge to B during their telephone call": the people before "their" are the ones who met.
    if (/\btheir\s+(\S+\s+){0,2}$/i.test(sentence.text.slice(0, trigger.index))) {
      const lastTwo = (mentionsBySentence.get(sentence.index) ?? [])
        .filter(
          (m) =>
            m.start < sentence.start + trigger.index && resolved.entityOfMention.get(m)!.kind === "person",
        )
        .sort((a, b) => a.start - b.start)
        .slice(-2)
        .map((m) => resolved.entityOfMention.get(m)!);
      if (new Set(lastTwo).size === 2) participants = new Set(lastTwo);
    }
    // "We spoke today with Chancellor X", "Last time we met": the speaker of the words is at the table.
    if (FIRST_PERSON.test(sentence.text.slice(clause.start, trigger.index))) {
      const speaker = speakerAt(doc, resolved, sentence.start + trigger.index);
      if (speaker) participants.add(speaker);
    }
    // "meeting with you tomorrow", "You just talked in the press conference": a question's "you" is the one who answers it.
    if (SECOND_PERSON.test(sentence.text.slice(clause.start, clause.end))) {
      const addressee = addresseeAt(doc, resolved, sentence.start + trigger.index);
      if (addressee) participants.add(addressee);
    }
    // A speaker of a transcript's "our meeting" or "we met" met the transcript's other speakers.
    const beforeTrigger = sentence.text.slice(clause.start, trigger.index);
    if (OUR_MEETING.test(beforeTrigger) || FIRST_PERSON_PLURAL.test(beforeTrigger)) {
      const speaker = speakerAt(doc, resolved, sentence.start + trigger.index);
      const speakers = transcriptSpeakers(doc, resolved);
      if (speaker && speakers.includes(speaker) && speakers.length >= 2 && speakers.length <= 4)
        for (const s of speakers) participants.add(s);
    }
    // "he talked on the phone with X", "The Secretary first met with", "the two leaders held a call":
    // the people a pronoun, a bare title or a pair stands for (the rules of ./referents.ts, in order).
    for (const rule of REFERENT_RULES) {
      const found = rule.pattern({
        sentence,
        clause,
        triggerAt: trigger.index,
        people: resolved.entityOfMention,
        quotations: doc.quotations,
        seated: participants.size,
      });
      if (found) for (const e of found) participants.add(e);
    }
    // Delegations named after the meeting: "From the American side: A, B and C." / "X headed the delegation."
    // "The two sides sent officials…" followed by "A and B failed to agree…" likewise names them next.
    const generic = participants.size <= 1 && GENERIC_PARTICIPANTS.test(sentence.text);
    const namedFew = participants.size <= 1;
    // The last sentence that named a delegation: one side's list may be followed by the other's,
    // a sentence or a paragraph later ("From the American side: …" then "From the Russians – …").
    let lastDelegation = -1;
    for (let k = sentence.index + 1; k <= Math.max(sentence.index + 3, lastDelegation + 2); k++) {
      const next = sentences[k];
      if (!next || next.isTitle) break;
      const lead = DELEGATION_LEAD.test(next.text);
      const previousList = sentences[lastDelegation];
      const continuesLists =
        lead && previousList !== undefined && next.paragraph <= previousList.paragraph + 1;
      // Delegations may be named at the start of the next paragraph when this sentence names no one.
      const crossesParagraph = next.paragraph !== sentence.paragraph;
      const mayCross =
        crossesParagraph && ((namedFew && next.paragraph === sentence.paragraph + 1) || continuesLists);
      if ((crossesParagraph && !mayCross) || meetingKindOf(next.text)?.kind === "call") break;
      const cue =
        DELEGATION.test(next.text) ||
        lead ||
        (generic && k === sentence.index + 1 && OUTCOME.test(next.text));
      if (!cue) {
        if (crossesParagraph) break;
        continue; // "The talks lasted twelve hours." between the meeting and its delegations
      }
      lastDelegation = k;
      for (const m of mentionsBySentence.get(next.index) ?? []) {
        const e = resolved.entityOfMention.get(m)!;
        // A possessive in a later sentence names someone else's act ("President X's historic visit").
        const possessive = /^[’']s\b/.test(body.slice(m.end, m.end + 3)) || /[’']s$/.test(m.text);
        // "announced by President X" names an agent of something else; "led by X" names a delegate.
        const prefix = body.slice(Math.max(0, m.start - 40), m.start);
        const agent = AGENT_BY.test(prefix) && !DELEGATE_BY.test(prefix);
        if (e.kind === "person" && !possessive && !agent && isParticipant(m) && !NOT_THERE.test(next.text))
          participants.add(e);
      }
    }
    if (participants.size === 0) {
      meetings.push(...datedCallsOf(doc, sentence, triggers, mainCall(meetings)));
      continue;
    }

    const planned = PLANNED.test(clauseText) && !HELD.test(clauseText);
    const dated = meetingDate(
      doc,
      sentence,
      bodyClause(sentence, clause),
      sentence.start + trigger.index,
      planned,
    );
    // "this interview", "today's news conference": the transcript's own event, on its day and at its place line.
    const ownEvent =
      trigger.kind === "briefing" && ownEventRule().pattern.test(sentence.text.slice(0, trigger.index));
    const date = dated?.date ?? (ownEvent ? published : null);
    const futureDate = !!(date && published && date.slice(0, 10) > published);
    const place =
      placeOf(sentence, resolved.places, trigger.index, clause) ??
      placeInClause(
        doc,
        bodyClause(sentence, clause),
        sentence.start + trigger.index,
        trigger.kind === "visit",
      ) ??
      // The dateline is where the story was filed: the place of the lead's news of the day, not of what it recalls.
      (sentence.paragraph <= 1 && nearPublication(date, published) ? dateline : null) ??
      (ownEvent ? (transcriptPlace(body) ?? dateline) : null);
    // One person "in talks" is weak evidence of a meeting unless it is a briefing, a visit or a call, or dated and placed.
    if (participants.size === 1 && trigger.kind === "talks" && !(date && !dated?.fromLead && place)) continue;
    // "X spoke with reporters": a readout's "spoke with" is a call only between two people.
    if (participants.size === 1 && /^spoke\b/i.test(sentence.text.slice(trigger.index))) continue;
    const countries = new Set<ResolvedEntity>();
    for (const m of mentions) {
      const e = resolved.entityOfMention.get(m)!;
      if (e.kind === "country") countries.add(e);
    }
    meetings.push({
      kind: trigger.kind,
      date,
      dateEnd: dated?.dateEnd ?? null,
      place,
      status: planned || futureDate ? "planned" : "held",
      participants: [...participants],
      countries: [...countries],
      sentences: [sentence],
      confidence: participants.size >= 2 ? 0.7 : 0.45,
    });
    if (briefers.size)
      meetings.push({
        kind: "briefing",
        date,
        dateEnd: null,
        place,
        status: "held",
        participants: [...briefers],
        countries: [],
        sentences: [sentence],
        confidence: 0.45,
      });
  }
  assignDominantDate(meetings, published);
  return meetings;
}

/** The article's principal call: the first call (or the title's meeting) between two or more people. */
function mainCall(meetings: ArticleMeeting[]): ArticleMeeting | null {
  return meetings.find((m) => m.kind === "call" && m.participants.length >= 2 && m.status === "held") ?? null;
}

/** A date written just before a meeting word: "the December 7 videoconference", "the 30 December call". */
const ATTRIBUTIVE_GAP = /^\s*(-|–)?\s*$/;

/**
 * Earlier calls a readout recalls by their date and nothing else ("a follow-up on the December 7
 * videoconference and the December 30 telephone conversation"): held between the people of the
 * readout's own call, one meeting for each dated call word.
 */
function datedCallsOf(
  doc: AnnotatedDocument,
  sentence: AnnotatedSentence,
  triggers: { kind: MeetingKind; index: number }[],
  main: ArticleMeeting | null,
): ArticleMeeting[] {
  if (!main || !doc.published) return [];
  const found: ArticleMeeting[] = [];
  for (const trigger of triggers) {
    if (trigger.kind !== "call") continue;
    const at = sentence.start + trigger.index;
    const date = doc.temporals.find(
      (t) =>
        t.sentence === sentence.index &&
        t.end <= at &&
        t.value.length === 10 &&
        ATTRIBUTIVE_GAP.test(doc.body.slice(t.end, at)),
    );
    if (!date || date.value >= doc.published || date.value === main.date) continue;
    found.push({
      kind: "call",
      date: date.value,
      dateEnd: null,
      place: null,
      status: "held",
      participants: main.participants,
      countries: [],
      sentences: [sentence],
      confidence: 0.45,
    });
  }
  return found;
}

/**
 * An article that dates several reports of the same day is about that day: its undated held
 * meetings with two people, or with a place, are taken to be on it too.
 */
function assignDominantDate(meetings: ArticleMeeting[], published: PartialDate | null): void {
  const counts = new Map<string, number>();
  for (const m of meetings)
    if (m.date?.length === 10 && (!published || m.date <= published))
      counts.set(m.date, (counts.get(m.date) ?? 0) + 1);
  const [dominant, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  if (!dominant || n < 2) return;
  for (const m of meetings)
    if (!m.date && m.status === "held" && (m.participants.length >= 2 || m.place)) {
      m.date = dominant;
      m.confidence = Math.min(m.confidence, 0.45);
    }
}
