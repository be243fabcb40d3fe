import { describe, expect, it } from "vitest";
import { decodeArticleBytes, UnreadableArticleError } from "./decode.ts";

const TEXT = "Sergei Lavrov met Antony Blinken in Geneva on 21 January 2022.";

const utf8 = (s: string): Buffer => Buffer.from(s, "utf8");
const utf16le = (s: string): Buffer => Buffer.from(s, "utf16le");
/** Node has no UTF-16 BE encoder: encode LE and swap each pair of bytes. */
const utf16be = (s: string): Buffer => Buffer.from(s, "utf16le").swap16();
const withBom = (s: string): string => `\ufeff${s}`;

/** Deterministic noise standing in for an image or archive renamed to .txt. */
function noise(length: number, seed = 7): Buffer {
  let state = seed;
  return Buffer.from(
    Array.from({ length }, () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff),
  );
}

function reasonFor(bytes: Uint8Array): string {
  try {
    decodeArticleBytes(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableArticleError);
    return (error as Error).message;
  }
  throw new Error("expected the bytes to be refused");
}

describe("decodeArticleBytes", () => {
  it("drops a UTF-8 byte order mark", () => {
    expect(decodeArticleBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(TEXT)]))).toBe(TEXT);
  });

  it("reads plain UTF-8 with accents and Cyrillic", () => {
    expect(decodeArticleBytes(utf8("Зеленский met Macron in Genève."))).toBe(
      "Зеленский met Macron in Genève.",
    );
  });

  it("reads UTF-16 LE with a byte order mark", () => {
    expect(decodeArticleBytes(utf16le(withBom(`Зеленский: ${TEXT}`)))).toBe(`Зеленский: ${TEXT}`);
  });

  it("reads UTF-16 BE with a byte order mark", () => {
    expect(decodeArticleBytes(utf16be(withBom(`Зеленский: ${TEXT}`)))).toBe(`Зеленский: ${TEXT}`);
  });

  it("recognises UTF-16 LE without a byte order mark by its NUL pattern", () => {
    expect(decodeArticleBytes(utf16le(TEXT))).toBe(TEXT);
  });

  it("recognises UTF-16 BE without a byte order mark by its NUL pattern", () => {
    expect(decodeArticleBytes(utf16be(TEXT))).toBe(TEXT);
  });

  it("reads Latin-1 text that is not valid UTF-8", () => {
    const text = "Réunion à Genève : Lavrov et Blinken se sont rencontrés, déclaration très brève.";
    expect(decodeArticleBytes(Buffer.from(text, "latin1"))).toBe(text);
  });

  it("reads a short English Latin-1 text with one accented word", () => {
    const text = "Lavrov met Blinken in Genève on 21 January 2022.";
    expect(decodeArticleBytes(Buffer.from(text, "latin1"))).toBe(text);
  });

  it("drops stray NUL bytes in otherwise good text", () => {
    const paragraph = Array(5).fill(TEXT).join(" ");
    expect(decodeArticleBytes(utf8(`${paragraph}\u0000\n\n${paragraph}\u0000`))).toBe(
      `${paragraph}\n\n${paragraph}`,
    );
  });

  it("turns Windows line endings into newlines", () => {
    expect(decodeArticleBytes(utf8("First line.\r\nSecond line.\rThird."))).toBe(
      "First line.\nSecond line.\nThird.",
    );
  });

  it("refuses binary noise, saying it looks like binary data", () => {
    expect(reasonFor(noise(4096))).toBe("looks like binary data, not text");
  });

  it("refuses a PNG renamed to .txt", () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      noise(300),
    ]);
    expect(reasonFor(png)).toMatch(/binary/);
  });

  it("refuses text riddled with NUL bytes that is not UTF-16", () => {
    expect(
      reasonFor(utf8("Lavrov\u0000\u0000\u0000 met\u0000\u0000\u0000 Rubio\u0000\u0000\u0000.")),
    ).toMatch(/binary/);
  });

  it("refuses an empty file", () => {
    expect(reasonFor(Buffer.alloc(0))).toBe("file is empty");
  });

  it("refuses a file of whitespace only", () => {
    expect(reasonFor(utf8(" \n\t \r\n "))).toBe("file contains only whitespace");
  });

  it("refuses a file holding only a byte order mark", () => {
    expect(reasonFor(Buffer.from([0xef, 0xbb, 0xbf]))).toBe("file contains only whitespace");
  });

  it("refuses whitespace-only UTF-16", () => {
    expect(reasonFor(utf16le(withBom("   \n  ")))).toBe("file contains only whitespace");
  });
});
