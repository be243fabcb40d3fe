/**
 * People within one article: full names, initials ("Yu. Ushakov"), transliteration variants,
 * surnames and honorifics ("Mr Witkoff") and given names alone resolve to one person;
 * two people who share a surname stay apart, and a bare surname goes to the nearest one.
 */
import type { Knowledge, KnownPerson } from "../knowledge/knowledge.ts";
import { givenNamesCompatible, nameKey } from "../text/normalize.ts";
import { EAST_ASIAN_SURNAMES } from "../mentions/lexicon.ts";
import { foldSurname } from "./surname.ts";
import type { Mention } from "../types.ts";
import { nameWords as words, surnameIndex, surnameOf } from "./known-surnames.ts";

export interface PersonCluster {
  canonical: string;
  known: KnownPerson | null;
  surnameKey: string;
  /** The family name of a name written family name first ("Kim" of "Kim Jong Un"), folded. */
  familyFirstKey?: string;
  given: string | null;
  /** Surface names (no titles) with how often each was used. */
  forms: Map<string, number>;
  mentions: Mention[];
  confidence: number;
}

const INITIAL = /^\p{Lu}\p{Ll}?\.$/u;
const MIN_FULL_NAME_CONFIDENCE = 0.4;
/** A hyphen inside a name of unknown words is as often a compound ("Russian-Turkish", "al-Sharif"): more evidence. */
const minimumConfidence = (name: string): number => (name.includes("-") ? 0.5 : MIN_FULL_NAME_CONFIDENCE);

/** "Trump-Putin": two surnames joined by a hyphen; "Bashar al-Assad" and "Jean-Yves Le Drian" are one name. */
const isHyphenPair = (name: string): boolean => /^\p{Lu}[\p{L}’']+(-\p{Lu}[\p{L}’']+)+$/u.test(name);

/** Finds the known person a name refers to: by name or alias, or by surname plus a compatible given name. */
function lookupKnown(knowledge: Knowledge, name: string): KnownPerson | null {
  const exact = knowledge.personByKey.get(nameKey(name));
  if (exact) return exact;
  const ws = words(name);
  if (ws.length < 2) return null;
  const forms = surnameIndex(knowledge).formsBySurname.get(surnameOf(name)) ?? [];
  const candidates = new Set(
    forms.filter((form) => givenNamesCompatible(ws[0]!, form.words[0]!)).map((form) => form.person),
  );
  return candidates.size === 1 ? [...candidates][0]! : null;
}

function addForm(cluster: PersonCluster, m: Mention): void {
  cluster.forms.set(m.name, (cluster.forms.get(m.name) ?? 0) + 1);
  cluster.mentions.push(m);
  cluster.confidence = Math.max(cluster.confidence, m.confidence);
}

/** The fullest name: most words without initials, then most used. */
function pickCanonical(cluster: PersonCluster): string {
  if (cluster.known) return cluster.known.name;
  const score = (n: string): number => {
    const ws = words(n);
    return ws.filter((w) => !INITIAL.test(w)).length * 100 + ws.length * 10 + (cluster.forms.get(n) ?? 0);
  };
  return [...cluster.forms.keys()].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0]!;
}

