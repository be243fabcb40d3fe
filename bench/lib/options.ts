/** Command-line options of `npm run bench` and the sizes of the quick and full runs. */

export interface BenchOptions {
  quick: boolean;
  /** Worker counts for the parallel-ingest scaling runs (--workers 1,2). */
  workers: number[];
  /** Parts to skip (--skip cli,load,client ...). */
  skip: Set<string>;
  /** Leave the bench Neo4j running afterwards (--keep-db), e.g. to PROFILE by hand. */
  keepDb: boolean;
}

export interface BenchSizes {
  /** Articles of the extraction sample, and rounds. */
  extractArticles: number;
  extractRounds: number;
  /** Articles written for the loading-vs-raw comparison. */
  loadArticles: number;
  /** End-to-end scale points; the last one is the graph GraphQL is measured on. */
  scalePoints: number[];
  /** Distinct requests per GraphQL operation, and timed rounds over them. */
  requestsPerOp: number;
  gqlRounds: number;
  /** autocannon: connections, seconds, request cap. */
  load: { connections: number; durationSec: number; maxRequests: number };
}

export const QUICK: BenchSizes = {
  extractArticles: 300,
  extractRounds: 3,
  loadArticles: 100,
  scalePoints: [100, 300],
  requestsPerOp: 6,
  gqlRounds: 5,
  load: { connections: 4, durationSec: 5, maxRequests: 2_000 },
};

export const FULL: BenchSizes = {
  extractArticles: 1_000,
  extractRounds: 3,
  loadArticles: 300,
  scalePoints: [1_000, 10_000],
  requestsPerOp: 10,
  gqlRounds: 10,
  load: { connections: 8, durationSec: 15, maxRequests: 10_000 },
};

export function parseOptions(argv: string[]): BenchOptions {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const unknown = argv.filter(
    (a, i) =>
      a.startsWith("--") &&
      !["--quick", "--workers", "--skip", "--keep-db"].includes(a) &&
      !["--workers", "--skip"].includes(argv[i - 1] ?? ""),
  );
  if (unknown.length > 0)
    throw new Error(
      `unknown option(s): ${unknown.join(" ")} (use --quick, --workers 1,2, --skip cli,load,client, --keep-db)`,
    );
  const workers = (value("--workers") ?? "1,2")
    .split(",")
    .map((w) => Number(w))
    .filter((w) => Number.isInteger(w) && w > 0);
  return {
    quick: argv.includes("--quick"),
    workers: workers.length > 0 ? workers : [1, 2],
    skip: new Set((value("--skip") ?? "").split(",").filter(Boolean)),
    keepDb: argv.includes("--keep-db"),
  };
}
