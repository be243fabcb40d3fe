/**
 * Word lists from maintained packages: countries, demonyms and capitals (world-countries),
 * cities (city-timezones), given names and common words (compromise's lexicon, as data).
 */
import cityTimezones from "city-timezones";
import worldCountriesModule, { type Countries } from "world-countries";
import type { Knowledge } from "../knowledge/knowledge.ts";
import { wordTags } from "../knowledge/word-tags.ts";
import { fold } from "../text/normalize.ts";
import { CAPITAL_VARIANTS, DEMONYM_VARIANTS, REGION_NAMES } from "./lexicon.ts";

export interface CountryEntry {
  /** Common English name, e.g. "United States". */
  name: string;
  code: string | null;
  /** Names and spellings, as written. */
  names: string[];
  demonyms: string[];
  capitals: string[];
}

export interface Gazetteer {
  /** Folded name, alias or abbreviation → country. */
  countryByName: Map<string, CountryEntry>;
  /** First words of every country name, folded: a cheap gate before trying longer matches. */
  countryFirstWords: Set<string>;
  /** Folded demonym ("russian", "american") → country. */
  countryByDemonym: Map<string, CountryEntry>;
  /** Folded capital ("moscow", "washington", "kyiv") → country it can stand for. */
  countryByCapital: Map<string, CountryEntry>;
  /** Folded city name → country code, for cities large enough to host diplomacy. */
  cityCountry: Map<string, string>;
  isGivenName(token: string): boolean;
  /** True for words that are ordinary vocabulary when lower-cased ("Today", "Despite"). */
  isCommonWord(token: string): boolean;
  /** True for names of places and regions the lexicon knows ("Europe", "Asia", "Siberia"). */
  isPlaceWord(token: string): boolean;
}

// The package is CommonJS; its default export is the array under either module system.
const worldCountries = worldCountriesModule as unknown as Countries;

// Two-letter codes that are used as names in English prose; others ("IN", "IT", "NO") are words.
const PROSE_CODES = new Set(["US", "UK", "UAE", "USA", "DRC", "PRC", "ROK", "DPRK"]);

function buildCountries(knowledge: Knowledge): CountryEntry[] {
  // Sovereign states first, so that "American" means the United States, not a territory.
  const sorted = [...worldCountries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  const officialNames = sorted.map((c) => fold(c.name.official));
  // An alternative name inside another state's official name is ambiguous ("Republic of China").
  // Compared word by word: "US" is not inside "Republic of Belarus", nor "UK" inside "Ukraine".
  const ambiguous = (alt: string, own: string): boolean => {
    const folded = ` ${fold(alt)} `;
    return officialNames.some((o) => o !== own && ` ${o} ` !== folded && ` ${o} `.includes(folded));
  };
  const entries: CountryEntry[] = sorted.map((c) => {
    const alts = c.altSpellings.filter(
      (a) => (a.length > 3 || PROSE_CODES.has(a)) && !ambiguous(a, fold(c.name.official)),
    );
    const names = [c.name.common, c.name.official, ...alts];
    if (c.cca3 === "USA") names.push("USA");
    const demonyms = [
      c.demonyms?.eng?.m,
      c.demonyms?.eng?.f,
      ...(DEMONYM_VARIANTS[c.name.common] ?? []),
    ].filter((d): d is string => !!d);
    const capitals = (c.capital ?? []).flatMap((cap) => [cap, ...(CAPITAL_VARIANTS[cap] ?? [])]);
    return { name: c.name.common, code: c.cca2, names, demonyms, capitals };
  });
  for (const known of knowledge.countries) {
    const existing = entries.find((e) => fold(e.name) === fold(known.name));
    if (existing) {
      existing.names.push(...known.aliases);
      existing.demonyms.push(...known.demonyms);
    } else
      entries.push({
        name: known.name,
        code: null,
        names: [known.name, ...known.aliases],
        demonyms: [...known.demonyms],
        capitals: [],
      });
  }
  return entries;
}

function buildLexicon(): { given: Set<string>; common: Set<string>; places: Set<string> } {
  const lexicon = wordTags();
  const given = new Set<string>();
  const common = new Set<string>();
  const places = new Set<string>();
  const PROPER = /Name|City|Country|Place|Region|Organization|ProperNoun|SportsTeam|Demonym/;
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.some((t) => /^(City|Country|Place|Region)$/.test(t))) places.add(word);
    if (list.some((t) => /FirstName|MaleName|FemaleName/.test(t))) given.add(word);
    else if (!list.some((t) => PROPER.test(t)) && !word.includes(" ")) common.add(word);
  }
  return { given, common, places };
}

let cached: { knowledge: Knowledge; gazetteer: Gazetteer } | null = null;

/** Builds (once per knowledge base) the lookup tables used by mention finding. */
export function buildGazetteer(knowledge: Knowledge): Gazetteer {
  if (cached && cached.knowledge === knowledge) return cached.gazetteer;
  const countries = buildCountries(knowledge);
  const countryByName = new Map<string, CountryEntry>();
  const countryByDemonym = new Map<string, CountryEntry>();
  const countryByCapital = new Map<string, CountryEntry>();
  for (const c of countries) {
    for (const n of c.names) if (!countryByName.has(fold(n))) countryByName.set(fold(n), c);
    for (const d of c.demonyms) if (!countryByDemonym.has(fold(d))) countryByDemonym.set(fold(d), c);
    for (const cap of c.capitals) countryByCapital.set(fold(cap), c);
  }
  const cityCountry = new Map<string, string>();
  const cityPop = new Map<string, number>();
  for (const city of cityTimezones.cityMapping) {
    if (city.pop < 150_000) continue;
    const key = fold(city.city_ascii ?? city.city);
    // Keep the most populous city of a name ("St. Petersburg" is Russia's, not Florida's).
    if ((cityPop.get(key) ?? 0) < city.pop) {
      cityPop.set(key, city.pop);
      cityCountry.set(key, city.iso2);
    }
  }
  for (const c of countries) for (const cap of c.capitals) if (c.code) cityCountry.set(fold(cap), c.code);
  for (const inst of knowledge.institutions) {
    const country = inst.venue ? countryByCapital.get(fold(inst.venue)) : undefined;
    if (inst.venue && country?.code) cityCountry.set(fold(inst.venue), country.code);
  }
  const { given, common, places } = buildLexicon();
  const countryFirstWords = new Set([...countryByName.keys()].map((k) => k.split(" ")[0]!));
  const gazetteer: Gazetteer = {
    countryByName,
    countryFirstWords,
    countryByDemonym,
    countryByCapital,
    cityCountry,
    isGivenName: (token) => given.has(fold(token)),
    isCommonWord: (token) => common.has(token.toLowerCase()),
    isPlaceWord: (token) => places.has(token.toLowerCase()) || REGION_NAMES.has(token),
  };
  cached = { knowledge, gazetteer };
  return gazetteer;
}
