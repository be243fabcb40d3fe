/** Colours: a stable colour per country, per proposal status and per entity kind. */

const COUNTRY_COLOURS = [
  "#4e79a7",
  "#e15759",
  "#59a14f",
  "#f28e2b",
  "#b07aa1",
  "#edc948",
  "#76b7b2",
  "#9c755f",
  "#ff9da7",
  "#2f4b7c",
  "#bcbd22",
  "#17becf",
  "#8cd17d",
  "#d37295",
] as const;

/**
 * The countries most often at the table get distinct colours of their own (the United States blue,
 * Russia red, Ukraine yellow); any other country's colour is a hash of its code.
 */
const FIXED_COLOURS: Record<string, number> = {
  US: 0,
  RU: 1,
  GB: 2,
  CN: 3,
  FR: 4,
  UA: 5,
  DE: 6,
  SA: 7,
  TR: 8,
  IL: 9,
  IN: 10,
  QA: 11,
  IR: 12,
  PL: 13,
};

export const UNKNOWN_COLOUR = "#aab2bd";

/** FNV-1a: a small, stable string hash, the same in every browser and every session. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A country's colour from its ISO code (or, lacking one, its name): never from the order data came in. */
export function countryColour(codeOrName: string): string {
  const key = codeOrName.trim().toUpperCase();
  const index = FIXED_COLOURS[key] ?? hash(key) % COUNTRY_COLOURS.length;
  return COUNTRY_COLOURS[index] ?? UNKNOWN_COLOUR;
}

/**
 * Colours drawn nodes by country. Nodes carry the country's name; the palette learns each name's
 * ISO code once (from the countries list), so the colour follows the code in every view and export.
 */
export class CountryPalette {
  private readonly codes = new Map<string, string>();

  /** Learns the codes of countries by name (countries without a code are coloured by name). */
  learnCodes(countries: Iterable<{ name: string; code: string | null }>): void {
    for (const { name, code } of countries) if (code) this.codes.set(name, code);
  }

  colourOf(country: string | null): string {
    if (!country) return UNKNOWN_COLOUR;
    return countryColour(this.codes.get(country) ?? country);
  }
}

/** Proposal statuses, dark enough for white labels. */
export const STATUS_COLOURS: Record<string, string> = {
  tabled: "#3b6ea5",
  revised: "#c9731a",
  "agreed in principle": "#16818a",
  accepted: "#2e8b57",
  rejected: "#c0392b",
  leaked: "#7d4ea3",
  demanded: "#8a5a2b",
};

export function statusColour(status: string | null): string {
  return (status && STATUS_COLOURS[status]) || "#6b7280";
}

/** Entity kinds other than people, in the neighbourhood view. */
export const KIND_COLOURS = {
  Institution: "#5b7db1",
  Country: "#8795a8",
  Meeting: "#f2a541",
  Article: "#b8c0cc",
} as const;
