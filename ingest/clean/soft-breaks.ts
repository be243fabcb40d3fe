/** Line breaks that are layout, not structure: Markdown soft breaks and hard-wrapped plain text. */

const BLOCK_START = /^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|```|~~~|\||([-*_]\s*){3,}$)/;

/** Joins the lines of each Markdown paragraph (a soft break is a space); headings, lists, quotes and hard breaks stay. */
export function joinMarkdownSoftBreaks(md: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of md.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const prev = out[out.length - 1];
    const continues =
      !inFence &&
      prev !== undefined &&
      prev.trim() !== "" &&
      line.trim() !== "" &&
      !BLOCK_START.test(line) &&
      !/^\s*#{1,6}\s/.test(prev) &&
      !/( {2}|\\)$/.test(prev);
    if (continues) out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    else out.push(line);
  }
  return out.join("\n");
}

/**
 * Plain text wrapped at a fixed width (e-mail, newswire) has most lines of similar length
 * ending mid-sentence, and paragraphs separated by blank lines. Such text is unwrapped;
 * text with one paragraph per line is left as it is.
 */
export function unwrapHardWrappedText(text: string): string {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  if (lines.length < 6 || !/\n\s*\n/.test(text)) return text;
  const widths = lines.map((l) => l.length).sort((a, b) => a - b);
  const typical = widths[Math.floor(widths.length * 0.8)]!;
  if (typical > 120 || typical < 40) return text;
  const nearWidth =
    lines.filter((l) => l.length >= typical * 0.7 && l.length <= typical + 2).length / lines.length;
  const midSentence = lines.filter((l) => !/[.!?:"”’)]\s*$/.test(l)).length / lines.length;
  if (nearWidth < 0.6 || midSentence < 0.4) return text;
  return text
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean)
        .join(" "),
    )
    .join("\n\n");
}
