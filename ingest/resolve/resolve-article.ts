/** Stage: mentions of one article → resolved people, institutions and countries. */
import type { Knowledge } from "../knowledge/knowledge.ts";
import { buildGazetteer } from "../mentions/gazetteer.ts";
import { fold, nameKey } from "../text/normalize.ts";
import type { Mention, ResolvedEntity } from "../types.ts";
import { institutionKey } from "./institution-key.ts";
import { resolvePeople } from "./resolve-people.ts";

export interface ArticleEntities {
  entities: ResolvedEntity[];
  /** The entity each mention was resolved to (mentions that resolved to nothing are absent). */
  entityOfMention: Map<Mention, ResolvedEntity>;
  /** Place mentions (cities, venues), kept for meetings. */
  places: Mention[];
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];
const MIN_INSTITUTION_CONFIDENCE = 0.5;

/** Country named or implied in a role: "Russian Foreign Minister" → Russia. */
function countryInText(text: string, knowledge: Knowledge): string | null {
  const g = buildGazetteer(knowledge);
  for (const w of text.split(/[\s’'-]+/)) {
    const c =
      g.countryByDemonym.get(fold(w)) ??
      (w.length > 1 && /^\p{Lu}/u.test(w) ? g.countryByName.get(fold(w)) : undefined);
    if (c) return c.name;
  }
  return null;
}

/** "Russian Direct Investment Fund" → "RDIF" (connectors skipped). */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/**
 * "russian foreign ministry" is a modified "foreign ministry"; "council of the european union"
 * is not a kind of "european union": a name after "of" is another institution.
 */
export function isModifiedForm(longerKey: string, key: string): boolean {
  // "us embassy in moscow" is the "us embassy" of an article that names no other.
  if (longerKey.startsWith(`${key} in `)) return true;
  if (!longerKey.endsWith(` ${key}`)) return false;
  const modifier = longerKey.slice(0, longerKey.length - key.length - 1);
  return !/\b(of|the|for|in|on|and|to)$/.test(modifier);
}

/**
 * "Hezbollah" is no shorter "Kataib Hezbollah": two names the knowledge file gives to two
 * different bodies are never one body's long and short forms.
 */
export function knownApart(knowledge: Knowledge, longer: string, shorter: string): boolean {
  const a = knowledge.institutionByKey.get(nameKey(longer));
  const b = knowledge.institutionByKey.get(nameKey(shorter));
  return !!a && !!b && a !== b;
}

function resolveInstitutions(mentions: Mention[], knowledge: Knowledge): Map<string, Mention[]> {
  const groups = new Map<string, Mention[]>();
  const inst = mentions.filter((m) => m.kind === "institution" && m.confidence >= MIN_INSTITUTION_CONFIDENCE);
  // Longer names first, so "Foreign Ministry" can join "Russian Foreign Ministry".
  for (const m of [...inst].sort((a, b) => b.name.length - a.name.length)) {
    const key = institutionKey(knowledge.institutionByKey.get(nameKey(m.name))?.name ?? m.name);
    if (groups.has(key)) {
      groups.get(key)!.push(m);
      continue;
    }
    // "RDIF" is "Russian Direct Investment Fund": an acronym joins the name whose initials it spells.
    const spelled = /^[A-Z]{2,6}$/.test(m.name)
      ? [...groups.keys()].filter((k) => initialsOf(groups.get(k)![0]!.name) === m.name)
      : [];
    if (spelled.length === 1) {
      groups.get(spelled[0]!)!.push(m);
      continue;
    }
    const longer = [...groups.keys()].filter(
      (k) => isModifiedForm(k, key) && !knownApart(knowledge, groups.get(k)![0]!.name, m.name),
    );
    if (longer.length === 1) groups.get(longer[0]!)!.push(m);
    else groups.set(key, [m]);
  }
  return groups;
}

/** Resolves one article's mentions into entities with local identity; ids are set across articles later. */
export function resolveArticle(mentions: Mention[], knowledge: Knowledge): ArticleEntities {
  const entities: ResolvedEntity[] = [];
  const entityOfMention = new Map<Mention, ResolvedEntity>();
  const attach = (entity: ResolvedEntity, ms: Mention[]): void => {
    entities.push(entity);
    for (const m of ms) entityOfMention.set(m, entity);
  };

  for (const [name, ms] of groupBy(
    mentions.filter((m) => m.kind === "country"),
    (m) => m.name,
  )) {
    attach(
      {
        id: "",
        kind: "country",
        name,
        aliases: uniq(ms.map((m) => m.text)).filter((a) => a !== name),
        mentions: ms,
        roles: [],
        country: null,
        affiliations: [],
        countryCode: ms[0]!.countryCode ?? null,
        confidence: Math.max(...ms.map((m) => m.confidence)),
      },
      ms,
    );
  }

  for (const [, ms] of resolveInstitutions(mentions, knowledge)) {
    const known = ms.map((m) => knowledge.institutionByKey.get(nameKey(m.name))).find(Boolean);
    const name = known?.name ?? ms.reduce((a, b) => (b.name.length > a.name.length ? b : a)).name;
    attach(
      {
        id: "",
        kind: "institution",
        name,
        aliases: uniq(ms.map((m) => m.text.replace(/^the\s+/i, ""))).filter((a) => a !== name),
        mentions: ms,
        roles: [],
        country: known?.country ?? ms.map((m) => m.countryHint).find(Boolean) ?? null,
        affiliations: [],
        institutionKind: known?.kind ?? ms.map((m) => m.role).find(Boolean) ?? "other",
        confidence: Math.max(...ms.map((m) => m.confidence)),
      },
      ms,
    );
  }

  const institutionNames = entities.filter((e) => e.kind === "institution").map((e) => e.name);
  for (const cluster of resolvePeople(mentions, knowledge)) {
    const roles = uniq(cluster.mentions.flatMap((m) => (m.role ? m.role.split("; ") : [])));
    const known = cluster.known;
    const country =
      cluster.mentions.map((m) => m.countryHint).find(Boolean) ??
      roles.map((r) => countryInText(r, knowledge)).find(Boolean) ??
      known?.country ??
      null;
    const affiliations = uniq([
      ...(known?.affiliations ?? []),
      ...institutionNames.filter((inst) => roles.some((r) => r.includes(inst))),
    ]);
    attach(
      {
        id: "",
        kind: "person",
        name: cluster.canonical,
        aliases: uniq([...cluster.forms.keys()]).filter((a) => a !== cluster.canonical),
        mentions: cluster.mentions,
        roles: roles.length ? roles : (known?.roles ?? []),
        country,
        affiliations,
        confidence: cluster.confidence,
      },
      cluster.mentions,
    );
  }
  return { entities, entityOfMention, places: mentions.filter((m) => m.kind === "place") };
}

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    out.set(k, [...(out.get(k) ?? []), x]);
  }
  return out;
}
