/** Tokens of a sentence and the runs of capitalised tokens that may be names. */
import type { Sentence } from "../types.ts";
import { getEntityWords } from "../knowledge/word-lists.ts";
import { stripPossessive } from "../text/normalize.ts";
import { INSTITUTION_CONNECTORS, NAME_PARTICLES } from "./lexicon.ts";
import { isApostrophe, scanWords } from "./word-scan.ts";

const POSSESSIVE_NAME_WORDS = new Set(getEntityWords().possessiveNameWords);
const NUMBERED_NAME_WORDS = new Set(getEntityWords().numberedNameWords);
/** A channel number: one to three digits, nothing else. */
const CHANNEL_NUMBER = /^\d{1,3}$/;

export interface Token {
  text: string;
  start: number;
  end: number;
  /** The text without a possessive ending ("Putin’s" → "Putin"), read once. */
  bare: string;
  /** Does the token start like a name? Read once: every stage after asks. */
  capitalised: boolean;
}

const TRAILING_MARKS = /[-’']+$/u;
const POSSESSIVE_END = /[’']s?$/u;

/** The sentence's words (see word-scan.ts for what counts as one), with offsets into the body. */
export function tokenize(sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  for (const m of scanWords(sentence.text)) {
    let text = m.text;
    // A trailing hyphen or apostrophe is punctuation, not part of the word.
    const lastChar = text.charAt(text.length - 1);
    if ((lastChar === "-" || lastChar === "’" || lastChar === "'") && !POSSESSIVE_END.test(text))
      text = text.replace(TRAILING_MARKS, "");
    const start = sentence.start + m.index;
    tokens.push({
      text,
      start,
      end: start + text.length,
      bare: endsPossessive(text) ? stripPossessive(text) : text,
      capitalised: startsName(text),
    });
  }
  return tokens;
}

/** Does the word end in an apostrophe or "’s"? Most words do not, and need no regular expression. */
function endsPossessive(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return isApostrophe(last) || (last === 115 && isApostrophe(text.charCodeAt(text.length - 2)));
}

/** A capital letter, or an Arabic article before one ("al-Qaida", "al-Assad", "ash-Sham"). */
const NAME_START = /^(?:\p{Lu}|(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu})/u;

/**
 * Does this word start like a name? Asked of every word: an ASCII capital says yes and an ASCII
 * character that cannot begin an Arabic article says no without the regular expression.
 */
export function startsName(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  if (first < 128 && first !== 97 && first !== 101) return false;
  return NAME_START.test(text);
}

export const isCapitalised = (t: Token): boolean => t.capitalised;

/** A run of capitalised tokens, with connectors ("of", "bin") kept when a capitalised token follows. */
export interface Span {
  tokens: Token[];
  /** Index in the sentence's token list of the span's first token. */
  first: number;
}

const WHITESPACE = /\s/;

/** Is the text between two offsets only whitespace (or empty)? */
function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charAt(k);
    if (c !== " " && !WHITESPACE.test(c)) return false;
  }
  return true;
}

function isGapBlank(sentenceText: string, sentenceStart: number, a: Token, b: Token): boolean {
  return isBlank(sentenceText, a.end - sentenceStart, b.start - sentenceStart);
}

/** Finds maximal runs of capitalised tokens not separated by punctuation. */
export function findSpans(tokens: Token[], sentenceText: string, sentenceStart: number): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]!)) {
      i++;
      continue;
    }
    const run: Token[] = [tokens[i]!];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = run[run.length - 1]!;
      const t = tokens[j]!;
      // A possessive ends a name ("Putin’s Kremlin"), unless it stands inside one ("People’s Republic").
      const possessive = /[’']s?$/u.test(prev.text) && !POSSESSIVE_NAME_WORDS.has(prev.bare);
      if (!isGapBlank(sentenceText, sentenceStart, prev, t) || possessive) break;
      if (isCapitalised(t)) {
        run.push(t);
        j++;
        continue;
      }
      // "Channel 12 News", "Kan 11": a broadcaster's number is part of its name.
      if (CHANNEL_NUMBER.test(t.text) && NUMBERED_NAME_WORDS.has(prev.text)) {
        // Read as a word of the name from here on (the sentence's own token is left as it is).
        run.push({ ...t, capitalised: true });
        j++;
        continue;
      }
      const lower = t.text.toLowerCase();
      const connects = INSTITUTION_CONNECTORS.has(lower) || NAME_PARTICLES.has(lower.replace(/-$/, ""));
      // Allow up to two connectors ("of the") before the next capitalised token.
      const next = tokens[j + 1];
      const nextNext = tokens[j + 2];
      if (connects && next && isGapBlank(sentenceText, sentenceStart, t, next) && isCapitalised(next)) {
        run.push(t);
        j++;
      } else if (
        connects &&
        next &&
        nextNext &&
        INSTITUTION_CONNECTORS.has(next.text.toLowerCase()) &&
        isGapBlank(sentenceText, sentenceStart, t, next) &&
        isGapBlank(sentenceText, sentenceStart, next, nextNext) &&
        isCapitalised(nextNext)
      ) {
        run.push(t, next);
        j += 2;
      } else break;
    }
    spans.push({ tokens: run, first: i });
    i = j;
  }
  return spans;
}
