import { describe, expect, it } from "vitest";
import { buildFulltextQuery, escapeLucene } from "./lucene.ts";

describe("escapeLucene", () => {
  it("escapes every Lucene operator character", () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it("leaves letters, digits and spaces alone", () => {
    expect(escapeLucene("Sergei Lavrov 2025")).toBe("Sergei Lavrov 2025");
  });
});

describe("buildFulltextQuery", () => {
  it("matches each word exactly, as a prefix, or fuzzily", () => {
    expect(buildFulltextQuery("Lavrov")).toBe("(lavrov^3 OR lavrov* OR lavrov~1)");
  });

  it("requires every word and skips fuzzy matching for short words", () => {
    expect(buildFulltextQuery("Yu Ushakov")).toBe("(yu^3 OR yu*) AND (ushakov^3 OR ushakov* OR ushakov~1)");
  });

  it("splits hyphenated names the way the index analyzer does", () => {
    expect(buildFulltextQuery("al-Sudani")).toBe("(al^3 OR al*) AND (sudani^3 OR sudani* OR sudani~1)");
  });

  it("neutralises operators typed by the user", () => {
    expect(buildFulltextQuery('name:"x" OR *')).toBe(
      "(name^3 OR name* OR name~1) AND (x^3 OR x*) AND (or^3 OR or*)",
    );
  });

  it("keeps non-Latin letters", () => {
    expect(buildFulltextQuery("Лавров")).toBe("(лавров^3 OR лавров* OR лавров~1)");
  });

  it("returns null when nothing searchable remains", () => {
    expect(buildFulltextQuery("  ?! ** ")).toBeNull();
  });
});
