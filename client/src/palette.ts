/** Colours: a stable colour per country, per proposal status and per entity kind. */

// Most distinct first: the countries with the most people get the clearest colours.
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

export const UNKNOWN_COLOUR = "#aab2bd";

/**
 * A country keeps its colour for the whole session, whatever view it appears in. The network view
 * primes the palette with countries by number of people, so the big sides get the clearest colours
 * and the same data always gives the same colours.
 */
export class CountryPalette {
  private readonly assigned = new Map<string, string>();

  /** Assigns colours in the given order (already-coloured countries keep theirs). */
  prime(names: Iterable<string>): void {
    for (const name of names) this.colourOf(name);
  }

  colourOf(country: string | null): string {
    if (!country) return UNKNOWN_COLOUR;
    const known = this.assigned.get(country);
    if (known) return known;
    // Past the end of the palette colours repeat: the legend still tells them apart by name.
    const colour = COUNTRY_COLOURS[this.assigned.size % COUNTRY_COLOURS.length] ?? UNKNOWN_COLOUR;
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
