/** Clause boundaries of a sentence: punctuation that closes a clause and words that open a new one. */
import type { Clause, Token } from "./types.ts";

/**
 * Where a clause ends: semicolons, colons, brackets and dashes; "ahead of", "following";
 * a subordinator before a new subject ("as he …", "while Lavrov …"); a comma before a
 * subordinator or before "X said".
 */
const CLAUSE_BREAK =
  /[;:()–—]|\b(ahead of|prior to|following)\b|\s(?=(after|before) (a|an|the|his|her|its) )|\s(?=(as|while|when|because|although) (\p{Lu}|he |she |they ))|,\s+(?=(before|after|as|while|when|but|although|because|since|then|where)\b)|,\s+(?=(\p{Lu}[\p{L}’'-]+\s){1,3}(said|says|told|implied|added|declared|announced|insisted|stated|replied|warned)\b)/gu;

/** Offsets (into the sentence text) of the clauses of a sentence, in order. */
export function clauseRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = Math.max(start, m.index + m[0].length);
  }
  if (start < text.length || out.length === 0) out.push({ start, end: text.length });
  return out;
}

/** Clauses with body offsets and token ranges. */
export function findClauses(
  text: string,
  sentenceStart: number,
  tokens: Token[],
  tokenStart: number,
  tokenEnd: number,
): Clause[] {
  return clauseRanges(text).map((r) => {
    const start = sentenceStart + r.start;
    const end = sentenceStart + r.end;
    let a = tokenStart;
    while (a < tokenEnd && tokens[a]!.end <= start) a++;
    let b = a;
    while (b < tokenEnd && tokens[b]!.start < end) b++;
    return { start, end, tokenStart: a, tokenEnd: b };
  });
}

/** The clause that holds a body offset (the last one starting at or before it). */
export function clauseAt(clauses: Clause[], offset: number): Clause | null {
  let found: Clause | null = null;
  for (const c of clauses) if (c.start <= offset) found = c;
  return found;
}
