/** People-centred questions: who met whom. */
import type { Executor } from "../executor.ts";
import { toRecordOfKind, type MeetingRecord, type PersonRecord } from "../records.ts";
import { nodeAt, nodesAt } from "../values.ts";

export interface EncounterRecord {
  person: PersonRecord;
  /** Held meetings both attended, newest first. */
  meetings: MeetingRecord[];
}

/** Everyone who attended a held meeting with the person, most shared meetings first. */
export async function findEncounters(executor: Executor, personId: string): Promise<EncounterRecord[]> {
  const query = `
    MATCH (p:Person {id: $personId})-[:ATTENDED]->(m:Meeting {status: 'held'})<-[:ATTENDED]-(other:Person)
    WHERE other <> p
    WITH DISTINCT other, m ORDER BY m.date IS NULL, m.date DESC, m.id
    WITH other, collect(m) AS meetings
    RETURN other, meetings ORDER BY size(meetings) DESC, toLower(other.name)`;
  const result = await executor.read((tx) => tx.run(query, { personId }));
  return result.records.map((r) => ({
    person: toRecordOfKind(nodeAt(r, "other"), "Person"),
    meetings: nodesAt(r, "meetings").map((m) => toRecordOfKind(m, "Meeting")),
  }));
}
