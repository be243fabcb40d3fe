/**
 * compromise's English lexicon (word → part-of-speech tags), read from a data file generated from
 * the package (`npm run word-tags`). Only the lexicon is used, and building it by loading
 * compromise cost every process and extraction worker about 0.7 s of CPU at start, more than
 * parsing the same table as JSON; `word-tags.test.ts` fails when the file no longer matches the
 * installed package.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** A word's tags: one tag or several ("Infinitive", ["Noun", "Singular"]). */
export type WordTags = Readonly<Record<string, string | readonly string[]>>;

export const WORD_TAGS_FILE = fileURLToPath(new URL("./generated/word-tags.json", import.meta.url));

let loaded: WordTags | null = null;

/** The lexicon, loaded once. Keys are lower-case words and phrases, as in compromise. */
export function wordTags(): WordTags {
  return (loaded ??= JSON.parse(readFileSync(WORD_TAGS_FILE, "utf8")) as WordTags);
}
