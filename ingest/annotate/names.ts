/** Capitalised-name spans: runs of capitalised words, joined across "of", "for" and initials. */
import type { NameSpan, Token } from "./types.ts";

const CAPITALISED = /^\p{Lu}/u;
/** Small words that may stand inside a name ("Ministry of Foreign Affairs", "Bin Salman", "Bashar al-Assad"). */
const JOINERS = new Set(["of", "for", "al", "bin", "de", "von", "van", "der", "la", "le"]);
/** Sentence-initial capitals that are not names ("The", "But", "He"). */
const FUNCTION_POS = new Set(["DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "ADV", "INTJ"]);

const isNameWord = (t: Token, sentenceFirst: boolean): boolean =>
  CAPITALISED.test(t.text) && !(sentenceFirst && FUNCTION_POS.has(t.pos)) && t.pos !== "PUNCT";

/** A short lowercase word between two glued hyphens: "Mar-a-Lago", "Rostov-on-Don", "Aix-en-Provence". */
function hyphenParticle(tokens: Token[], j: number): boolean {
  const [before, word, after] = [tokens[j - 1], tokens[j]!, tokens[j + 1]];
  return (
    /^\p{Ll}{1,4}$/u.test(word.text) &&
    before?.text === "-" &&
    before.end === word.start &&
    after?.text === "-" &&
    word.end === after.start
  );
}

/** Name spans of one sentence's tokens [tokenStart, tokenEnd). */
export function findNames(body: string, tokens: Token[], tokenStart: number, tokenEnd: number): NameSpan[] {
  const out: NameSpan[] = [];
  let i = tokenStart;
  while (i < tokenEnd) {
    if (!isNameWord(tokens[i]!, i === tokenStart)) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < tokenEnd) {
      const t = tokens[j]!;
      const adjacent = t.start - tokens[j - 1]!.end <= 1;
      if (!adjacent) break;
      if (isNameWord(t, false)) last = j;
      // "Yu." / "Mr." / "U.S.": a full stop glued to the previous word stays in the name.
      else if (t.text === "." && tokens[j - 1]!.end === t.start && CAPITALISED.test(tokens[j - 1]!.text)) {
        /* keep scanning */
      } else if (JOINERS.has(t.text) || t.text === "-" || hyphenParticle(tokens, j)) {
        /* a joiner only counts if a capitalised word follows */
      } else break;
      j++;
    }
    const first = tokens[i]!;
    const end = tokens[last]!;
    out.push({
      start: first.start,
      end: end.end,
      text: body.slice(first.start, end.end),
      sentence: first.sentence,
      tokenStart: i,
      tokenEnd: last + 1,
    });
    i = last + 1;
  }
  return out;
}
