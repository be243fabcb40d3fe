/**
 * A name defined by its acronym in brackets ("the Collective Security Treaty Organization
 * (CSTO)", "Hayat Tahrir al-Sham (HTS)"): a writer spells out only bodies, programmes and things
 * this way, so a run whose initials spell the acronym names a body when it names no document,
 * weapon or title.
 */
import { getEntityWords } from "../knowledge/word-lists.ts";
import type { Token } from "./spans.ts";

const words = getEntityWords();
const NOT_BODIES = new Set([...words.notInstitutionAcronyms, ...words.documentAcronyms]);
/** "Plan", "Treaty", "Reactor": a run ending in one names a thing, not a body. */
const THING_TAILS = new Set(words.nonPersonTails);
const DOCUMENT_AFTER = new RegExp(`^\\s*(?:${words.documentNouns.join("|")})\\b`, "i");
const BRACKETED_ACRONYM = /^\s*\(([A-Z][A-Za-z]{1,7})\)/;

/** The letters a word gives an acronym: "al-Sham" → "S", "Russian-Turkish" → "RT", "for" → "". */
function initials(word: string): string {
  return word
    .split("-")
    .filter((part) => /^\p{Lu}/u.test(part))
    .map((part) => part.charAt(0))
    .join("");
}

/**
 * The acronym the text right after a run defines for it, when the run's capitalised words spell
 * it; else null. `isTitle` says whether a word heads a title ("Special Envoy for Sudan (USSES)").
 */
export function definedAcronym(
  tokens: Token[],
  textAfter: string,
  isTitle: (word: string) => boolean,
): string | null {
  if (tokens.length < 2) return null;
  const m = BRACKETED_ACRONYM.exec(textAfter);
  const acronym = m?.[1];
  if (!acronym || NOT_BODIES.has(acronym)) return null;
  if (DOCUMENT_AFTER.test(textAfter.slice(m[0].length))) return null;
  const last = tokens[tokens.length - 1]!.bare;
  if (THING_TAILS.has(last) || tokens.some((t) => isTitle(t.bare))) return null;
  const spelled = tokens.map((t) => initials(t.bare)).join("");
  return spelled === acronym.toUpperCase() || spelled === acronym ? acronym : null;
}
