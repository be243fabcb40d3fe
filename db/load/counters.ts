/** The driver's update counters, summed over the statements of a load transaction. */
import type { ManagedTransaction, QueryResult } from "neo4j-driver";

export interface LoadCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export function emptyCounters(): LoadCounters {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  };
}

export function addCounters(into: LoadCounters, from: LoadCounters): void {
  into.nodesCreated += from.nodesCreated;
  into.nodesDeleted += from.nodesDeleted;
  into.relationshipsCreated += from.relationshipsCreated;
  into.relationshipsDeleted += from.relationshipsDeleted;
  into.propertiesSet += from.propertiesSet;
}

/** Runs statements in one transaction, summing the driver's update counters. */
export class CountingRunner {
  readonly counters = emptyCounters();
  constructor(readonly tx: ManagedTransaction) {}

  async run(query: string, params: Record<string, unknown>): Promise<QueryResult> {
    const result = await this.tx.run(query, params);
    const u = result.summary.counters.updates();
    addCounters(this.counters, {
      nodesCreated: u.nodesCreated,
      nodesDeleted: u.nodesDeleted,
      relationshipsCreated: u.relationshipsCreated,
      relationshipsDeleted: u.relationshipsDeleted,
      propertiesSet: u.propertiesSet,
    });
    return result;
  }
}
