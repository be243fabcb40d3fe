/** The annotated document: computed once per article, read by every later stage. */
export { annotateDocument } from "./annotate.ts";
export { clauseAt, clauseRanges } from "./clauses.ts";
export { referenceDate } from "./temporal.ts";
export type {
  AnnotatedDocument,
  AnnotatedSentence,
  Clause,
  NameSpan,
  PartOfSpeech,
  Quotation,
  TemporalAnchor,
  TemporalExpression,
  Tense,
  TextSpan,
  Token,
} from "./types.ts";
