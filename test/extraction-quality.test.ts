/**
 * The extraction gate: the project's corpus (dev and test splits, test/corpus/) and, when
 * ../shared is beside the project, the five reference articles, each extracted and scored
 * against its hand gold by the project's scorer (eval/). Fails when a score drops below its
 * floor. Floors are the scores measured when the gate was set (test/corpus/floors.json), so
 * no change can make extraction worse on articles it was or was not written against.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readGoldFolder } from "../eval/gold.ts";
import { formatReport, scoreDocument, type ScoreReport } from "../eval/score.ts";
import { extractFiles } from "../ingest/index.ts";

const ROOT = resolve(import.meta.dirname, "..");
const SHARED = resolve(ROOT, "../shared");

interface ScoredSet {
  name: string;
  articles: string;
  gold: string;
}

const SETS: ScoredSet[] = [
  { name: "dev", articles: join(ROOT, "test/corpus/dev/articles"), gold: join(ROOT, "test/corpus/dev/gold") },
  {
    name: "test",
    articles: join(ROOT, "test/corpus/test/articles"),
    gold: join(ROOT, "test/corpus/test/gold"),
  },
  { name: "reference", articles: join(SHARED, "corpus/articles"), gold: join(SHARED, "gold") },
];

type Category = keyof ScoreReport;
/** Per set: the lowest F1 each category may score, and meeting date accuracy and nodes/meeting. */
type Floors = Record<string, Partial<Record<Category | "meetingDates" | "nodesPerMeeting", number>>>;
const FLOORS = JSON.parse(readFileSync(join(ROOT, "test/corpus/floors.json"), "utf8")) as Floors;

for (const set of SETS) {
  const present = existsSync(set.gold) && readdirSync(set.gold).some((file) => file.endsWith(".gold.json"));
  describe.skipIf(!present)(
    `extraction quality on the ${set.name} set${present ? "" : " (skipped: absent)"}`,
    () => {
      it("scores at or above every floor", async () => {
        const document = await extractFiles([set.articles]);
        const { report } = scoreDocument(readGoldFolder(set.gold), document);
        console.log(`${set.name}\n${formatReport(report)}`);
        const floors = FLOORS[set.name] ?? {};
        for (const [category, floor] of Object.entries(floors)) {
          if (category === "meetingDates")
            expect(report.meetings.dateAccuracy ?? 0, "meeting date accuracy").toBeGreaterThanOrEqual(floor);
          else if (category === "nodesPerMeeting")
            expect(report.meetings.nodesPerMeeting ?? 1, "nodes per real meeting").toBeLessThanOrEqual(floor);
          else expect(report[category as Category].f1, category).toBeGreaterThanOrEqual(floor);
        }
      }, 120_000);
    },
  );
}
