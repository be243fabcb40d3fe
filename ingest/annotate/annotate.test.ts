import { describe, expect, it } from "vitest";
import { annotateDocument } from "./annotate.ts";

describe("annotateDocument", () => {
  const body =
    "Russian Foreign Minister Sergei Lavrov met Yu. Ushakov in Riyadh on February 17-18.\n" +
    "“We talked for hours,” Lavrov said. Two days later he flew home.";
  const doc = annotateDocument(body, "2025-02-20");

  it("gives every token its offsets, part of speech and lemma", () => {
    for (const t of doc.tokens) expect(body.slice(t.start, t.end)).toBe(t.text);
    const met = doc.tokens.find((t) => t.text === "met")!;
    expect(met.pos).toBe("VERB");
    expect(met.lemma).toBe("meet");
  });

  it("does not end a sentence after an initial and cuts at line breaks", () => {
    expect(doc.sentences.map((s) => s.text)).toEqual([
      "Russian Foreign Minister Sergei Lavrov met Yu. Ushakov in Riyadh on February 17-18.",
      "“We talked for hours,” Lavrov said.",
      "Two days later he flew home.",
    ]);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
    for (const s of doc.sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it("finds capitalised names and the speaker of a quotation", () => {
    expect(doc.names.map((n) => n.text)).toContain("Russian Foreign Minister Sergei Lavrov");
    expect(doc.names.map((n) => n.text)).toContain("Yu. Ushakov");
    expect(doc.quotations).toHaveLength(1);
    expect(doc.quotations[0]!.speaker?.text).toBe("Lavrov");
  });

  it("keeps a range as a range and dates 'two days later' from the narrative", () => {
    const [range, later] = doc.temporals;
    expect(range).toMatchObject({ value: "2025-02-17", valueEnd: "2025-02-18", anchor: "absolute" });
    expect(later).toMatchObject({ value: "2025-02-20", anchor: "narrative" });
  });

  it("dates a bare day of a past event before publication", () => {
    const d = annotateDocument("The two leaders met on 6 August.", "2026-02-10");
    expect(d.temporals[0]!.value).toBe("2025-08-06");
  });

  it("gives a bare day in a look-back paragraph the narrative's year", () => {
    const d = annotateDocument(
      "In March 2022, the delegations met in Istanbul. On March 29 they agreed a draft.",
      "2026-02-10",
    );
    expect(d.temporals.map((t) => t.value)).toEqual(["2022-03", "2022-03-29"]);
  });

  it("reads 'on Tuesday' relative to publication, forward for a planned event", () => {
    const past = annotateDocument("They met on Tuesday.", "2026-02-12");
    expect(past.temporals[0]).toMatchObject({ value: "2026-02-10", anchor: "publication" });
    const future = annotateDocument("They will meet on Tuesday.", "2026-02-12");
    expect(future.temporals[0]!.value).toBe("2026-02-17");
  });

  it("reads a weekday of a past event as the one before publication, never after", () => {
    // 2026-03-10 is a Tuesday: "met on Thursday" is 5 March, not 12 March.
    const past = annotateDocument("The envoy, who met the president on Thursday, said so.", "2026-03-10");
    expect(past.temporals[0]).toMatchObject({ value: "2026-03-05", anchor: "publication" });
  });

  it("gives an offset in whole weeks, months or years the period it names, not a computed day", () => {
    const d = annotateDocument(
      "Last time we met was two years ago. The envoys met last week. They will meet next month. They met a few days ago.",
      "2022-02-17",
    );
    expect(d.temporals.map((t) => t.value)).toEqual(["2020", "2022-02", "2022-03", "2022-02-14"]);
    // The week before Monday 7 February 2022 ran from 31 January: only its year is certain.
    expect(annotateDocument("The envoys met last week.", "2022-02-07").temporals[0]!.value).toBe("2022");
  });

  it("reads 'N years ago today' as the anniversary day, with no date of its own for 'today'", () => {
    const d = annotateDocument(
      "One year ago today, the president hosted the two leaders. The treaty was signed 30 years ago today.",
      "2026-08-08",
    );
    expect(d.temporals.map((t) => t.value)).toEqual(["2025-08-08", "1996-08-08"]);
  });

  it("keeps a hyphenated place with a lowercase particle as one name, not a hyphenated word", () => {
    const d = annotateDocument("They met at Mar-a-Lago, then in Rostov-on-Don, for a long-term deal.", null);
    expect(d.names.map((n) => n.text)).toEqual(["Mar-a-Lago", "Rostov-on-Don"]);
  });

  it("splits clauses at semicolons and before 'X said'", () => {
    const d = annotateDocument("Talks ended in Riyadh; Witkoff later met Putin, Peskov said.", null);
    expect(d.sentences[0]!.clauses.map((c) => body.length >= 0 && d.body.slice(c.start, c.end))).toEqual([
      "Talks ended in Riyadh",
      " Witkoff later met Putin",
      "Peskov said.",
    ]);
  });
});

describe("narrative time", () => {
  it("is not moved by a year in passing", () => {
    const d = annotateDocument(
      "Forces should go back to where they were in 1997 when the act was signed. The advisers met in Paris on January 26.",
      "2022-01-28",
    );
    expect(d.temporals.map((t) => t.value)).toEqual(["1997", "2022-01-26"]);
  });
});

describe("quotations", () => {
  it("leaves the speaker empty when the verb of saying has no named subject", () => {
    const d = annotateDocument("“We are ready,” said the minister of a neighbouring state.", null);
    expect(d.quotations).toHaveLength(1);
    expect(d.quotations[0]!.speaker).toBeNull();
  });
});

describe("the title sentence", () => {
  it("is annotated after the body, its text exactly the title, without moving the body's offsets", () => {
    const body = "The leaders exchanged views on the situation.";
    const title = "Telephone conversation with President of Ruritania Anna Example";
    const d = annotateDocument(body, "2022-05-28", title);
    expect(d.sentences.map((s) => s.text)).toEqual([body, title]);
    expect(d.sentences.map((s) => s.isTitle ?? false)).toEqual([false, true]);
    expect(d.sentences[0]!.start).toBe(0);
    expect(d.body.slice(d.sentences[1]!.start, d.sentences[1]!.end)).toBe(title);
    expect(d.names.some((n) => n.text.endsWith("Anna Example"))).toBe(true);
  });

  it("is absent when the article has no title", () => {
    const d = annotateDocument("The leaders met.", null, null);
    expect(d.sentences.some((s) => s.isTitle)).toBe(false);
  });
});
