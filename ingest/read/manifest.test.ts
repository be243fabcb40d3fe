import { describe, expect, it } from "vitest";
import { parseManifest } from "./manifest.ts";

describe("parseManifest", () => {
  it("reads an array of entries keyed by their file field", () => {
    const manifest = parseManifest(
      JSON.stringify([
        {
          file: "a.txt",
          title: "A",
          published: "2025-04-11",
          outlet: "Wire",
          author: "Desk",
          url: "https://x.example/a",
        },
        { file: "b.txt", title: null, published: "2025-03" },
      ]),
      "manifest.json",
    );
    expect(manifest.get("a.txt")).toEqual({
      title: "A",
      published: "2025-04-11",
      outlet: "Wire",
      author: "Desk",
      url: "https://x.example/a",
    });
    expect(manifest.get("b.txt")).toMatchObject({ title: null, published: "2025-03", outlet: null });
  });

  it("reads an object keyed by file name", () => {
    const manifest = parseManifest(
      JSON.stringify({ "c.txt": { title: "C", date: "2022-01-21" } }),
      "manifest.json",
    );
    expect(manifest.get("c.txt")).toMatchObject({ title: "C", published: "2022-01-21" });
  });

  it("turns a numeric year into a string", () => {
    expect(
      parseManifest(JSON.stringify([{ file: "d.txt", published: 2025 }]), "m").get("d.txt")?.published,
    ).toBe("2025");
  });

  it("names the manifest when its JSON is invalid", () => {
    expect(() => parseManifest("[{ file: 'a.txt' }", "samples/manifest.json")).toThrow(
      /^samples\/manifest\.json: invalid JSON/,
    );
  });

  it("names the entry that has no file", () => {
    expect(() => parseManifest(JSON.stringify([{ file: "a.txt" }, { title: "no file" }]), "m.json")).toThrow(
      'm.json: entry 1 has no "file" string',
    );
  });

  it("refuses a manifest that is neither an array nor an object", () => {
    expect(() => parseManifest("42", "m.json")).toThrow("m.json: expected an array or an object");
  });
});
