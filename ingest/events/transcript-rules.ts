/**
 * Meetings a transcript reports by its form rather than by a sentence: an ordered table of
 * rules (ingest/rules/rule.ts). A state.gov transcript opens with its speaker ("Marco Rubio,
 * Secretary of State") and a place line ("Manila, Philippines", "Joint Base Andrews"), then
 * speaker labels.
 */
import type { PartialDate } from "../../common/graph-document.ts";
import type { AnnotatedDocument } from "../annotate/index.ts";
import type { ArticleEntities } from "../resolve/resolve-article.ts";
import type { Rule } from "../rules/rule.ts";
import type { ResolvedEntity, Sentence } from "../types.ts";
import { transcriptHeader, transcriptPlace } from "./title-meeting.ts";

export interface TranscriptInput {
  doc: AnnotatedDocument;
  resolved: ArticleEntities;
}

export interface TranscriptEvent {
  participants: ResolvedEntity[];
  date: PartialDate | null;
  place: string;
  sentence: Sentence;
}

export type TranscriptRule = Rule<TranscriptInput, TranscriptEvent, "briefing">;

/** "Name, Office": a header's speaker line. */
const SPEAKER_LINE = /^[^,]{3,60},\s+\S/;

/** The person the header's speaker line names before its comma, with the sentence that names them. */
function headerSpeaker({ doc, resolved }: TranscriptInput): { e: ResolvedEntity; sentence: Sentence } | null {
  const line = transcriptHeader(doc.body)?.[0];
  if (!line || !SPEAKER_LINE.test(line)) return null;
  const start = doc.body.indexOf(line);
  const end = start + line.indexOf(",");
  for (const [m, e] of resolved.entityOfMention) {
    const sentence = doc.sentences[m.sentence];
    if (e.kind === "person" && m.start >= start && m.end <= end && sentence) return { e, sentence };
  }
  return null;
}

export const TRANSCRIPT_RULES: readonly TranscriptRule[] = [
  {
    name: "transcript-own-event",
    // The remarks, interview or press availability the transcript records is the speaker's,
    // on the day of publication, at the header's place line.
    example: "Marco Rubio, Secretary of State\n\nManila, Philippines",
    counterExample: "Marco Rubio, Secretary of State\n\nSECRETARY RUBIO: Thank you.",
    support: [
      "sx-13-rubio-remarks-manila-july-22.md",
      "sx-15-rubio-fox-and-friends-unga.md",
      "sx-17-rubio-remarks-joint-base-andrews-october.md",
      "cx-01-blinken-sky-news-arabia-interview.md",
    ],
    pattern: (input) => {
      const place = transcriptPlace(input.doc.body);
      const speaker = place ? headerSpeaker(input) : null;
      if (!place || !speaker) return null;
      return { participants: [speaker.e], date: input.doc.published, place, sentence: speaker.sentence };
    },
    action: "briefing",
  },
];
