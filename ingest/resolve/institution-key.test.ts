import { describe, expect, it } from "vitest";
import { institutionKey } from "./institution-key.ts";

describe("institutionKey", () => {
  it("compares a ministry 'of' its portfolio with the short form, in either spelling", () => {
    expect(institutionKey("Chilean Ministry of Defense")).toBe(institutionKey("Chilean Defence Ministry"));
    expect(institutionKey("Ministry of Foreign Affairs")).toBe(institutionKey("Foreign Ministry"));
  });

  it("compares a state's body 'of' the country with the demonym form", () => {
    expect(institutionKey("Ministry of Foreign Affairs of Iran")).toBe(
      institutionKey("Iranian Foreign Ministry"),
    );
    expect(institutionKey("Atomic Energy Organization of Iran")).toBe(
      institutionKey("Iranian Atomic Energy Organization"),
    );
    expect(institutionKey("Department of State")).toBe(institutionKey("State Department"));
  });

  it("puts the two sides of a bilateral body in one order", () => {
    expect(institutionKey("Chile-Peru Commission")).toBe(institutionKey("Peru-Chile Commission"));
  });

  it("keeps different bodies apart", () => {
    expect(institutionKey("Ministry of Defence")).not.toBe(institutionKey("Ministry of Finance"));
  });
});
