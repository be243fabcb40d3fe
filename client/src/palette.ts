/** Colours: a stable colour per country, per proposal status and per entity kind. */

/** Twenty distinct colours (Tableau 20 order, dark first), each readable under a dark label. */
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
  "#a0cbe8",
  "#ffbe7d",
  "#86bcb6",
  "#f1ce63",
  "#d4a6c8",
  "#b6992d",
] as const;

/**
 * The countries most often at the table each own a colour (the United States blue, Russia red,
 * Ukraine yellow), so they never share one; any other country gets a hue hashed from its code.
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
  IT: 14,
  ES: 15,
  AE: 16,
  BY: 17,
  JP: 18,
  EG: 19,
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
  const fixed = FIXED_COLOURS[key];
  if (fixed !== undefined) return COUNTRY_COLOURS[fixed] ?? UNKNOWN_COLOUR;
  // 24 hues, two lightnesses: 48 colours, so two other countries rarely share one.
  const h = hash(key);
  const hue = (h % 24) * 15;
  const lightness = (h >> 5) % 2 === 0 ? 42 : 58;
  return hslToHex(hue, 55, lightness);
}

/** "#rrggbb" for an HSL colour: Cytoscape and the exports want hex. */
function hslToHex(hue: number, saturation: number, lightness: number): string {
  const s = saturation / 100;
  const l = lightness / 100;
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number): string => {
    const k = (n + hue / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
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
