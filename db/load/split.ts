/**
 * Splits a graph document into one slice per article. The document is global (an entity's
 * evidence spans articles), but each article is written (and later replaced) on its own, so
 * every fact is attributed to each article whose sentences support it.
 */
import type {
  ArticleNode,
  EntityKind,
  Evidence,
  GraphDocument,
  MeetingNode,
} from "../../common/graph-document.ts";
import { lineageTypeOf, stanceTypeOf, type FactType } from "../model.ts";
import type { ArticleSlice, EntityRow, EvidenceRow, FactRow, SplitResult } from "./slice.ts";

/** The id of an evidence node: one per sentence of an article. */
export function evidenceId(e: Evidence): string {
  return `${e.articleId}#${e.start}-${e.end}`;
}

/** A readable label for a meeting, which has no name of its own: "Talks in Riyadh (2025-02-18)". */
export function describeMeeting(m: Pick<MeetingNode, "kind" | "place" | "date">): string {
  const kind = m.kind.charAt(0).toUpperCase() + m.kind.slice(1);
  const place = m.place ? ` in ${m.place}` : "";
  const date = m.date ? ` (${m.date})` : "";
  return `${kind}${place}${date}`;
}

interface EntityTemplate {
  kind: EntityKind;
  props: EntityRow["props"];
  aliases: string[];
  roles?: string[];
}

class SliceBuilder {
  readonly evidence = new Map<string, EvidenceRow>();
  readonly entities = new Map<string, EntityRow>();
  readonly facts = new Map<string, FactRow>();
  readonly mentions: ArticleSlice["mentions"] = [];

  constructor(readonly article: ArticleNode) {}

