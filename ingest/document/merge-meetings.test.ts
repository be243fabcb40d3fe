import { describe, expect, it } from "vitest";
import { datesAgree, mergeMeetings, type MeetingDraft } from "./merge-meetings.ts";

const draft = (overrides: Partial<MeetingDraft>): MeetingDraft => ({
  kind: "talks",
  date: null,
  dateEnd: null,
  place: null,
  status: "held",
  participants: new Set(["person:a", "person:b"]),
  countries: new Set(),
  evidence: [],
  articleId: "article:1",
  confidence: 0.7,
  ...overrides,
});

describe("datesAgree", () => {
  it("takes a day inside a range and a month containing the day as the same date", () => {
    const range = { date: "2025-02-17", dateEnd: "2025-02-18" };
    expect(datesAgree(range, { date: "2025-02-18", dateEnd: null })).toBe(true);
    expect(datesAgree({ date: "2025-02", dateEnd: null }, { date: "2025-02-18", dateEnd: null })).toBe(true);
    expect(datesAgree(range, { date: "2025-02-19", dateEnd: null })).toBe(false);
  });
});

describe("mergeMeetings", () => {
  it("makes the two days of a two-day meeting one meeting that keeps its range", () => {
    const merged = mergeMeetings([
      draft({ date: "2025-02-17", dateEnd: "2025-02-18", articleId: "article:1" }),
      draft({ date: "2025-02-18", articleId: "article:2" }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ date: "2025-02-17", dateEnd: "2025-02-18" });
  });

  it("keeps the more specific kind: talks over a briefing about them", () => {
    const merged = mergeMeetings([
      draft({ kind: "briefing", date: "2025-02-18" }),
      draft({ kind: "talks", date: "2025-02-18" }),
    ]);
    expect(merged.map((m) => m.kind)).toEqual(["talks"]);
  });

  it("keeps meetings in different cities on the same day apart when two articles report them", () => {
    const merged = mergeMeetings([
      draft({ date: "2025-02-18", place: "Riyadh", articleId: "article:1" }),
      draft({ date: "2025-02-18", place: "Washington", articleId: "article:2" }),
    ]);
    expect(merged).toHaveLength(2);
  });
});
