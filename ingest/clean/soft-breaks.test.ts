import { describe, expect, it } from "vitest";
import { joinMarkdownSoftBreaks, unwrapHardWrappedText } from "./soft-breaks.ts";

describe("joinMarkdownSoftBreaks", () => {
  it("joins a paragraph broken across lines, so 'Riyadh on\\n18 February' reads as one phrase", () => {
    expect(joinMarkdownSoftBreaks("The ministers met in Riyadh on\n18 February.\n\nNext paragraph.")).toBe(
      "The ministers met in Riyadh on 18 February.\n\nNext paragraph.",
    );
  });

  it("keeps headings, list items and hard breaks on their own lines", () => {
    const md = "# Title\nFirst line\n- item one\n- item two\n\nline with hard break  \nnext";
    expect(joinMarkdownSoftBreaks(md)).toBe(
      "# Title\nFirst line\n- item one\n- item two\n\nline with hard break  \nnext",
    );
  });
});

describe("unwrapHardWrappedText", () => {
  it("unwraps text wrapped at a fixed width", () => {
    const wrapped = [
      "The foreign ministers of the two countries met in",
      "Vienna on Monday to discuss a draft agreement on the",
      "exchange of prisoners, officials said after the talks",
      "ended late in the evening.",
      "",
      "A second round is planned for next month in Geneva,",
      "according to a statement issued by the host country",
      "on Tuesday morning.",
    ].join("\n");
    expect(unwrapHardWrappedText(wrapped).split("\n\n")[0]).toBe(
      "The foreign ministers of the two countries met in Vienna on Monday to discuss a draft agreement on the exchange of prisoners, officials said after the talks ended late in the evening.",
    );
  });

  it("leaves one-paragraph-per-line text alone", () => {
    const text = [
      "First paragraph is one long line that ends with a full stop.",
      "Second one also ends properly.",
      "Third.",
    ].join("\n");
    expect(unwrapHardWrappedText(text)).toBe(text);
  });
});
