/**
 * Who says the words at a place in an article: the speaker a quotation names ("…," said X), or
 * in a transcript the speaker label of the passage ("FOREIGN MINISTER LAPID: …"). A first
 * person ("we met", "I spoke with", "our conversation") in a meeting's clause is that speaker.
 */
import type { AnnotatedDocument } from "../annotate/index.ts";
import type { ArticleEntities } from "../resolve/resolve-article.ts";
import type { Mention, ResolvedEntity } from "../types.ts";

/** A speaker label opening a paragraph: "SECRETARY BLINKEN:", "President of Russia Vladimir Putin:". */
const LABEL = /^[\p{Lu}][\p{L} .'’-]{1,70}:/u;

/** The person a span of the body names, if one is mentioned inside it. */
function personIn(resolved: ArticleEntities, start: number, end: number): ResolvedEntity | null {
  for (const [m, e] of resolved.entityOfMention as Map<Mention, ResolvedEntity>)
    if (e.kind === "person" && m.start >= start && m.end <= end) return e;
  return null;
}

/**
 * When `at` lies inside quotation marks that the annotation did not pair (a quote of several
 * sentences), the offset of the closing mark; else null.
 */
function openQuoteEnd(body: string, at: number): number | null {
  const paragraphStart = body.lastIndexOf("\n", at) + 1;
  const before = body.slice(paragraphStart, at);
  const straight = (before.match(/"/g) ?? []).length;
  const curlyOpen = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  if (straight % 2 === 0 && curlyOpen <= 0) return null;
  const close = body.slice(at).search(straight % 2 === 1 ? /"/ : /”/);
  return close < 0 ? null : at + close + 1;
}

/** The person who says the words at `at` (an offset into the body), or null when unknown. */
export function speakerAt(
  doc: AnnotatedDocument,
  resolved: ArticleEntities,
  at: number,
): ResolvedEntity | null {
  const quote = doc.quotations.find((q) => q.start <= at && at < q.end);
  if (quote) {
    if (quote.speaker) {
      const named = personIn(resolved, quote.speaker.start, quote.speaker.end);
      if (named) return named;
    }
    // "…," the President said: the last quotation before it whose speaker is named.
    for (const q of doc.quotations.filter((p) => p.end <= quote.start).reverse())
      if (q.speaker) {
        const named = personIn(resolved, q.speaker.start, q.speaker.end);
        if (named) return named;
      }
    return null;
  }
  const open = openQuoteEnd(doc.body, at);
  if (open !== null) {
    // "…," said X after the closing mark; else ("…," the President said) the last speaker named after an earlier quote.
    const after = personIn(resolved, open, open + 80);
    if (after) return after;
    const marks = [...doc.body.slice(Math.max(0, at - 3000), at).matchAll(/[,.!?]["”]/g)].reverse();
    for (const m of marks) {
      const end = Math.max(0, at - 3000) + (m.index ?? 0) + 2;
      const named = personIn(resolved, end, end + 60);
      if (named) return named;
    }
    return null;
  }
  // A transcript: the label of the paragraph that opens the passage (the text before `at` only),
  // unless a later label runs into the paragraph's text ("… EmmanuelPresident of France: Thank you").
  const inline = inlineLabelBefore(doc, resolved, at);
  const paragraphs = paragraphsOf(doc);
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const { start, end } = paragraphs[i]!;
    if (start >= at) continue;
    if (inline && inline.start >= start) return inline.e;
    const label = LABEL.exec(doc.body.slice(start, Math.min(end, at)));
    if (!label) continue;
    return personIn(resolved, start, start + label[0].length) ?? personBySurname(resolved, label[0]);
  }
  return inline?.e ?? null;
}

const paragraphsByDocument = new WeakMap<AnnotatedDocument, { start: number; end: number }[]>();

/** The first lines of the body's paragraphs, as offsets (found once per document). */
function paragraphsOf(doc: AnnotatedDocument): { start: number; end: number }[] {
  let found = paragraphsByDocument.get(doc);
  if (!found) {
    found = [...doc.body.matchAll(/(?:^|\n\s*\n)([^\n]+)/g)].map((p) => {
      const end = (p.index ?? 0) + p[0].length;
      return { start: end - p[1]!.length, end };
    });
    paragraphsByDocument.set(doc, found);
  }
  return found;
}

/**
 * The person a capitalised speaker label names by surname only ("SECRETARY BLINKEN:"), which the
 * mention stage does not read as a name: the one person of the article with that last name.
 */
function personBySurname(resolved: ArticleEntities, label: string): ResolvedEntity | null {
  const words = new Set(label.toLowerCase().match(/\p{L}[\p{L}'’-]+/gu) ?? []);
  const named = surnamesOf(resolved).filter((p) => words.has(p.surname));
  return named.length === 1 ? named[0]!.person : null;
}

const surnamesByArticle = new WeakMap<ArticleEntities, { surname: string; person: ResolvedEntity }[]>();

/** The article's people with their last names, lower-cased (found once per article). */
function surnamesOf(resolved: ArticleEntities): { surname: string; person: ResolvedEntity }[] {
  let found = surnamesByArticle.get(resolved);
  if (!found) {
    found = resolved.entities
      .filter((e) => e.kind === "person")
      .map((person) => ({ surname: person.name.toLowerCase().split(/\s+/).pop() ?? "", person }));
    surnamesByArticle.set(resolved, found);
  }
  return found;
}

/**
 * A first person standing for the speaker before a meeting word: "we met", "I spoke with", "our
 * conversation", "I had a chance to exchange views with" (cx-11), "we now have this opportunity
 * to discuss" (ua-19).
 */
export const FIRST_PERSON =
  /(?:^|[^\p{L}])(?:I|[Ww]e)(?:[’'](?:m|ll|ve|d|re)|\s+am)?\s+(?:(?:also|have|had|just|then|again|today|yesterday|will|shall|soon|now|be)\s+){0,2}(?:(?:a|the|this)\s+(?:chance|opportunity)\s+to\s+)?$/u;

const OFFICE =
  /\b(President|Prime Minister|Minister|Chancellor|Secretary|King|Emir|Crown Prince|Premier|Chairman|Vice President)\b/i;

/**
 * The people who speak in a transcript: each person named in a speaker label, at a paragraph's
 * start or run into the text ("… Aliyev IlhamPresident of Azerbaijan: Thank you"): a mention
 * followed, within a few title words and no full stop, by a colon and a capitalised word.
 */
export function transcriptSpeakers(doc: AnnotatedDocument, resolved: ArticleEntities): ResolvedEntity[] {
  const known = speakersByDocument.get(doc);
  if (known?.resolved === resolved) return known.speakers;
  const speakers = findTranscriptSpeakers(doc, resolved);
  speakersByDocument.set(doc, { resolved, speakers });
  return speakers;
}

const speakersByDocument = new WeakMap<
  AnnotatedDocument,
  { resolved: ArticleEntities; speakers: ResolvedEntity[] }
>();

/** A mention that opens a principal's speaker label: the label's end (after its colon), else null. */
function labelEnd(doc: AnnotatedDocument, m: Mention): number | null {
  const after = doc.body.slice(m.end, m.end + 70);
  const label = /^[^.:;!?\n"“”]{0,60}:\s+\p{Lu}/u.exec(after);
  if (!label) return null;
  // A principal's label carries an office ("President of Azerbaijan", "Foreign Minister");
  // a questioner's ("Question (Reuters):") does not.
  const office = `${doc.body.slice(Math.max(0, m.start - 50), m.start)} ${m.text} ${label[0]}`;
  return OFFICE.test(office) ? m.end + label[0].length - 1 : null;
}

/** The latest speaker label before `at` that names a person (also one run into a paragraph's text), or null. */
function inlineLabelBefore(
  doc: AnnotatedDocument,
  resolved: ArticleEntities,
  at: number,
): { start: number; e: ResolvedEntity } | null {
  let best: { start: number; e: ResolvedEntity } | null = null;
  for (const [m, e] of resolved.entityOfMention as Map<Mention, ResolvedEntity>) {
    if (e.kind !== "person" || m.start >= at || (best && m.start <= best.start)) continue;
    if (doc.sentences[m.sentence]?.isTitle) continue;
    const end = labelEnd(doc, m);
    if (end !== null && end <= at) best = { start: m.start, e };
  }
  return best;
}

function findTranscriptSpeakers(doc: AnnotatedDocument, resolved: ArticleEntities): ResolvedEntity[] {
  const speakers = new Set<ResolvedEntity>();
  for (const [m, e] of resolved.entityOfMention as Map<Mention, ResolvedEntity>) {
    // A title's colon ("Head of State: We …") is a headline's, not a speaker label.
    if (e.kind !== "person" || doc.sentences[m.sentence]?.isTitle) continue;
    if (labelEnd(doc, m) !== null) speakers.add(e);
  }
  return [...speakers];
}

/** "our meeting", "our trilateral talks": the meeting of the speaker and those the speaker speaks with. */
export const OUR_MEETING = /(?:^|[^\p{L}])[Oo]ur\s+(?:[\p{L}-]+\s+)?$/u;

/** "you" as a subject or object of a meeting's clause ("meeting with you", "You just talked"). */
export const SECOND_PERSON = /(?:^|[^\p{L}'’])[Yy]ou(?![\p{L}'’])(?!\s+(?:know|see|guys)\b)/u;

/** A transcript's question label ("QUESTION:", "Q:"). */
const QUESTION_LABEL = /^(?:QUESTION|Q)\s*(?:\([^)]*\))?\s*:/;

/**
 * The person a transcript's question at `at` is put to: the speaker of the first labelled answer
 * after the question's paragraph. Null outside a question, or when no answer names its speaker.
 */
export function addresseeAt(
  doc: AnnotatedDocument,
  resolved: ArticleEntities,
  at: number,
): ResolvedEntity | null {
  const paragraphs = paragraphsOf(doc);
  const i = paragraphs.findLastIndex((p) => p.start <= at);
  const own = paragraphs[i];
  if (!own || !QUESTION_LABEL.test(doc.body.slice(own.start, own.end))) return null;
  for (const p of paragraphs.slice(i + 1, i + 4)) {
    const text = doc.body.slice(p.start, p.end);
    if (QUESTION_LABEL.test(text)) continue;
    const label = LABEL.exec(text);
    if (!label) return null;
    return personIn(resolved, p.start, p.start + label[0].length) ?? personBySurname(resolved, label[0]);
  }
  return null;
}
