/** Bytes → text: BOMs, UTF-16, legacy 8-bit encodings; refuses binary data. */
import chardet from "chardet";
import iconv from "iconv-lite";

export class UnreadableArticleError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "UnreadableArticleError";
  }
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf8" },
  { bytes: [0xff, 0xfe], encoding: "utf16le" },
  { bytes: [0xfe, 0xff], encoding: "utf16be" },
];

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

/** UTF-16 without a BOM shows as NUL bytes in every other position. */
function sniffUtf16(buf: Uint8Array): string | null {
  const n = Math.min(buf.length, 2000) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return "utf16le";
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return "utf16be";
  return null;
}

function isValidUtf8(buf: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** Share of control characters that never occur in text (NUL, and C0 codes other than tab/newlines). */
function controlShare(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) bad++;
  }
  return text.length ? bad / text.length : 0;
}

/** Decodes article bytes to a string, or throws UnreadableArticleError saying why not. */
export function decodeArticleBytes(buf: Uint8Array): string {
  if (buf.length === 0) throw new UnreadableArticleError("file is empty");
  let encoding: string | null = null;
  let offset = 0;
  for (const bom of BOMS) {
    if (startsWith(buf, bom.bytes)) {
      encoding = bom.encoding;
      offset = bom.bytes.length;
      break;
    }
  }
  encoding ??= sniffUtf16(buf);
  if (!encoding) {
    if (isValidUtf8(buf)) encoding = "utf8";
    else {
      const guess = chardet.detect(buf);
      // chardet guesses among legacy encodings; Windows-1252 is the safe superset of Latin-1.
      encoding = guess && iconv.encodingExists(guess) && !/^UTF/i.test(guess) ? guess : "windows-1252";
    }
  }
  const body = buf.subarray(offset);
  const text =
    encoding === "utf8" ? new TextDecoder("utf-8").decode(body) : iconv.decode(Buffer.from(body), encoding);
  return cleanDecodedText(text, "file contains only whitespace");
}

/**
 * Decoded text as the pipeline takes it, from a file or from the API: stray NULs dropped, line
 * ends normalised; refused when control codes show binary data, or when nothing but whitespace is left.
 */
export function cleanDecodedText(text: string, blankReason = "text contains only whitespace"): string {
  if (controlShare(text) > 0.01) throw new UnreadableArticleError("looks like binary data, not text");
  // Stray NULs in otherwise good text are dropped rather than refusing the article.
  const cleaned = text.replaceAll("\u0000", "").replace(/\r\n?/g, "\n");
  if (cleaned.trim() === "") throw new UnreadableArticleError(blankReason);
  return cleaned;
}
