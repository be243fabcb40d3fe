/**
 * Stage: analysed articles → one graph document. Entities, meetings and proposals are merged
 * across articles here; every node and edge keeps the sentences it came from.
 */
import { createHash } from "node:crypto";
import type {
  CountryNode,
  Evidence,
  GraphDocument,
  InstitutionNode,
  LineageEdge,
  MeetingNode,
  MentionEdge,
  PersonNode,
  ProposalNode,
  StanceEdge,
} from "../../common/graph-document.ts";
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { ArticleProposal } from "../proposals/proposals.ts";
import { ACROSS_ARTICLE_RULES } from "../proposals/rules/identity.ts";
import { firstMatch } from "../rules/rule.ts";
import { resolveCorpus, type CorpusEntity } from "../resolve/resolve-corpus.ts";
import { nameKey, slug } from "../text/normalize.ts";
import type { ResolvedEntity, Sentence } from "../types.ts";
import type { ArticleFacts } from "./analyse-article.ts";
import { mergeMeetings, type MeetingDraft } from "./merge-meetings.ts";

const MAX_EVIDENCE_PER_ARTICLE = 12;

function evidenceOf(articleId: string, sentences: Sentence[]): Evidence[] {
  const seen = new Set<number>();
  const out: Evidence[] = [];
  for (const s of sentences) {
    if (seen.has(s.index)) continue;
    seen.add(s.index);
    out.push({ articleId, quote: s.text, start: s.start, end: s.end });
  }
  return out;
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Builds the graph document from analysed articles. */
export function buildDocument(
  analysed: ArticleFacts[],
  knowledge: Knowledge,
  failures: GraphDocument["failures"] = [],
): GraphDocument {
  const corpus = resolveCorpus(
    analysed.map((a) => a.entities.entities),
    knowledge,
  );
  const corpusOf = new Map<ResolvedEntity, CorpusEntity>();
  for (const c of corpus) for (const m of c.members) corpusOf.set(m, c);
  const articleOf = new Map<ResolvedEntity, ArticleFacts>();
  for (const a of analysed) for (const e of a.entities.entities) articleOf.set(e, a);

  const countryIdByName = new Map(
    corpus.filter((c) => c.kind === "country").map((c) => [nameKey(c.name), c.id]),
  );
  const institutionIdByName = new Map<string, string>();
  for (const c of corpus.filter((x) => x.kind === "institution"))
    for (const n of [c.name, ...c.aliases]) institutionIdByName.set(nameKey(n), c.id);

  const entityEvidence = (c: CorpusEntity): Evidence[] =>
    c.members.flatMap((m) => {
      const a = articleOf.get(m)!;
      const sentences = m.mentions.map((x) => a.sentences[x.sentence]!).filter(Boolean);
      return evidenceOf(a.article.id, sentences).slice(0, MAX_EVIDENCE_PER_ARTICLE);
    });

  const people: PersonNode[] = [];
  const institutions: InstitutionNode[] = [];
  const countries: CountryNode[] = [];
  for (const c of corpus) {
    const base = {
      id: c.id,
      name: c.name,
      aliases: c.aliases,
      confidence: round(c.confidence),
      evidence: entityEvidence(c),
    };
    const countryId = c.country ? (countryIdByName.get(nameKey(c.country)) ?? null) : null;
    switch (c.kind) {
      case "person":
        people.push({
          ...base,
          roles: c.roles,
          country: countryId,
          affiliations: c.affiliations
            .map((n) => institutionIdByName.get(nameKey(n)))
            .filter((x): x is string => !!x),
        });
        break;
      case "institution":
        institutions.push({ ...base, kind: c.institutionKind, country: countryId });
        break;
      case "country":
        countries.push({ ...base, code: c.countryCode });
        break;
    }
  }

  const idOf = (e: ResolvedEntity): string => corpusOf.get(e)!.id;
  const countryIdOfPerson = new Map(people.map((p) => [p.id, p.country]));

  // Meetings: per-article drafts, merged within and across articles.
  const drafts: MeetingDraft[] = analysed.flatMap((a) =>
    a.meetings.map((m) => ({
      kind: m.kind,
      date: m.date,
      dateEnd: m.dateEnd,
      place: m.place,
      status: m.status,
      participants: new Set(m.participants.map(idOf)),
      countries: new Set([
        ...m.countries.map(idOf),
        ...m.participants.map((p) => countryIdOfPerson.get(idOf(p))).filter((x): x is string => !!x),
      ]),
      evidence: evidenceOf(a.article.id, m.sentences),
      articleId: a.article.id,
      confidence: m.confidence,
    })),
  );
  const meetings: MeetingNode[] = mergeMeetings(drafts).map((m) => ({
    id: `meeting:${createHash("sha256")
      .update([m.date ?? "", [...m.participants].sort().join(","), m.kind].join("|"))
      .digest("hex")
      .slice(0, 16)}`,
    kind: m.kind,
    date: m.date,
    dateEnd: m.dateEnd,
    place: m.place,
    status: m.status,
    participants: [...m.participants].sort(),
    participantCountries: [...m.countries].sort(),
    confidence: round(m.confidence),
    evidence: m.evidence,
  }));
  dedupeIds(meetings);

  const { proposals, idOfProposal } = buildProposals(analysed, idOf);
  const lineage: LineageEdge[] = [];
  const stances: StanceEdge[] = [];
  const seenEdges = new Set<string>();
  for (const a of analysed) {
    for (const l of a.lineage) {
      const from = idOfProposal.get(l.from)!;
      const to = idOfProposal.get(l.to)!;
      const key = `${from}|${to}|${l.relation}`;
      if (from === to || seenEdges.has(key)) continue;
      seenEdges.add(key);
      lineage.push({
        from,
        to,
        relation: l.relation,
        confidence: l.confidence,
        evidence: evidenceOf(a.article.id, [l.sentence]),
      });
    }
    for (const s of a.stances)
      stances.push({
        actor: idOf(s.actor),
        proposal: idOfProposal.get(s.proposal)!,
        stance: s.stance,
        confidence: 0.5,
        evidence: evidenceOf(a.article.id, [s.sentence]),
      });
  }

  // A mention's offsets are into the article body: those in the title (annotated after it) have none there.
  const mentions: MentionEdge[] = analysed.flatMap((a) =>
    [...a.entities.entityOfMention]
      .filter(([m]) => m.end <= a.article.body.length)
      .map(([m, e]) => ({
        entity: idOf(e),
        articleId: a.article.id,
        text: m.text,
        start: m.start,
        end: m.end,
      })),
  );

  return {
    articles: analysed.map((a) => ({
      id: a.article.id,
      file: a.article.file,
      title: a.article.meta.title,
      published: a.article.meta.published,
      outlet: a.article.meta.outlet,
      author: a.article.meta.author,
      url: a.article.meta.url,
      contentHash: a.contentHash,
      body: a.article.body,
    })),
    people,
    institutions,
    countries,
    meetings,
    proposals,
    lineage,
    stances,
    mentions,
    failures,
  };
}

/** Proposals merged across articles when their distinguishing words agree. */
function buildProposals(
  analysed: ArticleFacts[],
  idOf: (e: ResolvedEntity) => string,
): { proposals: ProposalNode[]; idOfProposal: Map<ArticleProposal, string> } {
  // Each group keeps its members' words and phrases as they join: every proposal is compared
  // with every group, so nothing is rebuilt per comparison.
  const groups: {
    members: { p: ArticleProposal; articleId: string }[];
    known: { contentWords: Set<string>; phrases: ArticleProposal["phrases"] };
  }[] = [];
  for (const a of analysed)
    for (const p of a.proposals) {
      // A revision of a plan is not the plan: relational words must agree too.
      const g = groups.find(
        (x) =>
          sameRelational(x.known.contentWords, p.contentWords) &&
          firstMatch(ACROSS_ARTICLE_RULES, { known: x.known, other: p }) !== null,
      );
      if (g) {
        g.members.push({ p, articleId: a.article.id });
        for (const w of p.contentWords) g.known.contentWords.add(w);
        g.known.phrases.push(...p.phrases);
      } else
        groups.push({
          members: [{ p, articleId: a.article.id }],
          known: { contentWords: new Set(p.contentWords), phrases: [...p.phrases] },
        });
    }
  const idOfProposal = new Map<ArticleProposal, string>();
  const taken = new Set<string>();
  const proposals = groups.map((g) => {
    const first = g.members[0]!.p;
    let id = `proposal:${slug(first.name)}`;
    for (let n = 2; taken.has(id); n++) id = `proposal:${slug(first.name)}-${n}`;
    taken.add(id);
    for (const m of g.members) idOfProposal.set(m.p, id);
    const aliases = [...new Set(g.members.flatMap((m) => [m.p.name, ...m.p.aliases]))].filter(
      (n) => n !== first.name,
    );
    return {
      id,
      name: first.name,
      aliases,
      status: g.members.map((m) => m.p.status).find((s) => s !== "tabled") ?? "tabled",
      date: first.date,
      proposedBy: [...new Set(g.members.flatMap((m) => m.p.proposedBy.map(idOf)))],
      partOf: null as string | null,
      confidence: round(Math.max(...g.members.map((m) => m.p.confidence))),
      evidence: g.members.flatMap((m) =>
        evidenceOf(
          m.articleId,
          m.p.phrases.map((ph) => ph.sentence),
        ),
      ),
    } satisfies ProposalNode;
  });
  // A term's plan, once every proposal has its id; a term is never part of itself.
  groups.forEach((g, k) => {
    const plan = g.members.map((m) => m.p.partOf).find((x): x is ArticleProposal => !!x);
    const planId = plan && idOfProposal.get(plan);
    if (planId && planId !== proposals[k]!.id) proposals[k]!.partOf = planId;
  });
  return { proposals, idOfProposal };
}

const RELATIONAL =
  /^(revision|reform|update|amendments?|counter-?proposals?|response|implements|builds_on|measures|steps|documents|papers|drafts)$/;
function sameRelational(a: Set<string>, b: Set<string>): boolean {
  const ra = [...a]
    .filter((w) => RELATIONAL.test(w))
    .sort()
    .join();
  const rb = [...b]
    .filter((w) => RELATIONAL.test(w))
    .sort()
    .join();
  return ra === rb;
}

function dedupeIds(nodes: { id: string }[]): void {
  const seen = new Map<string, number>();
  for (const n of nodes) {
    const k = seen.get(n.id) ?? 0;
    seen.set(n.id, k + 1);
    if (k) n.id = `${n.id}-${k + 1}`;
  }
}
