/**
 * Bodies of a state named by a demonym or the country before a common noun: "the Colombian
 * government", "the Ukrainian armed forces", "the Republic of Yemen Government". Each is one
 * node per country and body, whatever the wording (word list: entity-words.yaml, nationalBodies).
 */
import { getEntityWords, wordsPattern } from "../knowledge/word-lists.ts";
import type { CountryEntry } from "./gazetteer.ts";

const words = getEntityWords();
const FUNCTION_WORDS = new Set(words.functionWords);
const WITH_THE = new Set(words.countryWordsWithThe);
const BODY_BY_NOUN = new Map(
  words.nationalBodies.flatMap((body) => body.nouns.map((noun) => [noun.toLowerCase(), body] as const)),
);
const BODY_NOUN = new RegExp(
  `^\\s+(${wordsPattern([...BODY_BY_NOUN.keys()])})(?![\\p{L}\\p{N}-])(?:[’']s)?(\\s+[\\p{L}-]+)?`,
  "iu",
);

/** The place a located body stands in, after its noun: " in Geneva", " to the United Nations". */
/** A capitalised word of a place's name, or its abbreviation ("D.C.", "St."; the sentence's own full stop is left out). */
const PLACE_WORD = String.raw`(?:(?:\p{Lu}\.)+|\p{Lu}[\p{L}’'-]*(?:\.(?=\s+\p{Lu}))?)`;
const LOCATION = new RegExp(
  String.raw`^\s+(?:in|to)\s+(?:the\s+)?${PLACE_WORD}(?:\s+${PLACE_WORD}){0,3}`,
  "u",
);
/** The `name` of a body named as the text writes it, country word to place ("U.S. mission in Geneva"). */
export const AS_WRITTEN = "{written}";

export interface NationalBody {
  /** Canonical name: "Government of Colombia"; AS_WRITTEN for a located body. */
  name: string;
  kind: string;
  /** Characters of the text after the country word that belong to the body's surface ("  government"). */
  length: number;
}

/** "the United States", "Colombia": how a country is named after "of". */
function countryPhrase(country: string): string {
  return country.split(" ").some((w) => WITH_THE.has(w)) ? `the ${country}` : country;
}

/** The state body named right after a country word, if any; `after` is the text that follows it. */
export function matchNationalBody(
  after: string,
  country: CountryEntry,
  demonym: string,
): NationalBody | null {
  const m = BODY_NOUN.exec(after);
  if (!m) return null;
  const noun = m[1]!.toLowerCase();
  const body = BODY_BY_NOUN.get(noun);
  if (!body) return null;
  // "Russian military equipment": an adjective, unless a function word or punctuation follows.
  const next = m[2]?.trim();
  if (body.adjectival.includes(noun) && next && /^\p{Ll}/u.test(next) && !FUNCTION_WORDS.has(next))
    return null;
  const name = body.name
    .replace("{country}", countryPhrase(country.name))
    .replace("{demonym}", demonym.charAt(0).toUpperCase() + demonym.slice(1));
  const surface = m[0].slice(0, m[0].length - (m[2]?.length ?? 0)).replace(/[’']s$/u, "");
  if (!body.located) return { name, kind: body.kind, length: surface.length };
  const place = LOCATION.exec(after.slice(surface.length));
  return place ? { name, kind: body.kind, length: surface.length + place[0].length } : null;
}
