/**
 * The project's scorer (eval/) gives the same report as the commissioning scorer,
 * ../shared/eval/score.mjs, on the reference articles, so scores quoted from either agree.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readGoldFolder } from "../eval/gold.ts";
import { scoreDocument } from "../eval/score.ts";
import { extractFiles } from "../ingest/index.ts";

const SHARED = resolve(import.meta.dirname, "../../shared");

describe.skipIf(!existsSync(join(SHARED, "eval/score.mjs")))(
  "the project's scorer against ../shared/eval/score.mjs (skipped: ../shared is absent)",
  () => {
    it("reports the same numbers on the reference articles", async () => {
      const document = await extractFiles([join(SHARED, "corpus/articles")]);
      const folder = mkdtempSync(join(tmpdir(), "dge-parity-"));
      try {
        const file = join(folder, "graph.json");
        writeFileSync(file, JSON.stringify(document));
        const theirs = JSON.parse(
          execFileSync(
            process.execPath,
            [join(SHARED, "eval/score.mjs"), "--gold", join(SHARED, "gold"), "--extracted", file, "--json"],
            { encoding: "utf8" },
          ),
        ) as { report: unknown };
        const ours = scoreDocument(readGoldFolder(join(SHARED, "gold")), document).report;
        expect(ours).toEqual(theirs.report);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  },
);
