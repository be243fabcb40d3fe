/**
 * Writes compromise's lexicon to ingest/knowledge/generated/word-tags.json, the data file the
 * extraction reads instead of loading compromise (see ingest/knowledge/word-tags.ts). Run after
 * upgrading compromise: `npm run word-tags`.
 */
import { writeFileSync } from "node:fs";
import { WORD_TAGS_FILE } from "../ingest/knowledge/word-tags.ts";
import { lexiconFromPackage } from "./word-tags-source.ts";

writeFileSync(WORD_TAGS_FILE, `${JSON.stringify(lexiconFromPackage())}\n`);
console.log(`wrote ${WORD_TAGS_FILE}`);
