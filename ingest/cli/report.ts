/** What ingest prints: one error line per failed file, then a short summary. */
import type { IngestReport } from "./ingest-paths.ts";

/** `error: <file>: <reason>`, one line each, never a stack trace. */
export function formatFailures(report: IngestReport): string[] {
  return report.failures.map((f) => `error: ${f.file}: ${oneLine(f.reason)}`);
}

/** Articles by outcome, then what was written to the graph. */
export function formatSummary(report: IngestReport): string[] {
  const { ingested, unchanged, failed } = report.articles;
  const c = report.counters;
  const lines = [
    `Articles: ${ingested} ingested, ${unchanged} unchanged, ${failed} failed`,
    `Written: ${c.nodesCreated} nodes, ${c.relationshipsCreated} relationships`,
  ];
  // Re-ingesting a changed article replaces its facts; say so, or the counts look too high.
  if (c.nodesDeleted || c.relationshipsDeleted) {
    lines.push(`Replaced: ${c.nodesDeleted} nodes, ${c.relationshipsDeleted} relationships removed`);
  }
  if (report.warnings.length)
    lines.push(`Skipped ${report.warnings.length} facts that point at unknown entities`);
  return lines;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