  addEvidence(evidence: Evidence[]): string[] {
    const ids: string[] = [];
    for (const e of evidence) {
      const id = evidenceId(e);
      if (!this.evidence.has(id)) {
        this.evidence.set(id, { id, articleId: e.articleId, quote: e.quote, start: e.start, end: e.end });
      }
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  addEntity(id: string, template: EntityTemplate, evidenceIds: string[]): void {
    const existing = this.entities.get(id);
    if (existing) {
      for (const e of evidenceIds) if (!existing.evidenceIds.includes(e)) existing.evidenceIds.push(e);
      return;
    }
    this.entities.set(id, {
      id,
      kind: template.kind,
      props: template.props,
      aliases: template.aliases,
      roles: template.roles ?? [],
      evidenceIds: [...evidenceIds],
    });
  }

  addFact(fact: FactRow): void {
    // Duplicates (the same lineage stated twice) become one relationship with both sentences.
    const key = `${fact.type} ${fact.from} ${fact.to}`;
    const existing = this.facts.get(key);
    if (!existing) {
      this.facts.set(key, { ...fact, evidenceIds: [...fact.evidenceIds] });
      return;
    }
    for (const e of fact.evidenceIds) if (!existing.evidenceIds.includes(e)) existing.evidenceIds.push(e);
    existing.confidence = Math.max(existing.confidence, fact.confidence);
  }

  build(): ArticleSlice {
    return {
      article: this.article,
      evidence: [...this.evidence.values()],
      entities: [...this.entities.values()],
      facts: [...this.facts.values()],
      mentions: this.mentions,
    };
  }
}

/** Groups evidence by article id, keeping the document order within each article. */
function byArticle(evidence: Evidence[]): Map<string, Evidence[]> {
  const groups = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const group = groups.get(e.articleId);
    if (group) group.push(e);
    else groups.set(e.articleId, [e]);
  }
  return groups;
}

function buildTemplates(doc: GraphDocument): Map<string, EntityTemplate> {
  const templates = new Map<string, EntityTemplate>();
  for (const p of doc.people) {
    templates.set(p.id, {
      kind: "Person",
      aliases: p.aliases,
      roles: p.roles,
      props: { name: p.name, confidence: p.confidence },
    });
  }
  for (const i of doc.institutions) {
    templates.set(i.id, {
      kind: "Institution",
      aliases: i.aliases,
      props: { name: i.name, kind: i.kind, confidence: i.confidence },
    });
  }
  for (const c of doc.countries) {
    templates.set(c.id, {
      kind: "Country",
      aliases: c.aliases,
      props: { name: c.name, code: c.code, confidence: c.confidence },
    });
  }
  for (const m of doc.meetings) {
    templates.set(m.id, {
      kind: "Meeting",
      aliases: [],
      props: {
        name: describeMeeting(m),
        kind: m.kind,
        date: m.date,
        dateEnd: m.dateEnd ?? null,
        place: m.place,
        status: m.status,
        confidence: m.confidence,
      },
    });
  }
  for (const p of doc.proposals) {
    templates.set(p.id, {
      kind: "Proposal",
      aliases: p.aliases,
      props: { name: p.name, status: p.status, date: p.date, confidence: p.confidence },
    });
  }
  return templates;
}

/** A fact derived from an entity's own fields (a meeting's participants, a person's country). */
interface DerivedFact {
  type: FactType;
  from: string;
  to: string;
}

function derivedFacts(doc: GraphDocument): Map<string, DerivedFact[]> {
  const facts = new Map<string, DerivedFact[]>();
  const add = (owner: string, fact: DerivedFact) => {
    const list = facts.get(owner);
    if (list) list.push(fact);
    else facts.set(owner, [fact]);
  };
  for (const p of doc.people) {
    if (p.country) add(p.id, { type: "REPRESENTS", from: p.id, to: p.country });
    for (const i of p.affiliations) add(p.id, { type: "AFFILIATED_WITH", from: p.id, to: i });
  }
  for (const i of doc.institutions) {
    if (i.country) add(i.id, { type: "BASED_IN", from: i.id, to: i.country });
  }
  for (const m of doc.meetings) {
    for (const p of m.participants) add(m.id, { type: "ATTENDED", from: p, to: m.id });
    for (const c of m.participantCountries) add(m.id, { type: "PARTICIPATED", from: c, to: m.id });
  }
  for (const p of doc.proposals) {
    for (const actor of p.proposedBy) add(p.id, { type: "PROPOSED", from: actor, to: p.id });
    if (p.partOf) add(p.id, { type: "PART_OF", from: p.id, to: p.partOf });
  }
  return facts;
}

/** Splits `doc` into per-article slices; facts pointing at unknown ids are dropped with a warning. */
export function splitDocument(doc: GraphDocument): SplitResult {
  const warnings: string[] = [];
  const templates = buildTemplates(doc);
  const builders = new Map(doc.articles.map((a) => [a.id, new SliceBuilder(a)]));

  const builderFor = (articleId: string, what: string): SliceBuilder | null => {
    const builder = builders.get(articleId);
    if (!builder) warnings.push(`${what}: evidence from unknown article ${articleId}`);
    return builder ?? null;
  };

  // Adds a fact and both its endpoints (an endpoint without evidence here is only referred to).
  const addFact = (builder: SliceBuilder, fact: FactRow): void => {
    const from = templates.get(fact.from);
    const to = templates.get(fact.to);
    if (!from || !to) {
      warnings.push(`${fact.type} ${fact.from} -> ${fact.to}: unknown ${from ? fact.to : fact.from}`);
      return;
    }
    builder.addEntity(fact.from, from, []);
    builder.addEntity(fact.to, to, []);
    builder.addFact(fact);
  };

  const derived = derivedFacts(doc);
  const owners = [...doc.people, ...doc.institutions, ...doc.countries, ...doc.meetings, ...doc.proposals];
  for (const owner of owners) {
    const template = templates.get(owner.id);
    if (!template) continue;
    for (const [articleId, evidence] of byArticle(owner.evidence)) {
      const builder = builderFor(articleId, owner.id);
      if (!builder) continue;
      const evidenceIds = builder.addEvidence(evidence);
      builder.addEntity(owner.id, template, evidenceIds);
      for (const fact of derived.get(owner.id) ?? []) {
        addFact(builder, { ...fact, confidence: owner.confidence, evidenceIds });
      }
    }
  }

  const edges = [
    ...doc.lineage.map((l) => ({ type: lineageTypeOf(l.relation), from: l.from, to: l.to, edge: l })),
    ...doc.stances.map((s) => ({ type: stanceTypeOf(s.stance), from: s.actor, to: s.proposal, edge: s })),
  ];
  for (const { type, from, to, edge } of edges) {
    for (const [articleId, evidence] of byArticle(edge.evidence)) {
      const builder = builderFor(articleId, `${type} ${from} -> ${to}`);
      if (!builder) continue;
      addFact(builder, {
        type,
        from,
        to,
        confidence: edge.confidence,
        evidenceIds: builder.addEvidence(evidence),
      });
    }
  }

  for (const mention of doc.mentions) {
    const builder = builderFor(mention.articleId, `mention of ${mention.entity}`);
    const template = templates.get(mention.entity);
    if (!builder) continue;
    if (!template) {
      warnings.push(`mention of unknown entity ${mention.entity} in ${mention.articleId}`);
      continue;
    }
    builder.addEntity(mention.entity, template, []);
    builder.mentions.push({
      entity: mention.entity,
      text: mention.text,
      start: mention.start,
      end: mention.end,
    });
  }

  return { slices: [...builders.values()].map((b) => b.build()), warnings };
}
