/**
 * The executor: the one place that opens sessions. Like @neo4j/graphql's Executor it picks
 * read or write, runs a transaction function with a timeout, closes the session in
 * `finally`, and turns driver errors into typed DatabaseErrors.
 */
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { mapNeo4jError } from "./errors.ts";

export type TransactionWork<T> = (tx: ManagedTransaction) => Promise<T>;

export interface ExecutorOptions {
  database: string | null;
  /** Default timeout of every transaction, in milliseconds. */
  timeoutMs: number;
  /** Called before every statement a transaction runs: one database round trip each (tests count them). */
  onStatement?: (mode: "READ" | "WRITE") => void;
}

export interface RunOptions {
  /** Overrides the default timeout, e.g. for a large article's write. */
  timeoutMs?: number;
}

export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  /** Runs `work` in a read transaction (retried by the driver on transient errors). */
  read<T>(work: TransactionWork<T>, options?: RunOptions): Promise<T> {
    return this.run("READ", work, options);
  }

  /** Runs `work` in a write transaction (retried by the driver on transient errors). */
  write<T>(work: TransactionWork<T>, options?: RunOptions): Promise<T> {
    return this.run("WRITE", work, options);
  }

  private async run<T>(mode: "READ" | "WRITE", work: TransactionWork<T>, options?: RunOptions): Promise<T> {
    const session = this.driver.session({
      database: this.options.database ?? undefined,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: options?.timeoutMs ?? this.options.timeoutMs };
    const onStatement = this.options.onStatement;
    const run: TransactionWork<T> = onStatement
      ? (tx) => work(countingStatements(tx, () => onStatement(mode)))
      : work;
    try {
      return mode === "READ"
        ? await session.executeRead(run, config)
        : await session.executeWrite(run, config);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }
}

/** The transaction with `run` reporting each call first. */
function countingStatements(tx: ManagedTransaction, onRun: () => void): ManagedTransaction {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property !== "run") return Reflect.get(target, property, receiver) as unknown;
      return (...args: Parameters<ManagedTransaction["run"]>) => {
        onRun();
        return target.run(...args);
      };
    },
  });
}
