/** Tokens with part of speech, lemma and offsets, and sentence boundaries, from one wink-nlp pass. */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { PartOfSpeech, Token } from "./types.ts";

// One pipeline per process: loading the model takes ~100 ms. The entity recogniser is off (we find names ourselves).
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

export interface RawTokens {
  /** Tokens; their sentence index is 0 until `annotateDocument` sets it. */
  tokens: Token[];
  /** Sentences as wink sees them: token index ranges [first, last], inclusive. */
  sentenceSpans: [number, number][];
}

/** Tokenises and tags a body; whitespace tokens (line breaks) are kept out of the token list. */
export function tokenise(body: string): RawTokens {
  const doc = nlp.readDoc(body);
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces);
  const tags = doc.tokens().out(its.pos);
  // wink's typings declare lemma with an extra parameter; at run time it is an ordinary `its` helper.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value);
  const tokens: Token[] = [];
  const winkToOurs: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const text = values[i]!;
    at += spaces[i]!.length;
    // wink is lossless, but guard against drift: find the token where it really is.
    if (body.startsWith(text, at) === false) {
      const found = body.indexOf(text, at);
      if (found >= 0) at = found;
    }
    winkToOurs.push(tokens.length);
    const pos = tags[i] as PartOfSpeech;
    if (pos !== "SPACE" && text.trim())
      tokens.push({
        index: tokens.length,
        text,
        start: at,
        end: at + text.length,
        pos,
        lemma: lemmas[i] ?? text.toLowerCase(),
        sentence: 0,
      });
    at += text.length;
  }
  winkToOurs.push(tokens.length);
  const sentenceSpans: [number, number][] = [];
  doc.sentences().each((s: { out: (f: typeof its.span) => unknown }) => {
    const [first, last] = s.out(its.span) as [number, number];
    const a = winkToOurs[first]!;
    const b = winkToOurs[last + 1]! - 1;
    if (b >= a) sentenceSpans.push([a, b]);
  });
  return { tokens, sentenceSpans };
}
