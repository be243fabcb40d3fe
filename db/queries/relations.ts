/**
 * Batched "related entities" lookups behind the GraphQL fields that fan out
 * (Person.meetings, Meeting.participants...): one query per field per request.
 */
import type { Executor } from "../executor.ts";
import { toEntityRecord, type EntityRecord } from "../records.ts";
import { nodesAt, stringAt } from "../values.ts";

const BY_NAME = "toLower(t.name), t.id";
const NEWEST_FIRST = "t.date IS NULL, t.date DESC, t.id";

/** Each pattern binds `key` (the owner's id) and `t` (the related entity). */
export const RELATIONS = {
  personMeetings: { pattern: "(:Person {id: key})-[:ATTENDED]->(t:Meeting)", order: NEWEST_FIRST },
  personProposals: { pattern: "(:Person {id: key})-[:PROPOSED]->(t:Proposal)", order: NEWEST_FIRST },
  personCountry: { pattern: "(:Person {id: key})-[:REPRESENTS]->(t:Country)", order: BY_NAME },
  personAffiliations: { pattern: "(:Person {id: key})-[:AFFILIATED_WITH]->(t:Institution)", order: BY_NAME },
  institutionCountry: { pattern: "(:Institution {id: key})-[:BASED_IN]->(t:Country)", order: BY_NAME },
  institutionMembers: { pattern: "(:Institution {id: key})<-[:AFFILIATED_WITH]-(t:Person)", order: BY_NAME },
  countryPeople: { pattern: "(:Country {id: key})<-[:REPRESENTS]-(t:Person)", order: BY_NAME },
  meetingParticipants: { pattern: "(:Meeting {id: key})<-[:ATTENDED]-(t:Person)", order: BY_NAME },
  meetingCountries: { pattern: "(:Meeting {id: key})<-[:PARTICIPATED]-(t:Country)", order: BY_NAME },
  proposalProposers: { pattern: "(:Proposal {id: key})<-[:PROPOSED]-(t)", order: BY_NAME },
  proposalTerms: { pattern: "(:Proposal {id: key})<-[:PART_OF]-(t:Proposal)", order: BY_NAME },
  proposalPartOf: { pattern: "(:Proposal {id: key})-[:PART_OF]->(t:Proposal)", order: BY_NAME },
} as const;

export type RelationName = keyof typeof RELATIONS;

/** For each owner id, its related entities (deduplicated: facts repeat once per article). */
export async function findRelated(
  executor: Executor,
  relation: RelationName,
  ids: readonly string[],
): Promise<Map<string, EntityRecord[]>> {
  const { pattern, order } = RELATIONS[relation];
  const query = `
    UNWIND $ids AS key
    CALL (key) {
      MATCH ${pattern}
      WITH DISTINCT t ORDER BY ${order}
      RETURN collect(t) AS related
    }
    RETURN key, related`;
  const result = await executor.read((tx) => tx.run(query, { ids }));
  return new Map(result.records.map((r) => [stringAt(r, "key"), nodesAt(r, "related").map(toEntityRecord)]));
}
