/** Builds the annotated document of an article body: the one linguistic pass every stage reads. */
import type { PartialDate } from "../../common/graph-document.ts";
import { findClauses } from "./clauses.ts";
import { findNames } from "./names.ts";
import { findQuotations } from "./quotations.ts";
import { sentenceSpans } from "./sentences.ts";
import { findTemporals } from "./temporal.ts";
import { tenseOf } from "./tense.ts";
import { tokenise } from "./tokenise.ts";
import type { AnnotatedDocument, AnnotatedSentence, NameSpan, Quotation, Token } from "./types.ts";

/** Between the body and the title appended to it: a paragraph break, so the title is its own sentence. */
const TITLE_BREAK = "\n\n";

/**
 * Annotates a clean body: tokens, sentences, clauses, names, quotations, temporal expressions.
 * A title, when given, is text too (readouts name their meeting and its people there): it is
 * appended after the body as a last paragraph whose sentences say `isTitle`, so every offset into
 * the body stays as it was.
 */
export function annotateDocument(
  articleBody: string,
  published: PartialDate | null,
  title: string | null = null,
): AnnotatedDocument {
  const titleText = title?.replace(/\s+/g, " ").trim() ?? "";
  const body = titleText ? `${articleBody}${TITLE_BREAK}${titleText}` : articleBody;
  const titleStart = titleText ? articleBody.length + TITLE_BREAK.length : Infinity;
  const raw = tokenise(body);
  const spans = sentenceSpans(body, raw.tokens, raw.sentenceSpans);
  const tokens: Token[] = raw.tokens;
  const sentences: AnnotatedSentence[] = [];
  const names: NameSpan[] = [];
  const quotations: Quotation[] = [];
  for (const span of spans) {
    const index = sentences.length;
    for (let i = span.tokenStart; i < span.tokenEnd; i++) tokens[i]!.sentence = index;
    const start = tokens[span.tokenStart]!.start;
    const end = tokens[span.tokenEnd - 1]!.end;
    const text = body.slice(start, end);
    const sentenceNames = findNames(body, tokens, span.tokenStart, span.tokenEnd);
    names.push(...sentenceNames);
    quotations.push(...findQuotations(text, start, index, sentenceNames));
    sentences.push({
      index,
      start,
      end,
      text,
      paragraph: span.paragraph,
      tokenStart: span.tokenStart,
      tokenEnd: span.tokenEnd,
      clauses: findClauses(text, start, tokens, span.tokenStart, span.tokenEnd),
      tense: tenseOf(tokens, span.tokenStart, span.tokenEnd),
      ...(start >= titleStart ? { isTitle: true as const } : {}),
    });
  }
  const { temporals, narrativeTime } = findTemporals(sentences, quotations, published);
  return { body, published, tokens, sentences, quotations, names, temporals, narrativeTime };
}
