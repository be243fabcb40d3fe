/**
 * Turns what a person typed into a safe Lucene query for Neo4j's full-text index:
 * special characters escaped, each word matched exactly (boosted), as a prefix, or fuzzily.
 */

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_TERMS = 8;

/** Escapes every character Lucene's query parser treats as syntax. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, "\\$&");
}

/**
 * Builds the query: all words must match. Words are split at punctuation, because the index's
 * analyzer splits names the same way ("al-Sudani" is indexed as "al" and "sudani"), and
 * prefix and fuzzy terms are not analyzed. Returns null when nothing searchable remains.
 */
export function buildFulltextQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, MAX_TERMS);
  if (words.length === 0) return null;
  const clauses = words.map((word) => {
    const w = escapeLucene(word);
    // Fuzzy matching on very short words matches almost anything, so only from four letters.
    return word.length >= 4 ? `(${w}^3 OR ${w}* OR ${w}~1)` : `(${w}^3 OR ${w}*)`;
  });
  return clauses.join(" AND ");
}
