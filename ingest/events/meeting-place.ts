/** A meeting's place from its clause: a venue that implies a city ("at the Kremlin", "the Kremlin meeting"), or a city after "in", "at" or "to". */
import type { AnnotatedDocument, Clause, NameSpan } from "../annotate/index.ts";
import { capitalOfCountry, placeNamed } from "./places.ts";

const PLACE_PREPOSITIONS = new Set(["in", "at", "to"]);
const MEETING_NAME_TAIL = /\s+(summit|talks|conference|meeting|format|process|forum)$/i;

const namesBySentence = new WeakMap<AnnotatedDocument, Map<number, NameSpan[]>>();

/** The name spans of one sentence (indexed once per document). */
function namesOfSentence(doc: AnnotatedDocument, sentence: number): NameSpan[] {
  let index = namesBySentence.get(doc);
  if (!index) {
    index = new Map();
    for (const n of doc.names) {
      const list = index.get(n.sentence);
      if (list) list.push(n);
      else index.set(n.sentence, [n]);
    }
    namesBySentence.set(doc, index);
  }
  return index.get(sentence) ?? [];
}

/** The token before a name span, skipping "the". */
function wordBefore(doc: AnnotatedDocument, span: NameSpan): string | null {
  let i = span.tokenStart - 1;
  if (doc.tokens[i]?.lemma === "the") i--;
  return doc.tokens[i]?.text.toLowerCase() ?? null;
}

/** The word after a name span. */
const wordAfter = (doc: AnnotatedDocument, span: NameSpan): string | null =>
  doc.tokens[span.tokenEnd]?.lemma ?? null;

/**
 * The place named in a clause nearest the trigger (a body offset), or null. "in the Saudi
 * capital" is the country's capital; so is a country a visit goes to ("a visit to Turkey"), and
 * only then: talks "in Qatar" are placed in the country, not its capital.
 */
export function placeInClause(
  doc: AnnotatedDocument,
  clause: Clause,
  triggerAt: number,
  visit = false,
): string | null {
  let best: { city: string; distance: number } | null = null;
  for (const span of namesOfSentence(doc, doc.tokens[clause.tokenStart]?.sentence ?? -1)) {
    if (span.start < clause.start || span.end > clause.end) continue;
    // "the Singapore Summit", "the Geneva talks": a city naming the meeting.
    const named =
      placeNamed(span.text) ??
      placeNamed(span.text.replace(/[’']s$/, "")) ??
      placeNamed(span.text.replace(MEETING_NAME_TAIL, ""));
    const capital =
      !named && (wordAfter(doc, span) === "capital" || visit) ? capitalOfCountry(span.text) : null;
    const found = named ?? (capital ? { city: capital } : null);
    if (!found) continue;
    // A venue names the place wherever it stands ("the Kremlin meeting"); a city only after a preposition of place.
    const before = wordBefore(doc, span);
    // A venue as a modifier names the place only of the meeting it modifies ("the Kremlin meeting", not "Kremlin spokesman").
    // "visited Turkey": the object of a verb of visiting is where the visit went.
    const afterPreposition = !!before && (PLACE_PREPOSITIONS.has(before) || (visit && /^visit/.test(before)));
    const modifiesTrigger = triggerAt >= span.start && triggerAt - span.end <= 1;
    if (!afterPreposition && !modifiesTrigger) continue;
    const distance = Math.abs(span.start - triggerAt);
    if (!best || distance < best.distance) best = { city: found.city, distance };
  }
  return best?.city ?? null;
}
