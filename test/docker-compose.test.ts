/**
 * Docker cannot run in CI here, so these tests check that docker-compose.yml and the Dockerfile
 * agree with the app's own configuration rather than starting the containers.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CONFIG_ENV_NAMES, readConfig } from "../common/config.ts";

const root = new URL("../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string | number | boolean | null>;
  ports?: string[];
  healthcheck?: { test?: string[] | string };
  depends_on?: Record<string, { condition?: string }>;
}
const compose = parse(read("docker-compose.yml")) as { services: Record<string, ComposeService> };
const neo4j = compose.services["neo4j"];
const app = compose.services["app"];

/** Compose's `${VAR:-default}` interpolation, as on a machine where VAR is not set. */
function interpolate(value: string | number | boolean | null): string {
  return String(value ?? "").replace(
    /\$\{(\w+)(?::?-([^}]*))?\}/g,
    (_, _name: string, fallback?: string) => fallback ?? "",
  );
}

function environmentOf(service: ComposeService | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(service?.environment ?? {}).map(([k, v]) => [k, interpolate(v)]));
}

/** Container-side ports from short syntax ("4000:4000", "127.0.0.1:7687:7687"). */
function containerPorts(service: ComposeService | undefined): number[] {
  return (service?.ports ?? []).map((p) => Number(String(p).split(":").at(-1)));
}

describe("docker-compose.yml", () => {
  it("runs Neo4j 5.26 community, the same LTS line as the embedded launcher", () => {
    expect(neo4j?.image).toBe("neo4j:5.26-community");
    const launcherVersion = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(
      read("neo4j-launcher/pom.xml"),
    )?.[1];
    expect(launcherVersion).toMatch(/^5\.26\./);
  });

  it("gives the app only environment variables that readConfig knows", () => {
    const unknown = Object.keys(environmentOf(app)).filter((name) => !CONFIG_ENV_NAMES.includes(name));
    expect(unknown).toEqual([]);
  });

  it("points the app at the neo4j service, so nothing embedded is started", () => {
    const config = readConfig(environmentOf(app));
    expect(config.neo4j.embedded).toBe(false);
    expect(config.neo4j.uri).toBe("bolt://neo4j:7687");
    expect(config.env).toBe("production");
  });

  it("logs the app in with the user and password that NEO4J_AUTH sets on the server", () => {
    const config = readConfig(environmentOf(app));
    const [user, password] = (environmentOf(neo4j)["NEO4J_AUTH"] ?? "").split("/");
    expect(config.neo4j.user).toBe(user);
    expect(config.neo4j.password).toBe(password);
    expect(password?.length ?? 0).toBeGreaterThanOrEqual(8); // Neo4j 5 refuses shorter ones
    // Both sides read the same variable, so setting NEO4J_PASSWORD changes them together.
    expect(neo4j?.environment?.["NEO4J_AUTH"]).toContain("${NEO4J_PASSWORD");
    expect(app?.environment?.["NEO4J_PASSWORD"]).toContain("${NEO4J_PASSWORD");
  });

  it("publishes the Bolt port the app's URI uses, and the Neo4j browser", () => {
    const boltPort = Number(new URL(readConfig(environmentOf(app)).neo4j.uri).port);
    expect(containerPorts(neo4j)).toEqual(expect.arrayContaining([boltPort, 7474]));
  });

  it("publishes the port the app listens on (PORT) and the Dockerfile exposes", () => {
    const { port } = readConfig(environmentOf(app)).http;
    expect(containerPorts(app)).toContain(port);
    expect(read("Dockerfile")).toMatch(new RegExp(`^EXPOSE ${port}$`, "m"));
  });

  it("listens on every interface inside the container (the default is loopback only)", () => {
    expect(readConfig({}).http.host).toBe("127.0.0.1");
    expect(readConfig(environmentOf(app)).http.host).toBe("0.0.0.0");
  });

  it("has an ingest profile: two shards of one folder into the neo4j service, together every shard", () => {
    const workers = ["ingest-1", "ingest-2"].map((name) => compose.services[name]);
    const shards = workers.map((w) => {
      const command = (w as { command?: string[] } | undefined)?.command ?? [];
      expect(command.slice(0, 5)).toEqual(["npm", "run", "ingest", "--", "/articles"]);
      expect(Object.keys(environmentOf(w)).filter((name) => !CONFIG_ENV_NAMES.includes(name))).toEqual([]);
      expect(readConfig(environmentOf(w)).neo4j.uri).toBe("bolt://neo4j:7687");
      expect(w?.depends_on?.["neo4j"]?.condition).toBe("service_healthy");
      return command[command.indexOf("--shard") + 1];
    });
    expect(shards).toEqual(["1/2", "2/2"]);
  });

  it("starts the app only once Neo4j reports healthy", () => {
    expect(neo4j?.healthcheck?.test).toBeDefined();
    expect(app?.depends_on?.["neo4j"]?.condition).toBe("service_healthy");
  });
});

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;

  it("builds the client and serves with npm scripts that exist", () => {
    expect(dockerfile).toMatch(/^FROM node:20\b/m);
    expect(dockerfile).toMatch(/^RUN npm ci$/m);
    expect(dockerfile).toMatch(/^RUN npm run build:client$/m);
    expect(dockerfile).toMatch(/^CMD \["npm", ?"run", ?"serve"\]$/m);
    expect(scripts["build:client"]).toBeDefined();
    expect(scripts["serve"]).toBeDefined();
  });

  it("sets HOST=0.0.0.0 so the image answers on its published port", () => {
    expect(dockerfile).toMatch(/^ENV HOST=0\.0\.0\.0$/m);
  });

  it("leaves local state out of the build context", () => {
    const ignored = read(".dockerignore")
      .split("\n")
      .map((line) => line.trim());
    expect(ignored).toEqual(
      expect.arrayContaining(["node_modules", "data", ".env", "neo4j-launcher/target"]),
    );
  });
});
