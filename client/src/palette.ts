/** Colours: a stable colour per country, per proposal status and per entity kind. */

const COUNTRY_COLOURS = [
  "#4e79a7", "#e15759", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f",
  "#ff9da7", "#1f77b4", "#bcbd22", "#17becf", "#8c564b", "#e377c2", "#2ca02c", "#d62728",
  "#9467bd", "#ff7f0e",
] as const;

export const UNKNOWN_COLOUR = "#aab2bd";

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * A country keeps its colour for the whole session, whatever view it appears in. Colours start
 * from a hash of the name (so they rarely change between sessions) and probe to the next free
 * slot, so two countries on screen never share a colour until the palette runs out.
 */
export class CountryPalette {
  private readonly assigned = new Map<string, string>();

  /** Assigns colours to names in a fixed order, so the result does not depend on which view came first. */
  prime(names: Iterable<string>): void {
    for (const name of [...new Set(names)].sort()) this.colourOf(name);
  }

  colourOf(country: string | null): string {
    if (!country) return UNKNOWN_COLOUR;
    const known = this.assigned.get(country);
    if (known) return known;
    const used = new Set(this.assigned.values());
    const start = hash(country.toLowerCase()) % COUNTRY_COLOURS.length;
    let colour: string = COUNTRY_COLOURS[start] ?? UNKNOWN_COLOUR;
    for (let i = 0; i < COUNTRY_COLOURS.length; i++) {
      const candidate = COUNTRY_COLOURS[(start + i) % COUNTRY_COLOURS.length];
      if (candidate && !used.has(candidate)) {
        colour = candidate;
        break;
      }
    }
    this.assigned.set(country, colour);
    return colour;
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
