import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "./explorer-state.ts";
import { dateInRange, passesFilters, serverFilterArgs } from "./filters.ts";

describe("filters", () => {
  it("reads a partial date as the whole month or year, as the server does", () => {
    expect(dateInRange("2025-02", "2025-02-15", null)).toBe(true);
    expect(dateInRange("2025", null, "2025-01-01")).toBe(true);
    expect(dateInRange("2025-02-14", "2025-02-15", null)).toBe(false);
  });

  it("hides dated nodes outside the range, switched-off kinds and other countries' people", () => {
    const filters = {
      ...DEFAULT_FILTERS,
      from: "2025-01-01",
      kinds: DEFAULT_FILTERS.kinds.filter((k) => k !== "Proposal"),
      country: "Italy",
    };
    expect(passesFilters({ kind: "Meeting", date: "2024-12-31" }, filters)).toBe(false);
    expect(passesFilters({ kind: "Meeting", date: "2025-01-02" }, filters)).toBe(true);
    expect(passesFilters({ kind: "Proposal", date: "2025-01-02" }, filters)).toBe(false);
    expect(passesFilters({ kind: "Person", country: "Spain" }, filters)).toBe(false);
    expect(passesFilters({ kind: "Person", country: null }, filters)).toBe(true);
  });

  it("keeps only meetings with the chosen status", () => {
    const planned = { ...DEFAULT_FILTERS, status: "planned" as const };
    expect(passesFilters({ kind: "Meeting", status: "held" }, planned)).toBe(false);
    expect(passesFilters({ kind: "Meeting", status: "planned" }, planned)).toBe(true);
  });

  it("sends the server only the filters that are set, without status where it means a proposal status", () => {
    const filters = { ...DEFAULT_FILTERS, to: "2025-06-30", status: "held" as const, minConfidence: 0.4 };
    expect(serverFilterArgs(filters)).toEqual({ to: "2025-06-30", status: "held", minConfidence: 0.4 });
    expect(serverFilterArgs(filters, false)).toEqual({ to: "2025-06-30", minConfidence: 0.4 });
  });
});
