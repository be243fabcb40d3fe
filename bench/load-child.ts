/**
 * Concurrent load on the GraphQL endpoint with autocannon, as a child process so the load
 * generator does not share the server's event loop. Loopback only, bounded in time and requests.
 * `npx tsx bench/load-child.ts <config.json>`; prints one JSON line.
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

interface LoadConfig {
  url: string;
  connections: number;
  durationSec: number;
  maxRequests: number;
  bodies: string[];
}

const config = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as LoadConfig;
if (!/^http:\/\/127\.0\.0\.1:\d+\/graphql$/.test(config.url))
  throw new Error(`refusing a non-loopback target: ${config.url}`);

const result = await autocannon({
  url: config.url,
  connections: config.connections,
  duration: config.durationSec,
  // `amount` would override the duration; maxOverallRequests caps requests within it.
  maxOverallRequests: config.maxRequests,
  timeout: 10,
  requests: config.bodies.map((body) => ({
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json" },
    body,
  })),
});
process.stdout.write(
  `${JSON.stringify({
    requests: result.requests.total,
    durationSec: result.duration,
    rps: result.requests.average,
    latency: {
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    connections: config.connections,
  })}\n`,
);
