/**
 * The key institution names are compared under: folded, with spellings and wordings that
 * name the same body made one ("Ministry of Defense" = "Defence Ministry"), and the two sides
 * of a bilateral body in a fixed order ("Russia-NATO Council" = "NATO-Russia Council").
 */
import worldCountriesModule, { type Countries } from "world-countries";
import { getEntityWords } from "../knowledge/word-lists.ts";
import { nameKey } from "../text/normalize.ts";

// The package is CommonJS; its default export is the array under either module system.
const worldCountries = worldCountriesModule as unknown as Countries;

/** Folded country name → its folded demonym ("iran" → "iranian"), for "… of Iran" = "Iranian …". */
const DEMONYM_OF = new Map(
  worldCountries.flatMap((c) => {
    const demonym = c.demonyms?.eng?.m;
    return demonym ? [[nameKey(c.name.common), nameKey(demonym)] as const] : [];
  }),
);
/** A body "of" a country at the end of its name: "ministry of foreign affairs of iran". */
const OF_COUNTRY = /^(.+?) of (?:the )?([\w ]+)$/;

const SYNONYMS = Object.entries(getEntityWords().institutionSynonyms).map(
  ([from, to]) => [new RegExp(`\\b${nameKey(from)}\\b`, "g"), nameKey(to)] as const,
);

const MINISTRY = nameKey("ministry");
const MINISTRY_OF = new RegExp(`\\b${MINISTRY} of (?:the )?(\\w+)$`);

/** "Russia-NATO Council" → "NATO-Russia Council": hyphenated sides sorted. */
function orderSides(name: string): string {
  return name.replace(/\b(\p{Lu}[\p{L}.]*)-(\p{Lu}[\p{L}.]*)\b/gu, (_, a: string, b: string) =>
    [a, b].sort().join("-"),
  );
}

export function institutionKey(name: string): string {
  let key = nameKey(orderSides(name));
  for (const [from, to] of SYNONYMS) key = key.replace(from, to);
  // "foreign ministry of iran" → "iranian foreign ministry": a state's body named either way.
  const ofCountry = OF_COUNTRY.exec(key);
  const demonym = ofCountry && DEMONYM_OF.get(ofCountry[2]!);
  if (ofCountry && demonym) key = `${demonym} ${ofCountry[1]!}`;
  // "ministry of defence" → "defence ministry"; "russian ministry of defence" → "russian defence ministry".
  return key.replace(MINISTRY_OF, `$1 ${MINISTRY}`);
}
