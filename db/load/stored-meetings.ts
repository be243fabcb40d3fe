/**
 * One real meeting is one node across loads: before a document is written, each of its
 * meetings that is plainly a meeting already in the graph (shared participants, a compatible
 * date, no conflicting place; the rule of `ingest/document/merge-meetings.ts`) takes the
 * stored meeting's id, and the two reports' date, place and kind are combined. Loading the
 * same document again finds the same stored meeting, so loading stays idempotent.
 */
import type { ManagedTransaction } from "neo4j-driver";
import type { GraphDocument, MeetingNode } from "../../common/graph-document.ts";
import { combineMeetingFields, sameMeeting } from "../../common/same-meeting.ts";
import * as cypher from "./statements.ts";

interface StoredMeeting {
  incoming: string;
  id: string;
  kind: MeetingNode["kind"];
  date: string | null;
  dateEnd: string | null;
  place: string | null;
  status: MeetingNode["status"];
  participants: string[];
}

/** Reads the stored meetings that share a participant with the document's meetings. */
export async function readStoredMeetings(
  tx: ManagedTransaction,
  doc: GraphDocument,
): Promise<StoredMeeting[]> {
  if (!doc.meetings.length) return [];
  const result = await tx.run(cypher.READ_MEETINGS_SHARING_PARTICIPANTS, {
    meetings: doc.meetings.map((m) => ({ id: m.id, participants: m.participants })),
  });
  return result.records.map((r) => ({
    incoming: r.get("incoming") as string,
    id: r.get("id") as string,
    kind: r.get("kind") as MeetingNode["kind"],
    date: r.get("date") as string | null,
    dateEnd: r.get("dateEnd") as string | null,
    place: r.get("place") as string | null,
    status: r.get("status") as MeetingNode["status"],
    participants: r.get("participants") as string[],
  }));
}

/** The document with each meeting that is a stored one renamed to it and its fields combined. */
export function mergeWithStoredMeetings(doc: GraphDocument, stored: StoredMeeting[]): GraphDocument {
  if (!stored.length) return doc;
  const renamed = new Map<string, string>();
  const meetings = doc.meetings.map((m) => {
    const match = stored.find(
      (s) =>
        s.incoming === m.id &&
        sameMeeting(
          { ...s, participants: new Set(s.participants) },
          { ...m, participants: new Set(m.participants) },
          false,
        ),
    );
    if (!match) return m;
    renamed.set(m.id, match.id);
    return { ...m, id: match.id, ...combineMeetingFields(match, m) };
  });
  if (!renamed.size) return doc;
  return { ...doc, meetings: mergeSameIds(meetings) };
}

/** Two incoming meetings renamed to one stored meeting become one node with both reports. */
function mergeSameIds(meetings: MeetingNode[]): MeetingNode[] {
  const byId = new Map<string, MeetingNode>();
  for (const m of meetings) {
    const seen = byId.get(m.id);
    if (!seen) byId.set(m.id, m);
    else
      byId.set(m.id, {
        ...seen,
        ...combineMeetingFields(seen, m),
        participants: [...new Set([...seen.participants, ...m.participants])].sort(),
        participantCountries: [...new Set([...seen.participantCountries, ...m.participantCountries])].sort(),
        evidence: [...seen.evidence, ...m.evidence],
        confidence: Math.max(seen.confidence, m.confidence),
      });
  }
  return [...byId.values()];
}
