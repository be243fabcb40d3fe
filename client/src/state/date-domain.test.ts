import { describe, expect, it } from "vitest";
import { dateDomain } from "./date-domain.ts";

const spring = ["2025-02-18", "2025-03-01", "2025-03-10", "2025-03-11", "2025-04-02", "2025-04-20"];

describe("dateDomain", () => {
  it("spans the data when nothing is far from the rest", () => {
    expect(dateDomain([...spring].reverse())).toEqual({
      first: "2025-02-18",
      last: "2025-04-20",
      earlier: [],
      later: [],
    });
  });

  it("sets a date far from the rest apart as an outlier instead of stretching the span", () => {
    expect(dateDomain(["1939-09-01", ...spring, "2031"])).toEqual({
      first: "2025-02-18",
      last: "2025-04-20",
      earlier: ["1939-09-01"],
      later: ["2031"],
    });
  });

  it("keeps next month in a tight week's span, and a handful of dates whole", () => {
    const week = ["2025-03-10", "2025-03-10", "2025-03-11", "2025-03-12", "2025-03-14", "2025-04-20"];
    expect(dateDomain(week)?.later).toEqual([]);
    expect(dateDomain(["1939", "2025-03-10", "2025-03-11"])).toMatchObject({ first: "1939", earlier: [] });
    expect(dateDomain([])).toBeNull();
  });
});
