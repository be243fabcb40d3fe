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
});
