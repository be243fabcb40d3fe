/** Folding for comparing names in free text: case, accents and punctuation do not count. */
export function foldForMatch(text: string): string {
  // Names of people, places and outlets are folded again and again across stages: once each.
  const known = folded.get(text);
  if (known !== undefined) return known;
  if (folded.size > 50_000) folded.clear();
  const result = fold(text);
  folded.set(text, result);
  return result;
}

const folded = new Map<string, string>();

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
