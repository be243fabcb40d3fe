/**
 * The key institution names are compared under: folded, with spellings and wordings that
 * name the same body made one ("Ministry of Defense" = "Defence Ministry"), and the two sides
 * of a bilateral body in a fixed order ("Russia-NATO Council" = "NATO-Russia Council").
 */
import { getEntityWords } from "../knowledge/word-lists.ts";
import { nameKey } from "../text/normalize.ts";

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
  // "ministry of defence" → "defence ministry"; "russian ministry of defence" → "russian defence ministry".
  return key.replace(MINISTRY_OF, `$1 ${MINISTRY}`);
}