/** Groups person mentions of one article into people. */
export function resolvePeople(mentions: Mention[], knowledge: Knowledge): PersonCluster[] {
  const people = mentions.filter((m) => m.kind === "person");
  const clusters: PersonCluster[] = [];
  const fullNames = people.filter((m) => words(m.name).length >= 2 && !isHyphenPair(m.name));

  // Two surnames side by side ("Trump Rubio") are not a full name: they are read as two surnames below.
  const surnamesInUse = new Set(fullNames.filter((m) => m.confidence >= 0.5).map((m) => surnameOf(m.name)));
  const isSurnamePair = (m: Mention): boolean => {
    const ws = words(m.name);
    return ws.length === 2 && m.confidence < 0.8 && ws.every((w) => surnamesInUse.has(foldSurname(w)));
  };
  // 1. Full names (and initials + surname), most confident first so they set the clusters.
  for (const m of [...fullNames].sort((a, b) => b.confidence - a.confidence || a.start - b.start)) {
    if (isSurnamePair(m)) continue;
    const known = lookupKnown(knowledge, m.name);
    const given = words(m.name)[0]!;
    const match = clusters.find(
      (c) =>
        (known && c.known === known) ||
        (c.surnameKey === surnameOf(m.name) && c.given !== null && givenNamesCompatible(given, c.given)),
    );
    // An initial that fits no given name ("O. Darchiev" for Alexander) still joins the only person with that surname.
    const initialOnly = INITIAL.test(given) ? clusters.filter((c) => c.surnameKey === surnameOf(m.name)) : [];
    const loose =
      !match && initialOnly.length === 1 && initialOnly[0]!.given && !INITIAL.test(initialOnly[0]!.given)
        ? initialOnly[0]
        : undefined;
    if (match ?? loose) {
      const target = (match ?? loose)!;
      addForm(target, m);
      if (target !== match) continue;
      if (match.given && INITIAL.test(match.given) && !INITIAL.test(given)) match.given = given;
    } else if (m.confidence >= minimumConfidence(m.name) || known) {
      const cluster: PersonCluster = {
        canonical: m.name,
        known,
        surnameKey: known ? surnameOf(known.name) : surnameOf(m.name),
        familyFirstKey: familyNameFirst(known?.name ?? m.name),
        given: known ? words(known.name)[0]! : given,
        forms: new Map(),
        mentions: [],
        confidence: known ? Math.max(m.confidence, 0.9) : m.confidence,
      };
      addForm(cluster, m);
      clusters.push(cluster);
    }
  }

  // 2. Single words: a surname (or a hyphenated pair of surnames), or a given name used alone.
  const singles = people.filter(
    (m) => words(m.name).length === 1 || isHyphenPair(m.name) || isSurnamePair(m),
  );
  for (const m of singles.sort((a, b) => a.start - b.start)) {
    const parts = isHyphenPair(m.name) ? m.name.split("-") : words(m.name);
    for (const part of parts) {
      const key = foldSurname(part);
      // "Chairman Kim" after "Kim Jong Un": a family name written first counts as the surname.
      const bySurname = clusters.filter((c) => c.surnameKey === key || c.familyFirstKey === key);
      if (bySurname.length) {
        addForm(nearestBefore(bySurname, m.start), { ...m, name: parts.length > 1 ? part : m.name });
        continue;
      }
      // "Araqchi" after "Abbas Araghchi": the surname of another spelling the knowledge file gives.
      const byKnownSpelling = knownPeopleWithSurnameForm(knowledge, key);
      const spelled = clusters.find(
        (c) => c.known && byKnownSpelling.length === 1 && c.known === byKnownSpelling[0],
      );
      if (spelled && parts.length === 1) {
        addForm(spelled, m);
        continue;
      }
      const byGiven = clusters.filter((c) => c.given && foldSurname(c.given) === key);
      if (byGiven.length === 1 && parts.length === 1) {
        addForm(byGiven[0]!, m);
        continue;
      }
      if (parts.length > 1) continue;
      const known = knowledge.personByKey.get(nameKey(part)) ?? uniqueKnownBySurname(knowledge, key);
      if (known) {
        const cluster: PersonCluster = {
          canonical: known.name,
          known,
          surnameKey: surnameOf(known.name),
          given: words(known.name)[0] ?? null,
          forms: new Map(),
          mentions: [],
          confidence: Math.max(0.7, m.confidence),
        };
        addForm(cluster, m);
        clusters.push(cluster);
      } else if (m.confidence >= 0.5) {
        const cluster: PersonCluster = {
          canonical: m.name,
          known: null,
          surnameKey: key,
          given: null,
          forms: new Map(),
          mentions: [],
          confidence: m.confidence,
        };
        addForm(cluster, m);
        clusters.push(cluster);
      }
    }
  }
  for (const c of clusters) c.canonical = pickCanonical(c);
  return clusters;
}

/**
 * "Kim Jong Un", "Moon Jae-in": an East Asian family name before a given name of two syllables
 * (two words, or one hyphenated) is the name's surname; "Sung Kim" and "Wang Yi" are left as they are.
 */
function familyNameFirst(name: string): string | undefined {
  const ws = words(name);
  const twoSyllableGiven = ws.length === 3 || (ws.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(ws[1]!));
  return twoSyllableGiven && EAST_ASIAN_SURNAMES.has(ws[0]!) ? foldSurname(ws[0]!) : undefined;
}

/** The distinct known people one of whose names or aliases ends in this surname. */
function knownPeopleWithSurnameForm(knowledge: Knowledge, surnameKey: string): KnownPerson[] {
  const forms = surnameIndex(knowledge).formsBySurname.get(surnameKey) ?? [];
  return [...new Set(forms.map((form) => form.person))];
}

function uniqueKnownBySurname(knowledge: Knowledge, surnameKey: string): KnownPerson | null {
  const hits = surnameIndex(knowledge).peopleBySurname.get(surnameKey) ?? [];
  return hits.length === 1 ? hits[0]! : null;
}

/** Of several people with one surname, the one mentioned last before a position (else the first). */
function nearestBefore(clusters: PersonCluster[], position: number): PersonCluster {
  let best = clusters[0]!;
  let bestAt = -1;
  for (const c of clusters)
    for (const m of c.mentions)
      if (m.start < position && m.start > bestAt) {
        bestAt = m.start;
        best = c;
      }
  return best;
}
