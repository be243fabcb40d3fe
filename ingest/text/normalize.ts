/** Name folding for comparison: case, accents, punctuation, possessives and transliteration variants. */

/** Memoises a string function: names repeat a great deal within and across articles. */
function memo(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size > 50_000) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** Lower-case ASCII with accents, possessives and punctuation removed. */
export const fold = memo((text: string): string =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’'`´]s\b/g, "")
    .toLowerCase()
    .replace(/[’'`´.]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim(),
);

/** Removes a trailing possessive: "Putin’s" → "Putin". */
export function stripPossessive(text: string): string {
  return text.replace(/[’'](s)?$/u, "");
}

/**
 * Folds one name token so that transliteration variants meet:
 * Yuri/Yury/Yuriy, Sergei/Sergey, Dmitry/Dmitri/Dmitriy, Andrii/Andriy, Kiev/Kyiv stay apart
 * only where the letters really differ.
 */
export const foldNameToken = memo((token: string): string => {
  let t = fold(token).replace(/\s+/g, "");
  t = t.replace(/kh/g, "h").replace(/ks/g, "x").replace(/yo/g, "e");
  t = t.replace(/(iy|ii|yy|ey|ei|y)$/, "i");
  t = t.replace(/y(?=[aeiou])/g, "i");
  return t;
});

/** A key under which transliteration variants of a full name coincide. */
export const nameKey = memo((name: string): string =>
  fold(name).split(" ").filter(Boolean).map(foldNameToken).join(" "),
);

/** URL- and id-safe slug. */
export function slug(text: string): string {
  return fold(text).replace(/\s+/g, "-").slice(0, 80) || "x";
}

// Short forms of given names that refer to the same person.
const HYPOCORISMS: string[][] = [
  ["steve", "steven", "stephen"],
  ["mike", "michael"],
  ["tony", "antony", "anthony"],
  ["bob", "robert", "rob"],
  ["bill", "william", "will"],
  ["jim", "james"],
  ["joe", "joseph"],
  ["tom", "thomas"],
  ["alex", "alexander", "aleksandr", "alexandr", "sasha"],
  ["dick", "richard", "rick"],
  ["dan", "daniel"],
  ["dave", "david"],
  ["chris", "christopher"],
  ["nick", "nicholas", "nikolai", "nikolay"],
  ["kate", "katherine", "catherine"],
  ["liz", "elizabeth"],
  ["ted", "edward", "ed"],
];
const hypocorismGroup = new Map<string, number>();
HYPOCORISMS.forEach((group, i) => group.forEach((n) => hypocorismGroup.set(foldNameToken(n), i)));

/** True when two given names (or initials) can belong to one person: "S." ~ "Sergei", "Steve" ~ "Stephen". */
export function givenNamesCompatible(a: string, b: string): boolean {
  const fa = foldNameToken(a);
  const fb = foldNameToken(b);
  if (!fa || !fb) return true;
  if (fa === fb) return true;
  const initialA = /^[A-Z][a-z]?\.$/.test(a.trim()) || fa.length <= 2;
  const initialB = /^[A-Z][a-z]?\.$/.test(b.trim()) || fb.length <= 2;
  if (initialA && fb.startsWith(fa)) return true;
  if (initialB && fa.startsWith(fb)) return true;
  const ga = hypocorismGroup.get(fa);
  if (ga !== undefined && ga === hypocorismGroup.get(fb)) return true;
  return false;
}
