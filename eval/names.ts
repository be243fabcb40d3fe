/** How the scorer compares names: folded case, accents and punctuation, honorifics dropped. */
import equivalents from "./country-equivalents.json" with { type: "json" };

/** Titles that may precede a name in one text and not in another. */
const HONORIFICS = new Set(
  (
    "mr mrs ms miss dr sir president vice prime minister foreign secretary senator ambassador " +
    "general colonel colonel-general lt gen admiral chancellor king queen prince sheikh premier " +
    "deputy assistant special envoy representative spokesman spokeswoman chief director chairman " +
    "secretary-general the comrade"
  ).split(" "),
);

/** Lower case, no accents, no possessive 's, punctuation and hyphens as spaces. */
export function fold(text: string | null | undefined): string {
  return String(text ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`´]s\b/g, "")
    .replace(/[^a-z0-9\s-]/g, " ")
    .replace(/-/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A folded name without honorifics: "President Vladimir Putin" → "vladimir putin". */
export function normalName(text: string | null | undefined): string {
  return fold(text)
    .split(" ")
    .filter((word) => word && !HONORIFICS.has(word))
    .join(" ");
}

const equivalentsOf = new Map<string, string[]>();
for (const group of equivalents) for (const member of group) equivalentsOf.set(member, group);

export type NamedKind = "people" | "institutions" | "countries";

/** Every key a named thing answers to: its name and aliases, and a country's usual other names. */
export function nameKeys(names: (string | null | undefined)[], kind: NamedKind): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    const key = normalName(name);
    if (!key) continue;
    keys.add(key);
    if (kind === "countries") for (const other of equivalentsOf.get(key) ?? []) keys.add(other);
  }
  return keys;
}
