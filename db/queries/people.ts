/** People-centred questions: who met whom. */
import type { Executor } from "../executor.ts";
import { presentEntityProperties, type MeetingRecord, type PersonRecord } from "../records.ts";
import { isProperties, mapsAt, valueAt } from "../values.ts";

export interface EncounterRecord {
  person: PersonRecord;
  /** Held meetings both attended, newest first. */
  meetings: MeetingRecord[];
}

/**
 * Only the properties the records read (see presentEntityProperties): whole nodes also carry
 * aliasText and searchText, and shipping and decoding a hub's 499 people and 759 meetings as
 * nodes was about half of this query's time.
 */
const PERSON_FIELDS = "{.id, .name, .aliases, .roles, .confidence}";
const MEETING_FIELDS = "{.id, .name, .kind, .date, .place, .status, .confidence}";

function toPerson(value: unknown): PersonRecord {
  return presentEntityProperties("Person", isProperties(value) ? value : {}) as PersonRecord;
}

function toMeeting(value: unknown): MeetingRecord {
  return presentEntityProperties("Meeting", isProperties(value) ? value : {}) as MeetingRecord;
}

/** Everyone who attended a held meeting with the person, most shared meetings first. */
export async function findEncounters(executor: Executor, personId: string): Promise<EncounterRecord[]> {
  // Distinct meetings first: ATTENDED is one relationship per article, so expanding the other
  // attendees from every parallel p→m relationship walked each meeting's attendees once per
  // article that put p there (a hub's 1,193 relationships to 774 meetings: 25,931 rows, now 2,031).
  const query = `
    MATCH (p:Person {id: $personId})
    CALL (p) {
      MATCH (p)-[:ATTENDED]->(m:Meeting {status: 'held'})
      RETURN DISTINCT m
    }
    MATCH (m)<-[:ATTENDED]-(other:Person)
    WHERE other <> p
    WITH DISTINCT other, m ORDER BY m.date IS NULL, m.date DESC, m.id
    WITH other, collect(m ${MEETING_FIELDS}) AS meetings
    RETURN other ${PERSON_FIELDS} AS other, meetings ORDER BY size(meetings) DESC, toLower(other.name)`;
  const result = await executor.read((tx) => tx.run(query, { personId }));
  return result.records.map((r) => ({
    person: toPerson(valueAt(r, "other")),
    meetings: mapsAt(r, "meetings").map(toMeeting),
  }));
}
