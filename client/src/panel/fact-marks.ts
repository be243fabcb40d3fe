/**
 * Where an article names its facts. Mentions of people, institutions and countries come from
 * extraction; meetings, proposals and places have no mention spans, so they are found here in the
 * sentences that evidence them: a proposal's name or alias, a meeting's place, and the word that
 * reports the meeting ("met", "talks", "call"…).
 */
import type { EntityKind, Mention, SupportingSentence } from "../types.ts";

/** What a mark names: an entity kind, or the place of a meeting (a click opens the meeting). */
export type MarkKind = EntityKind | "Place";

export interface Mark {
  /** The entity a click opens (for a place, its meeting). */
  entityId: string;
  kind: MarkKind;
  /** The words marked, equal to body[start:end]. */
  text: string;
  start: number;
  end: number;
}

/** Words that report a meeting; the first one in the meeting's sentence is marked. */
const MEETING_WORD =
  /(?<![\p{L}\p{N}])(met|meets?|meetings?|talks?|talked|calls?|called|phoned|spoke|summit|visit(?:s|ed|ing)?|briefing|briefed|conversation|negotiations?|consultations?)(?![\p{L}\p{N}])/iu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The first whole-word, case-insensitive occurrence of one of `names` in `text` (longest name first). */
function findName(text: string, names: readonly string[]): [number, number] | null {
  const usable = names.map((n) => n.trim()).filter((n) => n.length >= 2);
  for (const name of usable.sort((a, b) => b.length - a.length)) {
    const found = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "iu").exec(text);
    if (found) return [found.index, found.index + found[0].length];
  }
  return null;
}

function overlaps(marks: readonly Mark[], start: number, end: number): boolean {
  return marks.some((m) => m.start < end && start < m.end);
}

/** The article's mentions plus its meetings, proposals and places, found in their sentences. */
export function markFacts(
  body: string,
  mentions: readonly Mention[],
  sentences: readonly SupportingSentence[],
): Mark[] {
  const marks: Mark[] = mentions.map((m) => ({ ...m }));
  for (const sentence of sentences) {
    const text = body.slice(sentence.start, sentence.end);
    const add = (entityId: string, kind: MarkKind, at: [number, number] | null): void => {
      if (!at) return;
      const start = sentence.start + at[0];
      const end = sentence.start + at[1];
      if (!overlaps(marks, start, end))
        marks.push({ entityId, kind, text: body.slice(start, end), start, end });
    };
    for (const entity of sentence.entities) {
      if (entity.__typename === "Proposal") {
        const named = marks.some(
          (m) => m.entityId === entity.id && m.start >= sentence.start && m.end <= sentence.end,
        );
        if (!named) add(entity.id, "Proposal", findName(text, [entity.name, ...entity.aliases]));
      } else if (entity.__typename === "Meeting") {
        if (entity.place) add(entity.id, "Place", findName(text, [entity.place]));
        const word = MEETING_WORD.exec(text);
        if (word) add(entity.id, "Meeting", [word.index, word.index + word[0].length]);
      }
    }
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}
