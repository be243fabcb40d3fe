/**
 * Stage: sentences + entities → proposals with proposer, status and date; lineage between
 * them from the text's cues; stances of actors towards them.
 */
import type { LineageRelation, PartialDate, ProposalStatus, Stance } from "../../common/graph-document.ts";
import type { ArticleEntities } from "../resolve/resolve-article.ts";
import type { Mention, ResolvedEntity, Sentence } from "../types.ts";
import { findDates } from "../events/dates.ts";
import { allMatches, firstMatch } from "../rules/rule.ts";
import { hasSubstance, type ProposalPhrase } from "./phrase-extent.ts";
import { completePhrase } from "./complete-phrase.ts";
import { CANDIDATE_RULES } from "./rules/candidates.ts";
import { LINEAGE_RULES, OPENER_LINEAGE_RULES, STANCE_RULES, STATUS_RULES } from "./rules/cues.ts";
import {
  anaphoraRules,
  IDENTITY_RULES,
  isBareName,
  namesOnlyItsSide,
  pointCount,
  similarity,
  stageOf,
} from "./rules/identity.ts";
import { REJECT_RULES } from "./rules/rejects.ts";
import { STAGE_LINEAGE_RULES } from "./rules/stage-lineage.ts";
import { termRules } from "./rules/terms.ts";
import { PROPOSING_VERBS } from "./rules/words.ts";
import { perSentence } from "./rules/per-sentence.ts";
import type { Token } from "../annotate/index.ts";

/** The annotated tokens inside a sentence (tokens are in text order). */
function tokensIn(tokens: readonly Token[], sentence: Sentence): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.start < sentence.end; i++) out.push(tokens[i]!);
  return out;
}

export interface ArticleProposal {
  name: string;
  aliases: string[];
  status: ProposalStatus;
  date: PartialDate | null;
  proposedBy: ResolvedEntity[];
  /** The plan or demand this proposal is a term of. */
  partOf: ArticleProposal | null;
  isTerm: boolean;
  phrases: ProposalPhrase[];
  contentWords: Set<string>;
  confidence: number;
}

export interface ArticleLineage {
  from: ArticleProposal;
  to: ArticleProposal;
  relation: LineageRelation;
  sentence: Sentence;
  confidence: number;
}

export interface ArticleStance {
  actor: ResolvedEntity;
  proposal: ArticleProposal;
  stance: Stance;
  sentence: Sentence;
}

const GENERIC_LINEAGE =
  /\b(?:(?:new|further|additional)\s+(?<noun>documents|papers|drafts)|(?<impl>measures|steps)\s+(?:for implementing|to implement|implementing|to carry out))\b/gi;
/** GENERIC_LINEAGE needs one of its nouns: most sentences have none, and the search is skipped. */
const GENERIC_LINEAGE_NOUNS = ["documents", "papers", "drafts", "measures", "steps"];
const mayHaveGenericLineage = (text: string): boolean => {
  const lower = text.toLowerCase();
  return GENERIC_LINEAGE_NOUNS.some((noun) => lower.includes(noun));
};
/** Proposals named only by a generic noun ("new papers") are weak facts. */
const GENERIC_CONFIDENCE = 0.44;
const RESPONSE_OPENING = /^\W*(instead|in response|in reply|in return|countering|as a counter)\b/i;
const RELATIONAL_HEAD = /^(reform|revision|update)$/i;
/** Proposals need a distinguishing word: "the plan" alone refers to one already named. */
const MIN_CONTENT_WORDS = 1;

/** The status cue of a sentence, read once however many proposals it names. */
const statusCueOfSentence = new WeakMap<Sentence, ProposalStatus>();
function statusOf(sentence: Sentence, phrase: ProposalPhrase): ProposalStatus {
  if (/^(demands?|requirements|preconditions|conditions|ultimatum)$/.test(phrase.head)) return "demanded";
  let status = statusCueOfSentence.get(sentence);
  if (status === undefined) {
    status = firstMatch(STATUS_RULES, sentence.text)?.rule.action ?? "tabled";
    statusCueOfSentence.set(sentence, status);
  }
  return status;
}

