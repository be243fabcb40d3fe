/** Where meetings happen: cities from the gazetteer packages and venues (a data file) that imply a city. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import cityTimezones from "city-timezones";
import worldCountriesModule, { type Countries } from "world-countries";
import { parse } from "yaml";
import { z } from "zod";
import { getLexicon } from "../knowledge/word-lists.ts";
import { foldForMatch } from "./fold.ts";

const VENUES_FILE = fileURLToPath(new URL("../knowledge/venues.yaml", import.meta.url));
const VenueFile = z.object({
  venues: z.array(z.object({ name: z.string(), aliases: z.array(z.string()).optional(), city: z.string() })),
});

// Cities large enough to host talks; small towns share names with people and words.
const MIN_POPULATION = 100_000;

interface PlaceIndex {
  /** Folded city name → the name to report. */
  cities: Map<string, string>;
  /** Folded country name, other spelling or demonym → its capital, as reported. */
  capitals: Map<string, string>;
  /** Folded venue name or alias → the city it implies. */
  venues: Map<string, string>;
}

let index: PlaceIndex | null = null;

function buildIndex(): PlaceIndex {
  const lexicon = getLexicon();
  const cities = new Map<string, string>();
  const add = (name: string, as = name): void => {
    const key = foldForMatch(name);
    if (key && !cities.has(key)) cities.set(key, as);
  };
  for (const c of worldCountriesModule as unknown as Countries)
    for (const capital of c.capital ?? []) {
      // Some capitals are reported as a reader writes them (lexicon.yaml).
      const reported = lexicon.reportedCapitals[capital] ?? capital;
      add(capital, reported);
      for (const v of lexicon.capitalVariants[capital] ?? []) add(v, reported);
    }
  for (const city of cityTimezones.cityMapping)
    if (city.pop >= MIN_POPULATION) add(city.city_ascii ?? city.city, city.city);
  const capitals = new Map<string, string>();
  for (const c of worldCountriesModule as unknown as Countries) {
    const capital = c.capital?.[0];
    if (!capital) continue;
    const reported = lexicon.reportedCapitals[capital] ?? capital;
    const english = c.demonyms?.["eng"];
    const demonyms = english ? [english.m, english.f] : [];
    // Two-letter codes ("SA") are not names a sentence uses.
    const names = [
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((a) => a.length > 3),
      ...demonyms,
    ];
    // "Republic of Turkey" is written "Turkey": the short form of an official name counts too.
    const short = names.map((n) =>
      n.replace(/^.*\b(?:Republic|Kingdom|State|Federation|Emirate|Sultanate) of (?:the )?/, ""),
    );
    for (const n of [...names, ...short]) {
      const key = foldForMatch(n);
      if (key && !capitals.has(key)) capitals.set(key, reported);
    }
  }
  const venues = new Map<string, string>();
  const file = VenueFile.parse(parse(readFileSync(VENUES_FILE, "utf8")));
  for (const v of file.venues)
    for (const n of [v.name, ...(v.aliases ?? [])]) venues.set(foldForMatch(n), v.city);
  return { cities, capitals, venues };
}

const places = (): PlaceIndex => (index ??= buildIndex());

/** The city a name stands for as a place: a venue's city, a city's own name, or null. */
export function placeNamed(name: string): { city: string; venue: boolean } | null {
  // The same names come back in every sentence and stage: each is folded and looked up once.
  const known = placeByName.get(name);
  if (known !== undefined) return known;
  if (placeByName.size > 20_000) placeByName.clear();
  const found = lookUpPlace(name);
  placeByName.set(name, found);
  return found;
}

const placeByName = new Map<string, { city: string; venue: boolean } | null>();

function lookUpPlace(name: string): { city: string; venue: boolean } | null {
  const key = foldForMatch(name.replace(/^the\s+/i, ""));
  const venue = places().venues.get(key);
  if (venue) return { city: venue, venue: true };
  const city = places().cities.get(key);
  return city ? { city, venue: false } : null;
}

/** The capital of the country a name or demonym stands for ("Saudi", "Turkey", "Qatari"), or null. */
export function capitalOfCountry(name: string): string | null {
  return places().capitals.get(foldForMatch(name.replace(/^the\s+/i, ""))) ?? null;
}

/** "MOSCOW, Feb 10 (Reuters) -", "WASHINGTON —", "Washington, DC - ": the city a story was filed from. */
const DATELINE =
  /^\s*(?<city>\p{Lu}[\p{L}.' -]{1,30}?)(?:,\s*(?:\p{Lu}{1,2}\.?\s?\p{Lu}?\.?|[\p{L} ]{3,24}))?(?:,\s*(?:[\p{L}.]{3,9}\.? \d{1,2}(?:,? \d{4})?|\d{1,2} [\p{L}]{3,9}\.?(?: \d{4})?))?\s*(?:\([\p{L} ]{2,20}\))?\s*[-–—]{1,2}\s/u;

export function datelineCity(body: string): string | null {
  const m = DATELINE.exec(body.slice(0, 120));
  const name = m?.groups?.["city"];
  if (!name) return null;
  const title = name
    .trim()
    .toLowerCase()
    .replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return placeNamed(title)?.city ?? null;
}
