import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, parseState, serializeState } from "./explorer-state.ts";

describe("explorer state in the URL", () => {
  it("keeps the default state out of the URL", () => {
    expect(serializeState(DEFAULT_STATE)).toBe("");
  });

  it("reopens a path view with its filters, layout and hidden nodes from a link", () => {
    const state = {
      ...DEFAULT_STATE,
      view: "path" as const,
      pathFrom: "person:a",
      pathTo: "person:b",
      layout: "circle" as const,
      hidden: ["x", "y"],
      filters: {
        ...DEFAULT_STATE.filters,
        from: "2025-02-01",
        to: "2025-03",
        kinds: ["Person" as const],
        status: "held" as const,
        minConfidence: 0.5,
      },
    };
    expect(parseState(serializeState(state))).toEqual(state);
  });

  it("falls back to defaults for unknown views, bad dates and out-of-range numbers", () => {
    const state = parseState("?view=nope&from=yesterday&depth=9&conf=7&quote=a-b");
    expect(state).toMatchObject({
      view: "network",
      depth: 3,
      quote: null,
      filters: { from: null, minConfidence: 1 },
    });
  });
});