/** Candidate phrases of a sentence: every candidate rule, a phrase inside a longer one dropped, rejects dropped. */
export function findProposalPhrases(sentence: Sentence, tokens: readonly Token[]): ProposalPhrase[] {
  // A phrase the rules cut on a modifier is carried on to its noun (complete-phrase.ts).
  const phrases = allMatches(CANDIDATE_RULES, { sentence, tokens }).flatMap((m) =>
    m.match.map((p) => completePhrase(p, tokens)),
  );
  const seen = new Set<string>();
  return phrases
    .filter(
      (p) =>
        !phrases.some(
          (q) =>
            q !== p &&
            q.start <= p.start &&
            q.end >= p.end &&
            (q.end - q.start > p.end - p.start || (q.term && !p.term)),
        ),
    )
    .filter((p) => {
      const key = `${p.start}:${p.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return !firstMatch(REJECT_RULES, { phrase: p });
    })
    .sort((a, b) => a.start - b.start);
}

/** The sentence's first proposing verb, asked for each of its proposals. */
const proposingVerbOf = perSentence((sentence: Sentence) => PROPOSING_VERBS.exec(sentence.text));

/** Who put the proposal forward: a possessive or adjective in the phrase, else the subject of a proposing verb. */
function proposersOf(
  phrase: ProposalPhrase,
  mentions: Mention[],
  resolved: ArticleEntities,
): ResolvedEntity[] {
  const inPhrase = mentions.filter((m) => m.start >= phrase.start && m.end <= phrase.end);
  const own = inPhrase.filter(
    (m) => m.end <= phrase.start + phrase.text.toLowerCase().indexOf(phrase.head) + 1,
  );
  const fromPhrase = own.map((m) => resolved.entityOfMention.get(m)).filter((e): e is ResolvedEntity => !!e);
  if (fromPhrase.length) return [...new Set(fromPhrase)];
  const text = phrase.sentence.text;
  const verb = proposingVerbOf(phrase.sentence);
  if (verb) {
    const verbAt = phrase.sentence.start + verb.index;
    const subject = mentions.filter((m) => m.end <= verbAt && m.start >= phrase.sentence.start).at(-1);
    const entity = subject && resolved.entityOfMention.get(subject);
    if (entity) return [entity];
  }
  const byAgent = /\b(?:by|from)\s+$/i;
  const after = mentions.find(
    (m) => m.start >= phrase.end && byAgent.test(text.slice(0, m.start - phrase.sentence.start).slice(-6)),
  );
  const agent = after && resolved.entityOfMention.get(after);
  return agent ? [agent] : [];
}

/** The term and anaphora tables the stage runs (exported for scripts/rule-support.ts). */
export const TERM_RULES = termRules<ArticleProposal>();
export const ANAPHORA_RULES = anaphoraRules<ArticleProposal>();

/** Extracts proposals, lineage and stances from one article. */
export function extractProposals(
  sentences: Sentence[],
  resolved: ArticleEntities,
  published: PartialDate | null,
  tokens: readonly Token[],
): { proposals: ArticleProposal[]; lineage: ArticleLineage[]; stances: ArticleStance[] } {
  const proposals: ArticleProposal[] = [];
  const lineage: ArticleLineage[] = [];
  const stances: ArticleStance[] = [];
  const mentionsBySentence = new Map<number, Mention[]>();
  for (const m of resolved.entityOfMention.keys()) {
    const list = mentionsBySentence.get(m.sentence);
    if (list) list.push(m);
    else mentionsBySentence.set(m.sentence, [m]);
  }
  let lastProposal: ArticleProposal | null = null;
  /** The entities a phrase names. */
  const sidesIn = (phrase: ProposalPhrase): ResolvedEntity[] =>
    (mentionsBySentence.get(phrase.sentence.index) ?? [])
      .filter((m) => m.start >= phrase.start && m.end <= phrase.end)
      .map((m) => resolved.entityOfMention.get(m))
      .filter((e): e is ResolvedEntity => !!e);
  /** "Russia's proposals": the proposal that side put forward last, named in an earlier sentence. */
  const antecedentOf = (phrase: ProposalPhrase): ArticleProposal | undefined => {
    // Only a phrase that names nothing but its side, or a bare capitalised head, can be an
    // anaphor: the list is built for them alone.
    if (!namesOnlyItsSide(phrase) && !isBareName(phrase)) return undefined;
    return firstMatch(ANAPHORA_RULES, {
      phrase,
      sides: sidesIn(phrase).map((e) => e.id),
      earlier: [...proposals]
        .filter((p) => !p.isTerm && p.phrases.some((ph) => ph.start < phrase.start))
        .reverse()
        .map((p) => ({ proposal: p, sides: p.proposedBy.map((e) => e.id), phrases: p.phrases })),
    })?.match;
  };
  // The dates of a sentence, parsed once however many proposals it names.
  const datesBySentence = new Map<Sentence, ReturnType<typeof findDates>>();
  const datesOf = (sentence: Sentence): ReturnType<typeof findDates> => {
    let dates = datesBySentence.get(sentence);
    if (!dates) {
      dates = findDates(sentence.text, published, false);
      datesBySentence.set(sentence, dates);
    }
    return dates;
  };

  for (const sentence of sentences) {
    const mentions = (mentionsBySentence.get(sentence.index) ?? []).sort((a, b) => a.start - b.start);
    const inSentence: ArticleProposal[] = [];
    const phrases = findProposalPhrases(sentence, tokensIn(tokens, sentence));
    for (const [k, phrase] of phrases.entries()) {
      const words = new Set(phrase.contentWords);
      // "a reform of X" with nothing else said: the reform is the proposal last named, unless that is X itself.
      const bareRelational =
        RELATIONAL_HEAD.test(phrase.head) && phrase.contentWords.every((w) => RELATIONAL_HEAD.test(w));
      if (bareRelational) {
        const next = phrases[k + 1];
        const target =
          next && proposals.find((p) => similarity(p.contentWords, new Set(next.contentWords)) >= 0.6);
        if (lastProposal && lastProposal !== target) {
          lastProposal.phrases.push(phrase);
          inSentence.push(lastProposal);
          continue;
        }
        if (next) {
          const created: ArticleProposal = {
            name: `${phrase.head} of ${next.text.replace(/^(the|a|an)\s+/i, "")}`,
            aliases: [],
            status: statusOf(sentence, phrase),
            date: datesOf(sentence)[0]?.date ?? (published ? published.slice(0, 7) : null),
            proposedBy: proposersOf(phrase, mentions, resolved),
            partOf: null,
            isTerm: false,
            phrases: [phrase],
            contentWords: new Set([phrase.head, ...next.contentWords]),
            confidence: 0.5,
          };
          proposals.push(created);
          inSentence.push(created);
          continue;
        }
        // "the process of reform" with no proposal it could revise: it names no content.
        continue;
      }
      // "this Framework" after "the Trilateral Framework": the document of that name.
      const named = isBareName(phrase) ? antecedentOf(phrase) : undefined;
      // "a temporary agreement", "an interim deal": the stage alone tells it from the deal last named.
      // A capitalised name ("Trilateral Framework") tells its document apart whatever its words.
      if (
        !named &&
        (words.size < MIN_CONTENT_WORDS || (!hasSubstance(phrase.contentWords) && !phrase.named)) &&
        pointCount(phrase.text) === null &&
        stageOf(phrase.text) !== "provisional"
      ) {
        if (lastProposal) inSentence.push(lastProposal); // "the plan": the one last named
        continue;
      }
      const same =
        named ??
        proposals.find((p) => firstMatch(IDENTITY_RULES, { known: p, phrase })?.rule.action === "same") ??
        antecedentOf(phrase);
      const status = statusOf(sentence, phrase);
      if (same) {
        same.phrases.push(phrase);
        const alias = phrase.text.replace(/^(the|a|an)\s+/i, "");
        if (alias !== same.name && !same.aliases.includes(alias)) same.aliases.push(alias);
        if (same.status === "tabled" && status !== "tabled") same.status = status;
        inSentence.push(same);
        continue;
      }
      const dates = datesOf(sentence);
      const plan = firstMatch(TERM_RULES, {
        phrase,
        before: inSentence.filter((p) =>
          p.phrases.some((ph) => ph.sentence === sentence && ph.end <= phrase.start),
        ),
        lastPlan:
          [...proposals]
            .reverse()
            .find(
              (p) =>
                !p.isTerm &&
                p.phrases[0]?.rule === "head-noun-phrase" &&
                !/^respons/.test(p.phrases[0].head) &&
                p.phrases.every((ph) => ph.sentence !== sentence),
            ) ?? null,
      });
      const proposal: ArticleProposal = {
        name: phrase.text.replace(/^(the|a|an)\s+/i, ""),
        aliases: [],
        status,
        date: dates[0]?.date ?? (published ? published.slice(0, 7) : null),
        proposedBy: proposersOf(phrase, mentions, resolved),
        partOf: plan?.match ?? null,
        isTerm: !!plan,
        phrases: [phrase],
        contentWords: words,
        confidence: words.size >= 2 ? 0.6 : 0.45,
      };
      // A term is put forward by whoever put its plan forward, unless the sentence says otherwise.
      if (plan && !proposal.proposedBy.length) proposal.proposedBy = [...plan.match.proposedBy];
      if (plan && status === "tabled") proposal.status = plan.match.status;
      proposals.push(proposal);
      inSentence.push(proposal);
    }
    // Generic nouns that are proposals only inside a lineage construction:
    // "measures for implementing X" (implements X), "new papers" after X (builds on X).
    for (const g of mayHaveGenericLineage(sentence.text) ? sentence.text.matchAll(GENERIC_LINEAGE) : []) {
      const at = sentence.start + (g.index ?? 0);
      const head = (g.groups?.noun ?? g.groups?.impl ?? "documents").toLowerCase();
      const after = phrases.find(
        (ph) => ph.start >= at + g[0].length - 1 && ph.start - (at + g[0].length) < 40,
      );
      const before = [...phrases].reverse().find((ph) => ph.end <= at);
      const relation: LineageRelation = /implement|carry out/i.test(g[0]) ? "implements" : "builds_on";
      const targetPhrase = relation === "implements" ? after : before;
      const target = targetPhrase && proposals.find((q) => q.phrases.includes(targetPhrase));
      const fallback = relation === "builds_on" ? (target ?? lastProposal) : target;
      if (!fallback) continue;
      // "new papers — several further documents": one set of documents, however often named.
      const sameGeneric = proposals.find(
        (q) =>
          q.confidence === GENERIC_CONFIDENCE &&
          (q.name.toLowerCase() === g[0].trim().toLowerCase() ||
            lineage.some((l) => l.from === q && l.to === fallback)),
      );
      if (sameGeneric) {
        const alias = g[0].trim();
        if (alias !== sameGeneric.name && !sameGeneric.aliases.includes(alias))
          sameGeneric.aliases.push(alias);
        continue;
      }
      const created: ArticleProposal = {
        name:
          relation === "implements" && after
            ? `${g[0].trim()} ${after.text}`
            : g[0].trim().replace(/^(the|a|an)\s+/i, ""),
        aliases: [],
        status: "tabled",
        date: published ? published.slice(0, 7) : null,
        proposedBy: [],
        partOf: null,
        isTerm: false,
        phrases: [
          {
            text: g[0].trim(),
            head,
            start: at,
            end: at + g[0].trim().length,
            sentence,
            contentWords: [],
            rule: "generic-lineage-noun",
          },
        ],
        contentWords: new Set([head, relation, ...fallback.contentWords]),
        confidence: GENERIC_CONFIDENCE,
      };
      created.proposedBy = proposersOf(created.phrases[0]!, mentions, resolved);
      proposals.push(created);
      lineage.push({ from: created, to: fallback, relation, sentence, confidence: 0.5 });
    }
    // A sentence that names no proposal answers none, cues no lineage and voices no stance.
    if (!inSentence.length) continue;
    const unique = [...new Set(inSentence)];
    // "Instead, the Kremlin issued an outline…": a proposal that answers the one before.
    const recent = proposals.filter((p) =>
      p.phrases.some((ph) => ph.sentence.index < sentence.index && ph.sentence.index >= sentence.index - 3),
    );
    const answer = RESPONSE_OPENING.test(sentence.text) ? unique.find((p) => !recent.includes(p)) : undefined;
    if (answer && recent.length) {
      // The proposal answered is the recent one that shares most with the answer.
      const answered = [...recent].sort(
        (a, b) =>
          similarity(b.contentWords, answer.contentWords) - similarity(a.contentWords, answer.contentWords),
      )[0]!;
      lineage.push({ from: answer, to: answered, relation: "responds_to", sentence, confidence: 0.5 });
    }
    // "Following the signing": what was signed is a document, the latest one named before.
    const lastDocument = (): ArticleProposal | null =>
      [...proposals]
        .reverse()
        .find(
          (p) =>
            !p.isTerm &&
            p.phrases.some((ph) => ph.rule === "head-noun-phrase" && ph.sentence.index < sentence.index),
        ) ?? null;
    lineage.push(...openerLineage(sentence, unique, lastDocument));
    for (const p of unique) {
      lineage.push(...lineageFor(p, unique, proposals, sentence));
      stances.push(...stancesFor(p, sentence, mentions, resolved));
    }
    if (unique.length) lastProposal = unique[unique.length - 1]!;
  }
  // "an interim deal" and "the nuclear deal": the deal the interim one is to lead to builds on it.
  for (const provisional of proposals)
    for (const other of proposals) {
      const found = firstMatch(STAGE_LINEAGE_RULES, { provisional, other });
      // A pair the text already relates keeps the relation the text states.
      if (
        !found ||
        lineage.some((l) => [l.from, l.to].includes(provisional) && [l.from, l.to].includes(other))
      )
        continue;
      const sentence = other.phrases.find(
        (ph) => ph.sentence.index >= provisional.phrases[0]!.sentence.index,
      );
      lineage.push({
        from: other,
        to: provisional,
        relation: found.rule.action,
        sentence: (sentence ?? other.phrases[0]!).sentence,
        confidence: 0.45,
      });
    }
  // An earlier proposal that a later one revises has been revised.
  for (const l of lineage) if (l.relation === "revises" && l.to.status === "tabled") l.to.status = "revised";
  return { proposals, lineage: dedupeLineage(lineage), stances };
}

/** A signing or adoption named in an opener ("Following the signing, …"): the agreement just named. */
const SIGNING = /\b(sign|adopt|approv|conclu|agree)/i;

/**
 * "Building on the X initiative, … Y": the proposals of the main clause build on the one the
 * opener names; with none named there, on the agreement just named before the sentence when the
 * opener speaks of its signing.
 */
function openerLineage(
  sentence: Sentence,
  inSentence: ArticleProposal[],
  lastBefore: () => ArticleProposal | null,
): ArticleLineage[] {
  const found = firstMatch(OPENER_LINEAGE_RULES, sentence.text);
  if (!found) return [];
  const openerEnd = sentence.start + found.match.index + found.match[0].length;
  const inOpener = (p: ArticleProposal): boolean =>
    p.phrases.some((ph) => ph.sentence === sentence && ph.end <= openerEnd);
  const basis = inSentence.find(inOpener) ?? (SIGNING.test(found.match[0]) ? lastBefore() : null);
  if (!basis) return [];
  // Only what the clause puts forward: a capitalised name there is an existing document it cites.
  const putForward = (p: ArticleProposal): boolean =>
    p.phrases.some((ph) => ph.sentence === sentence && /^\p{Ll}/u.test(ph.text));
  return inSentence
    .filter((p) => p !== basis && !inOpener(p) && putForward(p))
    .map((p) => ({ from: p, to: basis, relation: found.rule.action, sentence, confidence: 0.5 }));
}

/**
 * Lineage cued in the sentence. A cue points from the proposal it follows ("measures for
 * implementing…", "a reform of…") to the proposal right after it; with no proposal after
 * the cue, to the most similar earlier proposal of the article.
 */
function lineageFor(
  p: ArticleProposal,
  inSentence: ArticleProposal[],
  all: ArticleProposal[],
  sentence: Sentence,
): ArticleLineage[] {
  const phrase = p.phrases.find((x) => x.sentence === sentence);
  // "implement reforms": in an action asked for, the cue word is the action, not a relation.
  if (!phrase || phrase.verbal) return [];
  const rel = phrase.start - sentence.start;
  const own = sentence.text.slice(rel, phrase.end - sentence.start);
  const window = sentence.text.slice(Math.max(0, rel - 40), phrase.end - sentence.start + 40);
  for (const cue of LINEAGE_RULES) {
    const inside = cue.pattern(own);
    const near = inside ?? cue.pattern(window);
    if (!near) continue;
    const cueEnd = inside
      ? phrase.start + inside.index + inside[0].length
      : sentence.start + Math.max(0, rel - 40) + near.index + near[0].length;
    // The proposal named right after the cue is the earlier one this one revises, answers or implements.
    const after = inSentence
      .filter((q) => q !== p)
      .map((q) => ({ q, ph: q.phrases.find((x) => x.sentence === sentence) }))
      .filter((x) => x.ph && x.ph.start >= cueEnd - 1 && x.ph.start - cueEnd < 60)
      .sort((a, b) => a.ph!.start - b.ph!.start)[0]?.q;
    if (after && cueEnd <= phrase.end + 40 && (inside || near.index + Math.max(0, rel - 40) >= rel)) {
      return [{ from: p, to: after, relation: cue.action, sentence, confidence: 0.65 }];
    }
    if (!inside) continue;
    const earlier = all.slice(0, all.indexOf(p));
    const target = [...earlier].sort(
      (a, b) =>
        similarity(b.contentWords, p.contentWords) - similarity(a.contentWords, p.contentWords) ||
        all.indexOf(b) - all.indexOf(a),
    )[0];
    // Only to a proposal it shares a word with: a cue word alone names nothing it relates to.
    if (target && similarity(target.contentWords, p.contentWords) > 0)
      return [{ from: p, to: target, relation: cue.action, sentence, confidence: 0.45 }];
  }
  return [];
}

/** Where each stance cue matches in a sentence, found once for all its proposals. */
const stanceCuesBySentence = new WeakMap<Sentence, (RegExpExecArray | null)[]>();
function stanceCuesOf(sentence: Sentence): (RegExpExecArray | null)[] {
  let cues = stanceCuesBySentence.get(sentence);
  if (!cues) {
    cues = STANCE_RULES.map((cue) => cue.pattern(sentence.text));
    stanceCuesBySentence.set(sentence, cues);
  }
  return cues;
}

function stancesFor(
  p: ArticleProposal,
  sentence: Sentence,
  mentions: Mention[],
  resolved: ArticleEntities,
): ArticleStance[] {
  const phrase = p.phrases.find((x) => x.sentence === sentence);
  if (!phrase) return [];
  for (const [k, cue] of STANCE_RULES.entries()) {
    const m = stanceCuesOf(sentence)[k]!;
    if (!m) continue;
    const verbAt = sentence.start + m.index;
    if (verbAt > phrase.start) {
      const subject = mentions.filter((x) => x.end <= verbAt).at(-1);
      const actor = subject && resolved.entityOfMention.get(subject);
      if (actor) return [{ actor, proposal: p, stance: cue.action, sentence }];
    }
  }
  return [];
}

function dedupeLineage(edges: ArticleLineage[]): ArticleLineage[] {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const key = `${e.from.name}|${e.to.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
