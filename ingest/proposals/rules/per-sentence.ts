/** Facts about a sentence that several rules or phrases ask for, found once per sentence. */
import type { Sentence } from "../../types.ts";

/** `compute` remembered per sentence object (the annotated document's sentences live as long as their article). */
export function perSentence<T>(compute: (sentence: Sentence) => T): (sentence: Sentence) => T {
  const known = new WeakMap<Sentence, T>();
  return (sentence) => {
    if (known.has(sentence)) return known.get(sentence) as T;
    const value = compute(sentence);
    known.set(sentence, value);
    return value;
  };
}
