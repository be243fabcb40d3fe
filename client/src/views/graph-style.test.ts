import { describe, expect, it } from "vitest";
import { graphStyle, LABELLED, MIN_ZOOMED_FONT_PX } from "./graph-style.ts";

const rule = (large: boolean, selector: string): Record<string, unknown> | undefined =>
  graphStyle("light", large, 1).find((r) => r.selector === selector)?.style as
    Record<string, unknown> | undefined;

describe("graphStyle", () => {
  it("names the nodes of a small graph in the plain node rule", () => {
    expect(rule(false, "node")?.["label"]).toBe("data(label)");
    expect(rule(false, `node.${LABELLED}`)).toBeUndefined();
  });

  it("names a big graph's nodes only through the labelled rule, drawn from the same minimum size", () => {
    expect(rule(true, "node")?.["label"]).toBeUndefined();
    expect(rule(true, `node.${LABELLED}`)?.["label"]).toBe("data(label)");
    expect(rule(true, `node.${LABELLED}`)?.["min-zoomed-font-size"]).toBe(MIN_ZOOMED_FONT_PX);
  });

  it("puts the labelled rule before the rules that restyle names (lineage boxes)", () => {
    const selectors = graphStyle("light", true).map((r) => r.selector);
    expect(selectors.indexOf(`node.${LABELLED}`)).toBeLessThan(selectors.indexOf("node.box"));
  });
});
