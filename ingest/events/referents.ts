/**
 * Who a meeting's clause names without a name: a pronoun ("he talked on the phone with X"), a
 * bare title ("The Secretary first met with …") or a pair ("the two leaders held a call").
 * An ordered table of rules (ingest/rules/rule.ts); the meeting stage seats every person the
 * matching rules give.
 */
import type { Rule } from "../rules/rule.ts";
import type { Mention, ResolvedEntity, Sentence } from "../types.ts";

export interface ReferentInput {
  sentence: Sentence;
  /** The meeting's clause, as offsets into the sentence text. */
  clause: { start: number; end: number };
  /** The meeting word's offset into the sentence text. */
  triggerAt: number;
  /** Every resolved mention of the article. */
  people: ReadonlyMap<Mention, ResolvedEntity>;
  quotations: readonly { start: number; end: number }[];
  /** How many people the clause already seats by name. */
  seated: number;
}

export type ReferentRule = Rule<ReferentInput, ResolvedEntity[], "seat">;

/** How many sentences back a title or a pair may look for the people it stands for. */
const LOOKBACK = 3;
/** How far back (characters) a pronoun may look for its referent. */
const PRONOUN_REACH = 1500;

const PRONOUN = /\b(he|she)\b/i;
const TITLE_ANAPHOR =
  /(?:^|[^\p{L}])[Tt]he\s+(President|Secretary|Chancellor|Prime Minister|Foreign Minister|Minister)\b(?!\s+of\b)(?!\s+\p{Lu})/u;
const THE_TWO = /\b(the two|both) (leaders|presidents|heads of state|foreign ministers|ministers)\b/i;

const quoted = (m: Mention, quotations: ReferentInput["quotations"]): boolean =>
  quotations.some((q) => m.start >= q.start && m.end <= q.end);

/** The text of the clause before the meeting word. */
const beforeTrigger = (input: ReferentInput): string =>
  input.sentence.text.slice(input.clause.start, input.triggerAt);

/**
 * The subject of the latest earlier sentence that names someone outside a quotation, taken as the
 * first person it names ("Kerry said … with President X. The diplomat said he talked …": Kerry).
 */
function pronounReferent(input: ReferentInput): ResolvedEntity | null {
  const { sentence, people, quotations } = input;
  let best: { at: number; sentence: number; e: ResolvedEntity } | null = null;
  for (const [m, e] of people)
    if (
      e.kind === "person" &&
      m.start < sentence.start &&
      m.start >= sentence.start - PRONOUN_REACH &&
      !quoted(m, quotations) &&
      (!best || m.sentence > best.sentence || (m.sentence === best.sentence && m.start < best.at))
    )
      best = { at: m.start, sentence: m.sentence, e };
  return best?.e ?? null;
}

/** True when someone is named in the sentence between two offsets of its text. */
const personNamedBetween = (input: ReferentInput, from: number, to: number): boolean => {
  const { sentence, people } = input;
  for (const [m, e] of people)
    if (
      e.kind === "person" &&
      m.sentence === sentence.index &&
      m.start >= sentence.start + from &&
      m.start < sentence.start + to
    )
      return true;
  return false;
};

export const REFERENT_RULES: readonly ReferentRule[] = [
  {
    name: "pronoun-subject",
    // The pronoun leads the meeting's clause, no one is named before it in the sentence (a
    // country may be: "The top American diplomat said he …") nor between it and the meeting word
    // ("He underscored that …, like President X's visit": X's visit).
    example:
      "The top American diplomat said he talked on the phone with Russian Foreign Minister Sergei Lavrov about the conditions for a Syria cease-fire.",
    counterExample:
      'He underscored to both sides that the peace process in Colombia, like President Obama\'s historic visit to Cuba, was a sign of "a profound transformation underway in Latin America."',
    support: ["wx-09-kerry-syria-cease-fire-near.md", "dx-05-kerry-havana-farc-negotiators.md"],
    pattern: (input) => {
      const pronoun = PRONOUN.exec(beforeTrigger(input));
      if (!pronoun) return null;
      if (personNamedBetween(input, 0, input.triggerAt)) return null;
      const referent = pronounReferent(input);
      return referent ? [referent] : null;
    },
    action: "seat",
  },
  {
    name: "bare-title",
    // A bare title (no "of …", no name after it) stands for the one person of that title named
    // outside a quotation in the sentences just before; none when several are.
    example:
      "The President said this during a conversation with media representatives on the sidelines of the sixth Eastern Partnership Summit, which is taking place in Brussels.",
    counterExample:
      "The President of Ukraine said that during their talks with the German Chancellor in Brussels on the sidelines of the Eastern Partnership Summit, he raised the issue.",
    support: ["ua-07-normandy-format-us-role.md", "dx-05-kerry-havana-farc-negotiators.md"],
    pattern: (input) => {
      const titled = TITLE_ANAPHOR.exec(beforeTrigger(input));
      if (!titled) return null;
      const wanted = titled[1]!.toLowerCase();
      const { sentence, people, quotations } = input;
      const found = new Set<ResolvedEntity>();
      for (const [m, e] of people)
        if (
          e.kind === "person" &&
          m.sentence < sentence.index &&
          m.sentence >= sentence.index - LOOKBACK &&
          m.role?.toLowerCase().includes(wanted) &&
          !quoted(m, quotations)
        )
          found.add(e);
      return found.size === 1 ? [...found] : null;
    },
    action: "seat",
  },
  {
    name: "the-two-pair",
    // "The two leaders" in a clause that names no one: the people of the latest of the sentences
    // just before that names two or more outside a quotation. Written so in dx-03, ua-15 and
    // ua-17 too, where the clause has no meeting word or is negated.
    example:
      "Last year, the two leaders held a historic phone conversation at the U.N. gathering and agreed to work on resolving suspicions that Iran is trying to build a nuclear weapon.",
    support: [
      "wx-03-iran-talks-resume-new-york.md",
      "dx-03-putin-aliyev-call-karabakh.md",
      "ua-15-putin-biden-calls.md",
      "ua-17-ushakov-briefing-putin-biden.md",
    ],
    pattern: (input) => {
      const { sentence, people, quotations } = input;
      if (input.seated > 0 || !THE_TWO.test(sentence.text.slice(input.clause.start, input.clause.end)))
        return null;
      const bySentence = new Map<number, ResolvedEntity[]>();
      for (const [m, e] of people) {
        if (e.kind !== "person" || m.sentence >= sentence.index || m.sentence < sentence.index - LOOKBACK)
          continue;
        if (quoted(m, quotations)) continue;
        const list = bySentence.get(m.sentence) ?? [];
        if (!list.includes(e)) list.push(e);
        bySentence.set(m.sentence, list);
      }
      for (let k = sentence.index - 1; k >= sentence.index - LOOKBACK; k--) {
        const list = bySentence.get(k);
        if (list && list.length >= 2) return list;
      }
      return null;
    },
    action: "seat",
  },
];
