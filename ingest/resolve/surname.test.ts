import { describe, expect, it } from "vitest";
import { foldSurname } from "./surname.ts";

describe("foldSurname", () => {
  it("sets an Arabic article aside, so 'al-Sabah' and 'Sabah' meet", () => {
    expect(foldSurname("al-Sabah")).toBe(foldSurname("Sabah"));
    expect(foldSurname("Al-Sabah")).toBe(foldSurname("Sabah"));
  });

  it("leaves other hyphenated names whole", () => {
    expect(foldSurname("Smith-Jones")).not.toBe(foldSurname("Jones"));
  });
});
