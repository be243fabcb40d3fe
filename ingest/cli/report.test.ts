import { describe, expect, it } from "vitest";
import type { IngestReport } from "./ingest-paths.ts";
import { formatFailures, formatSummary } from "./report.ts";

function buildReport(overrides: Partial<IngestReport> = {}): IngestReport {
  return {
    articles: { ingested: 3, unchanged: 1, failed: 2 },
    failures: [],
    counters: {
      nodesCreated: 40,
      nodesDeleted: 0,
      relationshipsCreated: 90,
      relationshipsDeleted: 0,
      propertiesSet: 300,
    },
    warnings: [],
    ...overrides,
  };
}

describe("formatSummary", () => {
  it("says how many articles were ingested, unchanged and failed, and what was written", () => {
    expect(formatSummary(buildReport())).toEqual([
      "Articles: 3 ingested, 1 unchanged, 2 failed",
      "Written: 40 nodes, 90 relationships",
    ]);
  });

  it("mentions what a re-ingested article replaced, and skipped facts", () => {
    const lines = formatSummary(
      buildReport({
        counters: {
          nodesCreated: 5,
          nodesDeleted: 2,
          relationshipsCreated: 9,
          relationshipsDeleted: 7,
          propertiesSet: 0,
        },
        warnings: ["x", "y"],
      }),
    );
    expect(lines).toContain("Replaced: 2 nodes, 7 relationships removed");
    expect(lines).toContain("Skipped 2 facts that point at unknown entities");
  });
});

describe("formatFailures", () => {
  it("gives one line per failed file, even for a reason spanning lines", () => {
    const report = buildReport({
      failures: [
        { file: "a/empty.txt", reason: "file is empty" },
        { file: "a/broken.md", reason: "invalid YAML front matter: bad\n  at line 2" },
      ],
    });
    expect(formatFailures(report)).toEqual([
      "error: a/empty.txt: file is empty",
      "error: a/broken.md: invalid YAML front matter: bad at line 2",
    ]);
  });
});
