/** Quotations and their speakers: “…,” Lavrov said / Lavrov said: “…” / "…," he told reporters. */
import type { NameSpan, Quotation, TextSpan } from "./types.ts";

const QUOTE_PAIRS = /“[^”]*”|«[^»]*»|"[^"]*"/g;
const SAYING =
  "said|says|told|added|declared|stated|replied|noted|stressed|insisted|warned|wrote|asked|explained|announced|continued";
/** A speaker after the quote: `, Lavrov said` or `, said Lavrov`. */
const SPEAKER_AFTER = new RegExp(
  String.raw`^[\s,.]*(?:(?<pre>he|she|they)\s+|(?<name>X)\s+)?(?:${SAYING})\b(?:\s+(?<post>X))?`,
  "i",
);
/** A speaker before the quote: `Lavrov said:` or `Lavrov told reporters:`. */
const SPEAKER_BEFORE = new RegExp(String.raw`(?<name>X)\s+(?:${SAYING})\b[^“"«]{0,40}[:,]\s*$`, "i");

/** Quotations of one sentence with their speakers, when a verb of saying ties one to them. */
export function findQuotations(
  sentenceText: string,
  sentenceStart: number,
  sentenceIndex: number,
  names: NameSpan[],
): Quotation[] {
  const out: Quotation[] = [];
  // Replace each name by a placeholder "X" of the same length, so the patterns can say "a name".
  let masked = sentenceText;
  for (const n of names) {
    const a = n.start - sentenceStart;
    masked = masked.slice(0, a) + "X".padEnd(n.end - n.start, "\u0000") + masked.slice(n.end - sentenceStart);
  }
  const maskedFor = (re: RegExp): RegExp => new RegExp(re.source.replaceAll("X", "X\\u0000*"), re.flags);
  const after = maskedFor(SPEAKER_AFTER);
  const before = maskedFor(SPEAKER_BEFORE);
  const nameAt = (offset: number): TextSpan | null => {
    const n = names.find((x) => x.start === sentenceStart + offset);
    return n ? { start: n.start, end: n.end, text: n.text } : null;
  };
  for (const m of sentenceText.matchAll(QUOTE_PAIRS)) {
    const start = sentenceStart + m.index;
    const end = start + m[0].length;
    let speaker: TextSpan | null = null;
    const tail = masked.slice(m.index + m[0].length);
    const a = after.exec(tail);
    const group = a?.groups?.["name"] ? "name" : a?.groups?.["post"] ? "post" : "pre";
    const value = a?.groups?.[group];
    if (a && value) {
      const offset = m.index + m[0].length + a.index + a[0].indexOf(value);
      speaker =
        group === "pre"
          ? { start: sentenceStart + offset, end: sentenceStart + offset + value.length, text: value }
          : nameAt(offset);
    } else {
      const b = before.exec(masked.slice(0, m.index));
      if (b?.groups?.["name"]) speaker = nameAt(b.index);
    }
    out.push({ start, end, text: m[0], sentence: sentenceIndex, speaker });
  }
  return out;
}
