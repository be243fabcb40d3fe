/** Day arithmetic on ISO dates, for the slider and the timeline. */

const DAY_MS = 86_400_000;

/** YYYY-MM-DD → days since 1970; partial dates (YYYY-MM, YYYY) at their start. */
export function toDay(date: string): number {
  const [y = "1970", m = "01", d = "01"] = date.split("-");
  return Math.floor(Date.UTC(Number(y), Number(m) - 1, Number(d)) / DAY_MS);
}

/** Days since 1970 → YYYY-MM-DD. */
export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
