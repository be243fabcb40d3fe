/**
 * Loading throughput (relationships/s) of loadGraph against a raw baseline: the very nodes and
 * relationships loadGraph wrote, read back, the database wiped, and the same rows created again
 * with large UNWIND CREATE batches through the driver (no MERGE, no per-article transactions).
 */
import type { Driver } from "neo4j-driver";
import type { GraphDocument } from "../../common/graph-document.ts";
import type { DataAccess } from "../../db/index.ts";
import { elapsedMs, now } from "../lib/stats.ts";

export interface LoadingResult {
  articles: number;
  nodes: number;
  relationships: number;
  loadMs: number;
  rawMs: number;
  loadRelsPerSec: number;
  rawRelsPerSec: number;
  /** loadGraph throughput as a fraction of the raw baseline (1 = as fast). */
  loadVsRaw: number;
}

interface NodeRow {
  bid: string;
  labels: string[];
  props: Record<string, unknown>;
}

interface RelRow {
  s: string;
  t: string;
  type: string;
  props: Record<string, unknown>;
}

const BATCH = 5_000;

async function readBack(driver: Driver): Promise<{ nodes: NodeRow[]; rels: RelRow[] }> {
  const session = driver.session({ defaultAccessMode: "READ" });
  try {
    const nodes = await session.run(
      "MATCH (n) RETURN elementId(n) AS bid, labels(n) AS labels, properties(n) AS props",
    );
    const rels = await session.run(
      "MATCH (a)-[r]->(b) RETURN elementId(a) AS s, elementId(b) AS t, type(r) AS type, properties(r) AS props",
    );
    return {
      nodes: nodes.records.map((r) => r.toObject() as NodeRow),
      rels: rels.records.map((r) => r.toObject() as RelRow),
    };
  } finally {
    await session.close();
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** The baseline: UNWIND CREATE in batches of 5,000 rows, labels and types inlined per group. */
async function createRaw(driver: Driver, nodes: NodeRow[], rels: RelRow[]): Promise<void> {
  const session = driver.session();
  try {
    await session.run("CREATE INDEX bench_raw_bid IF NOT EXISTS FOR (n:BenchRaw) ON (n.bid)");
    await session.run("CALL db.awaitIndexes(60)");
    // Labels and types come from our own database, never from user input.
    for (const [labels, group] of groupBy(nodes, (n) => n.labels.join(":"))) {
      for (let i = 0; i < group.length; i += BATCH) {
        const rows = group.slice(i, i + BATCH);
        await session.executeWrite((tx) =>
          tx.run(`UNWIND $rows AS row CREATE (n:${labels}:BenchRaw) SET n = row.props, n.bid = row.bid`, {
            rows,
          }),
        );
      }
    }
    for (const [type, group] of groupBy(rels, (r) => r.type)) {
      for (let i = 0; i < group.length; i += BATCH) {
        const rows = group.slice(i, i + BATCH);
        await session.executeWrite((tx) =>
          tx.run(
            `UNWIND $rows AS row
             MATCH (a:BenchRaw {bid: row.s}) MATCH (b:BenchRaw {bid: row.t})
             CREATE (a)-[r:${type}]->(b) SET r = row.props`,
            { rows },
          ),
        );
      }
    }
  } finally {
    await session.close();
  }
}

export async function measureLoading(
  data: DataAccess,
  driver: Driver,
  wipe: () => Promise<void>,
  doc: GraphDocument,
): Promise<LoadingResult> {
  await wipe();
  let start = now();
  const summary = await data.loadGraph(doc);
  const loadMs = elapsedMs(start);
  if (summary.articles.failed > 0) throw new Error(`${summary.articles.failed} articles failed to load`);

  const { nodes, rels } = await readBack(driver);
  await wipe();
  start = now();
  await createRaw(driver, nodes, rels);
  const rawMs = elapsedMs(start);
  await wipe();

  const loadRelsPerSec = rels.length / (loadMs / 1000);
  const rawRelsPerSec = rels.length / (rawMs / 1000);
  return {
    articles: doc.articles.length,
    nodes: nodes.length,
    relationships: rels.length,
    loadMs,
    rawMs,
    loadRelsPerSec,
    rawRelsPerSec,
    loadVsRaw: loadRelsPerSec / rawRelsPerSec,
  };
}
