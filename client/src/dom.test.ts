import { describe, expect, it } from "vitest";
import { safeHref } from "./dom.ts";

describe("safeHref", () => {
  it("keeps http and https article links", () => {
    expect(safeHref("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
  });

  it("refuses javascript: and unparsable URLs, so article data cannot run script", () => {
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("not a url")).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});
