/**
 * Records every statement the db module runs, with its parameters and time, by wrapping
 * neo4j-driver's ManagedTransaction.run for this process. Used to find slow statements in
 * loading, and to replay a GraphQL request's exact Cypher through the raw driver.
 */
import { ManagedTransaction, type QueryResult } from "neo4j-driver";

export interface RecordedStatement {
  query: string;
  params: Record<string, unknown>;
  ms: number;
}

let recording: RecordedStatement[] | null = null;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const original = ManagedTransaction.prototype.run;
  ManagedTransaction.prototype.run = function run(
    this: ManagedTransaction,
    ...args: Parameters<typeof original>
  ) {
    const result = original.apply(this, args);
    const sink = recording;
    if (!sink) return result;
    const [query, params] = args;
    const started = performance.now();
    const entry: RecordedStatement = {
      query: String(query),
      params: (params ?? {}) as Record<string, unknown>,
      ms: 0,
    };
    sink.push(entry);
    (result as PromiseLike<QueryResult>).then(
      () => (entry.ms = performance.now() - started),
      () => (entry.ms = performance.now() - started),
    );
    return result;
  } as typeof original;
}

/** Runs `work` and returns what it ran; statements of other concurrent work are caught too. */
export async function recordStatements<T>(
  work: () => Promise<T>,
): Promise<{ value: T; statements: RecordedStatement[] }> {
  install();
  const statements: RecordedStatement[] = [];
  recording = statements;
  try {
    return { value: await work(), statements };
  } finally {
    recording = null;
  }
}
