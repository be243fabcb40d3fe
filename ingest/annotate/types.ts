/**
 * The annotated document: one per article, computed once by `annotateDocument`, read by every
 * later stage (mentions, resolve, events, proposals) instead of re-splitting or re-scanning text.
 * Every offset is a character offset into the clean body (`body.slice(start, end)`).
 */
import type { PartialDate } from "../../common/graph-document.ts";
import type { Sentence } from "../types.ts";

/** Universal part-of-speech tags (as wink-nlp assigns them). */
export type PartOfSpeech =
  | "ADJ"
  | "ADP"
  | "ADV"
  | "AUX"
  | "CCONJ"
  | "DET"
  | "INTJ"
  | "NOUN"
  | "NUM"
  | "PART"
  | "PRON"
  | "PROPN"
  | "PUNCT"
  | "SCONJ"
  | "SYM"
  | "VERB"
  | "X"
  | "SPACE";

export interface Token {
  /** Position in `AnnotatedDocument.tokens`. */
  index: number;
  text: string;
  start: number;
  end: number;
  pos: PartOfSpeech;
  /** Lower-case dictionary form ("met" → "meet", "officials" → "official"). */
  lemma: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

/** A stretch of a sentence that holds one predicate and its arguments, as far as punctuation and subordinators tell. */
export interface Clause {
  start: number;
  end: number;
  /** Tokens [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

export type Tense = "past" | "present" | "future";

/** A sentence (offsets into the body) with its tokens, clauses and grammatical tense. */
export interface AnnotatedSentence extends Sentence {
  /** Tokens [tokenStart, tokenEnd) of `AnnotatedDocument.tokens`. */
  tokenStart: number;
  tokenEnd: number;
  clauses: Clause[];
  tense: Tense;
  /** A sentence of the article's title (appended after the body), not of the body itself. */
  isTitle?: true;
}

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** Quoted words and, when the sentence says so, who spoke them ("…," Lavrov said). */
export interface Quotation extends TextSpan {
  sentence: number;
  speaker: TextSpan | null;
}

/** A run of capitalised words that may name someone or something ("Foreign Minister Sergei Lavrov"). */
export interface NameSpan extends TextSpan {
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
}

/**
 * What a temporal expression is anchored to (TimeML's distinction): an absolute date, the
 * publication ("on Tuesday", "yesterday"), or the narrative's current time ("two days later").
 */
export type TemporalAnchor = "absolute" | "publication" | "narrative";

/** A temporal expression normalised TimeML-style; a range keeps its start and its end. */
export interface TemporalExpression extends TextSpan {
  sentence: number;
  /** The day, month or year it names; the start of a range. */
  value: PartialDate;
  /** The last day of a range ("February 17-18" → …-18), else null. */
  valueEnd: PartialDate | null;
  anchor: TemporalAnchor;
  /** True when the text gave the year (or the anchor fixed it), false when it was inferred. */
  yearStated: boolean;
  /** True inside quotation marks: "today" in a quote is the speaker's day. */
  quoted: boolean;
}

export interface AnnotatedDocument {
  /** The clean body, then (when the article has one) a paragraph break and the title. */
  body: string;
  published: PartialDate | null;
  tokens: Token[];
  sentences: AnnotatedSentence[];
  quotations: Quotation[];
  names: NameSpan[];
  /** In text order. */
  temporals: TemporalExpression[];
  /** Per paragraph, the time its narrative is in (the last dated event before its end), or null. */
  narrativeTime: (PartialDate | null)[];
}
