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

export interface NationalBody {
  /** Canonical name: "Government of Colombia". */
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
  return { name, kind: body.kind, length: surface.length };
}
