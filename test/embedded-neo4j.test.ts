import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  embeddedNeo4jStatus,
  ensureEmbeddedNeo4j,
  startEmbeddedNeo4j,
  stopEmbeddedNeo4j,
} from "../db/embedded.ts";
import { probeBolt } from "../db/embedded/bolt-probe.ts";
import { testNeo4jConfig } from "./support/neo4j.ts";

const config = testNeo4jConfig();
const pidFile = join(config.embedded.dataDir, "neo4j.pid");

/** Pids of launcher JVMs serving this data dir, read from /proc (Linux only). */
function launcherPidsFor(dataDir: string): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
        return args.includes("org.diplomaticgraph.launcher.EmbeddedNeo4j") && args.includes(dataDir);
      } catch {
        return false; // exited while we looked
      }
    })
    .map(Number);
}

describe.skipIf(!config.neo4j.embedded)("embedded Neo4j", () => {
  it("answers the Bolt 5 handshake on its port", async () => {
    const probe = await probeBolt("127.0.0.1", config.embedded.port);
    expect(probe).toMatchObject({ kind: "bolt", version: expect.stringMatching(/^5\./) });
  });

  it("reports running with the pid written to the pid file in the data dir", async () => {
    const status = await embeddedNeo4jStatus(config);
    expect(status.state).toBe("running");
    if (status.state !== "running") return;
    expect(existsSync(pidFile)).toBe(true);
    expect(Number(readFileSync(pidFile, "utf8").trim())).toBe(status.pid);
    expect(status.uri).toBe(config.neo4j.uri);
    expect(() => process.kill(status.pid, 0)).not.toThrow();
  });

  it("reuses the running server instead of starting a second JVM", async () => {
    const before = await embeddedNeo4jStatus(config);
    const [first, second] = await Promise.all([ensureEmbeddedNeo4j(config), ensureEmbeddedNeo4j(config)]);
    const third = await ensureEmbeddedNeo4j(config);
    expect(before.state).toBe("running");
    const pid = before.state === "running" ? before.pid : -1;
    for (const status of [first, second, third]) {
      expect(status).toMatchObject({ state: "running", startedNow: false, pid });
    }
    if (existsSync("/proc/self")) expect(launcherPidsFor(config.embedded.dataDir)).toHaveLength(1);
  });

  it("stops without leaving a JVM behind and starts again on the same data", async () => {
    const store = join(config.embedded.dataDir, "data", "databases", "neo4j");
    const storeInode = statSync(store).ino;
    try {
      const stopped = await stopEmbeddedNeo4j(config);
      expect(stopped.state).toBe("stopped");
      expect(existsSync(pidFile)).toBe(false);
      expect((await probeBolt("127.0.0.1", config.embedded.port)).kind).toBe("closed");
      if (existsSync("/proc/self")) expect(launcherPidsFor(config.embedded.dataDir)).toEqual([]);
      expect((await embeddedNeo4jStatus(config)).state).toBe("stopped");
    } finally {
      // Later test files share this server, so it is running again whatever happened above.
      const restarted = await startEmbeddedNeo4j(config);
      expect(restarted).toMatchObject({ state: "running", startedNow: true });
    }
    expect(statSync(store).ino).toBe(storeInode);
  }, 180_000);
});
