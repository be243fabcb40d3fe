/**
 * Everything about running the launcher on a JVM: finding a Java that is new enough,
 * building the launcher with Maven when its jar is missing, and the command line.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LAUNCHER_MAIN_CLASS } from "./launcher-process.ts";

/** Neo4j 5.26 runs on Java 17 and 21. */
const MIN_JAVA = 17;

export const LAUNCHER_DIR = fileURLToPath(new URL("../../neo4j-launcher", import.meta.url));
const TARGET = join(LAUNCHER_DIR, "target");
export const LAUNCHER_JAR = join(TARGET, "neo4j-launcher.jar");

// What Neo4j 5.26's own conf/neo4j.conf passes via server.jvm.additional, minus profiling
// and pre-touch options that only make sense for a dedicated server.
const NEO4J_JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-XX:+ExitOnOutOfMemoryError",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
];

/** The java command line (without "java") that runs the launcher. */
export function launcherJavaArgs(options: {
  heap: string;
  dataDir: string;
  port: number;
  pidFile: string;
}): string[] {
  return [
    // Neo4j warns unless initial and maximum heap are set; equal sizes avoid resizing pauses.
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    ...NEO4J_JVM_FLAGS,
    "-cp",
    [LAUNCHER_JAR, join(TARGET, "lib", "*")].join(delimiter),
    LAUNCHER_MAIN_CLASS,
    "--data-dir",
    options.dataDir,
    "--port",
    String(options.port),
    "--pid-file",
    options.pidFile,
  ];
}

/** Fails with a message a user can act on when java is missing or older than 17. */
export async function assertJavaAvailable(): Promise<void> {
  let output: string;
  try {
    output = (await run("java", ["-version"])).output;
  } catch {
    throw new Error(
      `Java ${MIN_JAVA} or newer is needed for the embedded Neo4j, but 'java' was not found on PATH. Install a JDK ${MIN_JAVA}+ or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
  const major = parseJavaMajor(output);
  if (major === null || major < MIN_JAVA) {
    const found = output.split("\n")[0]?.trim() ?? "unknown";
    throw new Error(
      `Java ${MIN_JAVA} or newer is needed for the embedded Neo4j; found: ${found}. Install a JDK ${MIN_JAVA}+ or set NEO4J_URI.`,
    );
  }
}

/** Reads the major version from `java -version` output ("1.8.0_392" is 8, "17.0.15" is 17). */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Builds the launcher with Maven when its jar is missing (first run, or after a clean). */
export async function ensureLauncherBuilt(): Promise<void> {
  if (existsSync(LAUNCHER_JAR) && existsSync(join(TARGET, "lib"))) return;
  process.stderr.write(
    "Neo4j launcher jar not found; building it with Maven (first run only, needs network for ~120 MB of jars)...\n",
  );
  const pom = join(LAUNCHER_DIR, "pom.xml");
  let result: { code: number | null; output: string };
  try {
    result = await run("mvn", ["-q", "-B", "-f", pom, "package", "-DskipTests"]);
  } catch {
    throw new Error(
      "Building the Neo4j launcher needs Maven ('mvn' was not found on PATH). Install Maven 3.8+ or set NEO4J_URI to use an existing Neo4j.",
    );
  }
  if (result.code !== 0 || !existsSync(LAUNCHER_JAR)) {
    throw new Error(`Maven build of ${pom} failed (exit ${result.code}):\n${result.output.slice(-4_000)}`);
  }
  process.stderr.write("Neo4j launcher built.\n");
}

/** Runs a command to completion, collecting stdout and stderr; rejects only if it cannot start. */
function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, output }));
  });
}
