/**
 * Stage: entities of many articles → one node per real entity, with deterministic ids.
 * People merge on a known identity, a transliteration-folded name, or a surname with a
 * compatible given name; a bare surname joins the only full name that carries it.
 */
import type { Knowledge } from "../knowledge/knowledge.ts";
import { givenNamesCompatible, nameKey, slug } from "../text/normalize.ts";
import { institutionKey } from "./institution-key.ts";
import { foldSurname } from "./surname.ts";
import type { ResolvedEntity } from "../types.ts";
import { initialsOf, isModifiedForm, knownApart } from "./resolve-article.ts";

export interface CorpusEntity {
  id: string;
  kind: ResolvedEntity["kind"];
  name: string;
  aliases: string[];
  roles: string[];
  /** Country name (resolved to an id when the document is built). */
  country: string | null;
  /** Institution names. */
  affiliations: string[];
  institutionKind: string;
  countryCode: string | null;
  confidence: number;
  members: ResolvedEntity[];
}

const words = (n: string): string[] => n.split(/\s+/).filter(Boolean);
const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

function samePerson(a: CorpusEntity, b: ResolvedEntity, knowledge: Knowledge): boolean {
  const ka = knowledge.personByKey.get(nameKey(a.name));
  const kb = knowledge.personByKey.get(nameKey(b.name));
  if (ka && kb) return ka === kb;
  if (nameKey(a.name) === nameKey(b.name)) return true;
  const wa = words(a.name);
  const wb = words(b.name);
  if (wa.length < 2 || wb.length < 2) return false;
  return foldSurname(wa.at(-1)!) === foldSurname(wb.at(-1)!) && givenNamesCompatible(wa[0]!, wb[0]!);
}

function absorb(target: CorpusEntity, e: ResolvedEntity): void {
  target.members.push(e);
  target.aliases = uniq([...target.aliases, e.name, ...e.aliases]);
  target.roles = uniq([...target.roles, ...e.roles]);
  target.affiliations = uniq([...target.affiliations, ...e.affiliations]);
  target.country ??= e.country;
  target.countryCode ??= e.countryCode ?? null;
  target.confidence = Math.max(target.confidence, e.confidence);
  // The fullest name wins: more words, and a known identity's name above all.
  if (words(e.name).length > words(target.name).length) target.name = e.name;
}

function fresh(e: ResolvedEntity): CorpusEntity {
  return {
    id: "",
    kind: e.kind,
    name: e.name,
    aliases: [...e.aliases],
    roles: [...e.roles],
    country: e.country,
    affiliations: [...e.affiliations],
    institutionKind: e.institutionKind ?? "other",
    countryCode: e.countryCode ?? null,
    confidence: e.confidence,
    members: [e],
  };
}

/**
 * Corpus people looked up by the keys `samePerson` can match on (known identity, folded name,
 * folded surname), so merging is linear in the mentions rather than quadratic. Entries are only
 * added: a person whose name grows is indexed again, and callers re-check candidates.
 */
class PersonIndex {
  private readonly order = new Map<CorpusEntity, number>();
  private readonly byKey = new Map<string, CorpusEntity[]>();

  constructor(private readonly knowledge: Knowledge) {}

  add(p: CorpusEntity): void {
    if (!this.order.has(p)) this.order.set(p, this.order.size);
    for (const key of this.keysOf(p.name)) {
      const list = this.byKey.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      this.byKey.set(key, list);
    }
  }

