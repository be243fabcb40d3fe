/**
 * The launcher JVM as an OS process: its pid file, whether it is alive, and waiting for it
 * to exit. The JVM writes the pid file itself once Bolt is up and removes it on shutdown.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

/** Marks the launcher's command line, so a recycled pid is never mistaken for ours. */
export const LAUNCHER_MAIN_CLASS = "org.diplomaticgraph.launcher.EmbeddedNeo4j";

/** Reads the pid from the pid file, or null when there is none or it is unreadable. */
export function readPidFile(pidFile: string): number | null {
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export function removePidFile(pidFile: string): void {
  rmSync(pidFile, { force: true });
}

/**
 * True when pid is a live launcher JVM. On Linux /proc lets us check the command line and
 * skip zombies (an exited child that Node has not reaped yet still answers signal 0).
 */
export function isLauncherAlive(pid: number): boolean {
  const proc = `/proc/${pid}`;
  if (existsSync("/proc/self")) {
    try {
      const stat = readFileSync(`${proc}/stat`, "utf8");
      const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
      if (state === "Z" || state === "X") return false;
      return readFileSync(`${proc}/cmdline`, "utf8").includes(LAUNCHER_MAIN_CLASS);
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    // ESRCH (gone) or EPERM (someone else's process): either way not a launcher we manage.
    return false;
  }
}

/** Polls until the process is gone; returns false if it is still alive after timeoutMs. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isLauncherAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}
