/**
 * PROFILEs the Cypher behind each benchmarked GraphQL operation on the bench graph: db hits,
 * rows and the costliest operators per statement. Run after `npm run bench -- --keep-db`:
 * `npx tsx bench/profile-queries.ts [--requests 3]`, then stop the bench Neo4j (see README).
 */
import { join } from "node:path";
import type { ProfiledPlan } from "neo4j-driver";
import { createDataAccess } from "../db/index.ts";
import { startBenchNeo4j } from "./lib/bench-neo4j.ts";
import { recordStatements } from "./lib/statement-recorder.ts";
import { buildRequests } from "./measure/graphql-queries.ts";
import { startServer } from "./measure/graphql.ts";

interface OperatorCost {
  operator: string;
  dbHits: number;
  rows: number;
  details: string;
}

function flatten(plan: ProfiledPlan, out: OperatorCost[] = []): OperatorCost[] {
  const details = plan.arguments["Details"];
  out.push({
    operator: plan.operatorType,
    dbHits: plan.dbHits,
    rows: plan.rows,
    details: typeof details === "string" ? details.slice(0, 110) : "",
  });
  for (const child of plan.children) flatten(child, out);
  return out;
}

async function main(): Promise<void> {
  const i = process.argv.indexOf("--requests");
  const perOp = i >= 0 ? Number(process.argv[i + 1]) : 2;
  const neo = await startBenchNeo4j(join(import.meta.dirname, "tmp", "neo4j"));
  const data = createDataAccess(neo.config.neo4j);
  const server = await startServer(neo.config, data);
  try {
    const requests = await buildRequests(neo.driver, perOp);
    for (const request of requests) {
      const { statements } = await recordStatements(async () => {
        const response = await fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: request.query, variables: request.variables }),
        });
        await response.json();
      });
      process.stdout.write(`\n## ${request.op} ${JSON.stringify(request.variables)}\n`);
      for (const statement of statements) {
        const session = neo.driver.session({ defaultAccessMode: "READ" });
        try {
          const started = performance.now();
          const result = await session.executeRead((tx) =>
            tx.run(`PROFILE ${statement.query}`, statement.params),
          );
          const ms = performance.now() - started;
          const operators = result.summary.profile ? flatten(result.summary.profile) : [];
          const hits = operators.reduce((sum, o) => sum + o.dbHits, 0);
          process.stdout.write(
            `- ${ms.toFixed(1)} ms, ${hits} db hits, ${result.records.length} rows: ${statement.query.trim().replace(/\s+/g, " ").slice(0, 140)}\n`,
          );
          for (const o of operators.sort((a, b) => b.dbHits - a.dbHits).slice(0, 3))
            process.stdout.write(`    ${o.operator}: ${o.dbHits} hits, ${o.rows} rows  ${o.details}\n`);
        } finally {
          await session.close();
        }
      }
    }
  } finally {
    await server.close();
    await data.close();
    await neo.driver.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
