/** compromise's lexicon as the package builds it: the source of ingest/knowledge/generated/word-tags.json. */
import nlp from "compromise";
import type { WordTags } from "../ingest/knowledge/word-tags.ts";

export function lexiconFromPackage(): WordTags {
  return (nlp as unknown as { model(): { one: { lexicon: WordTags } } }).model().one.lexicon;
}
