/**
 * Builders of small graph documents for tests: sensible defaults, overrides for what a test
 * cares about. Evidence is computed from the article body, so offsets are always exact.
 */
import { createHash, randomUUID } from "node:crypto";
import type {
  ArticleNode,
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

/** A short unique prefix so parallel or repeated tests never share ids. */
export function uniquePrefix(label = "t"): string {
  return `${label}-${randomUUID().slice(0, 8)}`;
}

export function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function buildArticle(overrides: Partial<ArticleNode> & { id: string }): ArticleNode {
  const body = overrides.body ?? "Nothing happened today.";
  return {
    file: `${overrides.id}.html`,
    title: `Article ${overrides.id}`,
    published: "2025-02-18",
    outlet: "Test Wire",
    author: null,
    url: null,
    contentHash: hashOf(body + (overrides.title ?? "")),
    body,
    ...overrides,
  };
}

/** Evidence for `sentence`, located in the article body (throws if the body lacks it). */
export function evidenceIn(article: ArticleNode, sentence: string): Evidence {
  const start = article.body.indexOf(sentence);
  if (start < 0) throw new Error(`"${sentence}" is not in article ${article.id}`);
  return { articleId: article.id, quote: sentence, start, end: start + sentence.length };
}

/** A mention of `entity` by `text`, at its first occurrence in the article body. */
export function mentionIn(article: ArticleNode, entity: string, text: string): MentionEdge {
  const start = article.body.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in article ${article.id}`);
  return { entity, articleId: article.id, text, start, end: start + text.length };
}

export function buildPerson(overrides: Partial<PersonNode> & { id: string; name: string }): PersonNode {
  return {
    aliases: [],
    roles: [],
    country: null,
    affiliations: [],
    confidence: 0.9,
    evidence: [],
    ...overrides,
  };
}

export function buildInstitution(
  overrides: Partial<InstitutionNode> & { id: string; name: string },
): InstitutionNode {
  return { aliases: [], kind: "government", country: null, confidence: 0.9, evidence: [], ...overrides };
}

export function buildCountry(overrides: Partial<CountryNode> & { id: string; name: string }): CountryNode {
  return { aliases: [], code: null, confidence: 1, evidence: [], ...overrides };
}

export function buildMeeting(overrides: Partial<MeetingNode> & { id: string }): MeetingNode {
  return {
    kind: "talks",
    date: "2025-02-18",
    place: null,
    status: "held",
    participants: [],
    participantCountries: [],
    confidence: 0.9,
    evidence: [],
    ...overrides,
  };
}

export function buildProposal(overrides: Partial<ProposalNode> & { id: string; name: string }): ProposalNode {
  return {
    aliases: [],
    status: "tabled",
    date: null,
    proposedBy: [],
    partOf: null,
    confidence: 0.9,
    evidence: [],
    ...overrides,
  };
}

export function buildLineage(
  overrides: Partial<LineageEdge> & Pick<LineageEdge, "from" | "to">,
): LineageEdge {
  return { relation: "revises", confidence: 0.8, evidence: [], ...overrides };
}

export function buildStance(
  overrides: Partial<StanceEdge> & Pick<StanceEdge, "actor" | "proposal">,
): StanceEdge {
  return { stance: "supports", confidence: 0.8, evidence: [], ...overrides };
}

export function buildDocument(overrides: Partial<GraphDocument> = {}): GraphDocument {
  return {
    articles: [],
    people: [],
    institutions: [],
    countries: [],
    meetings: [],
    proposals: [],
    lineage: [],
    stances: [],
    mentions: [],
    failures: [],
    ...overrides,
  };
}

/**
 * A two-article story with unique ids: Alpha and Beta (different countries) hold talks,
 * Alpha and Gamma only plan a meeting; Beta's country tables a plan that a later plan revises.
 * Article A states the talks and the first plan; article B restates the talks and the revision.
 */
export function buildStory(prefix = uniquePrefix("story")) {
  const id = (name: string) => `${prefix}-${name}`;
  const a = buildArticle({
    id: id("article-a"),
    title: `Talks in Geneva ${prefix}`,
    body:
      "Anna Alpha met Boris Beta in Geneva on Tuesday. " +
      "Alpha will meet Greta Gamma next month. " +
      "Betaland tabled the Harbour Plan.",
  });
  const b = buildArticle({
    id: id("article-b"),
    title: `Revised plan ${prefix}`,
    published: "2025-03-01",
    body: "Anna Alpha and Boris Beta held talks in Geneva. The Harbour Plan II revises the Harbour Plan.",
  });
  const sentenceA1 = evidenceIn(a, "Anna Alpha met Boris Beta in Geneva on Tuesday.");
  const sentenceA2 = evidenceIn(a, "Alpha will meet Greta Gamma next month.");
  const sentenceA3 = evidenceIn(a, "Betaland tabled the Harbour Plan.");
  const sentenceB1 = evidenceIn(b, "Anna Alpha and Boris Beta held talks in Geneva.");
  const sentenceB2 = evidenceIn(b, "The Harbour Plan II revises the Harbour Plan.");

  const alphaland = buildCountry({
    id: id("alphaland"),
    name: `Alphaland ${prefix}`,
    code: null,
    evidence: [sentenceA1],
  });
  const betaland = buildCountry({ id: id("betaland"), name: `Betaland ${prefix}`, evidence: [sentenceA3] });
  const alpha = buildPerson({
    id: id("alpha"),
    name: `Anna Alpha ${prefix}`,
    aliases: [`Nuska${prefix.replace(/[^a-z0-9]/gi, "")}`],
    country: alphaland.id,
    evidence: [sentenceA1, sentenceA2, sentenceB1],
  });
  const beta = buildPerson({
    id: id("beta"),
    name: `Boris Beta ${prefix}`,
    country: betaland.id,
    evidence: [sentenceA1, sentenceB1],
  });
  const gamma = buildPerson({ id: id("gamma"), name: `Greta Gamma ${prefix}`, evidence: [sentenceA2] });
  const talks = buildMeeting({
    id: id("talks"),
    place: "Geneva",
    participants: [alpha.id, beta.id],
    participantCountries: [alphaland.id, betaland.id],
    evidence: [sentenceA1, sentenceB1],
  });
  const planned = buildMeeting({
    id: id("planned"),
    status: "planned",
    date: "2025-03",
    participants: [alpha.id, gamma.id],
    evidence: [sentenceA2],
  });
  const plan = buildProposal({
    id: id("plan"),
    name: `Harbour Plan ${prefix}`,
    proposedBy: [betaland.id],
    evidence: [sentenceA3],
  });
  const plan2 = buildProposal({
    id: id("plan2"),
    name: `Harbour Plan II ${prefix}`,
    status: "revised",
    evidence: [sentenceB2],
  });
  const revises = buildLineage({ from: plan2.id, to: plan.id, relation: "revises", evidence: [sentenceB2] });
  const stance = buildStance({
    actor: alphaland.id,
    proposal: plan.id,
    stance: "rejects",
    evidence: [sentenceA3],
  });

  const document = buildDocument({
    articles: [a, b],
    people: [alpha, beta, gamma],
    countries: [alphaland, betaland],
    meetings: [talks, planned],
    proposals: [plan, plan2],
    lineage: [revises],
    stances: [stance],
    mentions: [mentionIn(a, alpha.id, "Anna Alpha"), mentionIn(b, beta.id, "Boris Beta")],
  });
  return {
    prefix,
    document,
    articles: { a, b },
    people: { alpha, beta, gamma },
    countries: { alphaland, betaland },
    meetings: { talks, planned },
    proposals: { plan, plan2 },
  };
}
