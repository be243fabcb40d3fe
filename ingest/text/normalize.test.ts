import { describe, expect, it } from "vitest";
import { givenNamesCompatible, nameKey } from "./normalize.ts";

describe("nameKey", () => {
  it("folds transliteration variants of one name together", () => {
    expect(nameKey("Yury Ushakov")).toBe(nameKey("Yuri Ushakov"));
    expect(nameKey("Sergey Lavrov")).toBe(nameKey("Sergei Lavrov"));
    expect(nameKey("Dmitri Peskov")).toBe(nameKey("Dmitry Peskov"));
    expect(nameKey("Andriy Sybiha")).toBe(nameKey("Andrii Sybiha"));
  });
  it("keeps different names apart", () => {
    expect(nameKey("Sergei Lavrov")).not.toBe(nameKey("Sergei Ryabkov"));
    expect(nameKey("Ivan Ivanov")).not.toBe(nameKey("Igor Ivanov"));
  });
});

describe("givenNamesCompatible", () => {
  it("matches initials, short forms and spellings of one given name", () => {
    expect(givenNamesCompatible("S.", "Sergei")).toBe(true);
    expect(givenNamesCompatible("Yu.", "Yuri")).toBe(true);
    expect(givenNamesCompatible("Steve", "Stephen")).toBe(true);
    expect(givenNamesCompatible("Yury", "Yuri")).toBe(true);
  });
  it("refuses different given names", () => {
    expect(givenNamesCompatible("Ivan", "Igor")).toBe(false);
    expect(givenNamesCompatible("K.", "Sergei")).toBe(false);
  });
});
