/** Name tokens folded for comparison, an Arabic article aside: "al-Assad", "Al Assad" and "Assad" meet. */
import { foldNameToken } from "../text/normalize.ts";

const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az)-(?=\p{Lu})/iu;

/** foldNameToken without a leading Arabic article: "al-Sabah" → "sabah". */
export function foldSurname(token: string): string {
  return foldNameToken(token.replace(ARABIC_ARTICLE, ""));
}