  /** Every indexed person sharing a key with `name`, in the order they were first added. */
  candidates(name: string): CorpusEntity[] {
    const found = new Set<CorpusEntity>();
    for (const key of this.keysOf(name)) for (const p of this.byKey.get(key) ?? []) found.add(p);
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  /** Indexed people whose surname (last word) folds like `surname`; callers re-check current names. */
  withSurname(surname: string): CorpusEntity[] {
    return [...(this.byKey.get(`surname:${foldSurname(surname)}`) ?? [])];
  }

  private keysOf(name: string): string[] {
    const keys = [`name:${nameKey(name)}`];
    const known = this.knowledge.personByKey.get(nameKey(name));
    if (known) keys.push(`known:${known.name}`);
    const ws = words(name);
    if (ws.length >= 2) keys.push(`surname:${foldSurname(ws.at(-1)!)}`);
    return keys;
  }
}

/** Merges article-level entities into corpus entities and assigns ids. */
export function resolveCorpus(articleEntities: ResolvedEntity[][], knowledge: Knowledge): CorpusEntity[] {
  const all = articleEntities.flat();
  const result: CorpusEntity[] = [];

  // People with full names first, then surname-only people, who may join a full name.
  const people = all.filter((e) => e.kind === "person");
  const full = people.filter((e) => words(e.name).length >= 2);
  const single = people.filter((e) => words(e.name).length < 2);
  const personEntities: CorpusEntity[] = [];
  const index = new PersonIndex(knowledge);
  const keep = (p: CorpusEntity): void => {
    personEntities.push(p);
    index.add(p);
  };
  for (const e of full) {
    const match = index.candidates(e.name).find((p) => samePerson(p, e, knowledge));
    if (match) {
      absorb(match, e);
      index.add(match); // its name may have grown
    } else keep(fresh(e));
  }
  for (const e of single) {
    const key = foldSurname(e.name);
    const bySurname = index
      .withSurname(e.name)
      .filter((p) => words(p.name).length >= 2 && foldSurname(words(p.name).at(-1)!) === key);
    const sameSingle = index.candidates(e.name).find((p) => nameKey(p.name) === nameKey(e.name));
    if (bySurname.length === 1) absorb(bySurname[0]!, e);
    else if (sameSingle) absorb(sameSingle, e);
    else keep(fresh(e));
  }
  for (const p of personEntities) {
    const known = knowledge.personByKey.get(nameKey(p.name));
    if (known) p.name = known.name;
  }
  result.push(...personEntities);

  // Institutions and countries: same canonical key is the same entity.
  for (const kind of ["institution", "country"] as const) {
    const byKey = new Map<string, CorpusEntity>();
    for (const e of all.filter((x) => x.kind === kind)) {
      const key = kind === "institution" ? institutionKey(e.name) : nameKey(e.name);
      const existing = byKey.get(key);
      if (existing) absorb(existing, e);
      else byKey.set(key, fresh(e));
    }
    // "Foreign Ministry" in one article is "Russian Foreign Ministry" in another, if only one such exists;
    // "EU" is "European Union" when only one name has those initials, and "IGAD" is the
    // "Intergovernmental Authority on Development" that another article defined as "(IGAD)".
    if (kind === "institution")
      for (const [key, entity] of [...byKey]) {
        const acronym = /^[A-Z]{2,6}$/.test(entity.name);
        const spells = (other: CorpusEntity): boolean =>
          initialsOf(other.name) === entity.name || other.aliases.includes(entity.name);
        const longer = [...byKey.keys()].filter(
          (k) =>
            k !== key &&
            !knownApart(knowledge, byKey.get(k)!.name, entity.name) &&
            (isModifiedForm(k, key) || (acronym && spells(byKey.get(k)!))),
        );
        if (longer.length === 1) {
          const target = byKey.get(longer[0]!)!;
          for (const m of entity.members) absorb(target, m);
          byKey.delete(key);
        }
      }
    result.push(...byKey.values());
  }

  for (const e of result) e.aliases = e.aliases.filter((a) => a !== e.name);
  assignIds(result);
  return result;
}

/** Ids from kind and canonical name, so that re-extraction gives the same ids. */
function assignIds(entities: CorpusEntity[]): void {
  const taken = new Set<string>();
  for (const e of [...entities].sort(
    (a, b) => b.members.length - a.members.length || a.name.localeCompare(b.name),
  )) {
    const base =
      e.kind === "country" && e.countryCode
        ? `country:${e.countryCode.toLowerCase()}`
        : `${e.kind}:${slug(e.name)}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    e.id = id;
  }
}
