import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../types.ts";
import { buildTimelineElements } from "./timeline.ts";

const event = (id: string, date: string, kind: TimelineEvent["kind"] = "Meeting"): TimelineEvent => ({
  id,
  date,
  kind,
  label: id,
  status: kind === "Meeting" ? "held" : "tabled",
});

describe("timeline elements", () => {
  const elements = buildTimelineElements([
    event("late", "2025-03-01"),
    event("early", "2025-02-01"),
    event("plan", "2025-02-01", "Proposal"),
  ]);
  const at = (id: string) => elements.find((e) => e.data.id === id)?.position;

  it("runs time left to right, meetings above the axis and proposals below", () => {
    expect(at("early")?.x).toBeLessThan(at("late")?.x ?? 0);
    expect(at("early")?.y).toBeLessThan(0);
    expect(at("plan")?.y).toBeGreaterThan(0);
  });

  it("puts a month tick on the axis for each month with events", () => {
    expect(
      elements.filter((e) => e.classes === "axis" && e.group === "nodes").map((e) => e.data["label"]),
    ).toEqual(["Feb 2025", "Mar 2025"]);
  });

  it("keeps a day in one column and folds a crowded day into a count", () => {
    const crowded = buildTimelineElements(
      Array.from({ length: 7 }, (_, i) => event(`m${i}`, "2025-02-01")).concat(event("next", "2025-02-02")),
    );
    const days = crowded.filter((e) => e.data["date"] === "2025-02-01" && e.position);
    expect(new Set(days.map((e) => e.position?.x)).size).toBe(1);
    const stack = crowded.find((e) => String(e.data.id).startsWith("stack:"));
    expect(stack?.data["label"]).toContain("+4 more meetings");
    expect(crowded.filter((e) => e.classes?.includes("folded"))).toHaveLength(4);
  });

  it("marks a long quiet spell on the axis instead of stretching it", () => {
    const far = buildTimelineElements([event("old", "2022-01-10"), event("new", "2025-02-01")]);
    expect(far.find((e) => e.classes === "axis gap")?.data["label"]).toContain("3 years");
    expect((at("late")?.x ?? 0) - (at("early")?.x ?? 0)).toBeLessThan(400);
  });
});
