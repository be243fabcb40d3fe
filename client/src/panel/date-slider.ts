/**
 * The date-range slider: two thumbs over the days from the first to the last dated event. Moving a
 * thumb filters what is drawn at once (`onInput`); letting go asks the server again (`onChange`).
 * Dates far from the rest are outliers: marked at the ends ("1 earlier"), kept in the data (a thumb
 * at its end means no bound), and put on the slider only when the reader asks.
 */
import { button, el } from "../dom.ts";
import type { DateDomain } from "../state/date-domain.ts";
import { fromDay, toDay } from "../state/dates.ts";

export interface DateRange {
  from: string | null;
  to: string | null;
}

export interface DateSlider {
  element: HTMLElement;
  /** Sets the span of the slider from the data: the bulk of the dates, and the outliers apart. */
  setDomain(domain: DateDomain): void;
  /** Moves the thumbs; null ends sit at the domain's ends. */
  setRange(range: DateRange): void;
}

/** Builds the slider; a thumb at its end of the domain means "open" (null). */
export function createDateSlider(
  onInput: (range: DateRange) => void,
  onChange: (range: DateRange) => void,
): DateSlider {
  const low = el("input", {
    testid: "date-from",
    attrs: { type: "range", "aria-label": "Earliest date shown" },
  });
  const high = el("input", {
    testid: "date-to",
    attrs: { type: "range", "aria-label": "Latest date shown" },
  });
  const label = el("span", { class: "date-label", testid: "date-label", attrs: { "aria-live": "polite" } });
  const reset = el(
    "button",
    { class: "link-button", testid: "date-reset", title: "Show every date" },
    "all dates",
  );
  reset.type = "button";
  const track = el("div", { class: "date-track" }, low, high);
  let domain: DateDomain | null = null;
  // Whether the outliers are on the slider (the reader asked, or a link's range reaches them).
  let stretched = false;
  const outliers = (end: "earlier" | "later"): HTMLButtonElement => {
    const marker = button("", () => stretch(!stretched), {
      class: `date-outliers date-outliers-${end}`,
      testid: `date-outliers-${end}`,
    });
    marker.hidden = true;
    return marker;
  };
  const earlier = outliers("earlier");
  const later = outliers("later");
  const element = el(
    "div",
    { class: "date-slider", testid: "date-slider" },
    el("span", { class: "filter-name" }, "Dates"),
    earlier,
    track,
    later,
    label,
    reset,
  );
  let min = 0;
  let max = 0;
  // What a link or a reset asked for, kept until the domain is known (the thumbs clamp to it).
  let wanted: DateRange = { from: null, to: null };

  const range = (): DateRange => ({
    from: Number(low.value) <= min ? null : fromDay(Number(low.value)),
    to: Number(high.value) >= max ? null : fromDay(Number(high.value)),
  });
  const describe = (): void => {
    const r = range();
    label.textContent = `${r.from ?? fromDay(min)} – ${r.to ?? fromDay(max)}`;
    reset.hidden = r.from === null && r.to === null;
    const span = Math.max(1, max - min);
    track.style.setProperty("--low", `${((Number(low.value) - min) / span) * 100}%`);
    track.style.setProperty("--high", `${((Number(high.value) - min) / span) * 100}%`);
  };
  const moved = (which: HTMLInputElement): void => {
    // The thumbs never cross: the one moved stops at the other.
    if (Number(low.value) > Number(high.value)) {
      if (which === low) low.value = high.value;
      else high.value = low.value;
    }
    describe();
  };
  for (const thumb of [low, high]) {
    thumb.addEventListener("input", () => {
      moved(thumb);
      wanted = range();
      onInput(range());
    });
    thumb.addEventListener("change", () => onChange(range()));
  }
  reset.addEventListener("click", () => {
    wanted = { from: null, to: null };
    low.value = String(min);
    high.value = String(max);
    describe();
    onInput(range());
    onChange(range());
  });

  /** Says what each end's marker stands for, and whether the outliers are on the slider. */
  const describeOutliers = (): void => {
    const ends = [
      [earlier, domain?.earlier ?? [], "earlier"],
      [later, domain?.later ?? [], "later"],
    ] as const;
    for (const [marker, dates, word] of ends) {
      marker.hidden = dates.length === 0;
      marker.textContent = `${stretched ? "" : "+"}${dates.length} ${word}`;
      marker.setAttribute("aria-pressed", String(stretched));
      marker.title = `${dates.length} date${dates.length === 1 ? "" : "s"} far ${word} than the rest (${dates
        .slice(0, 5)
        .join(", ")}${dates.length > 5 ? ", …" : ""}): included while the thumb is at this end; ${
        stretched ? "click to leave them off the slider" : "click to put them on the slider"
      }`;
    }
    element.dataset["outliers"] = stretched ? "on-slider" : "marked";
  };
  /** Spans the slider over the bulk of the data, or over every date when `on`. */
  const spanSlider = (on: boolean): void => {
    if (!domain) return;
    stretched = on && domain.earlier.length + domain.later.length > 0;
    min = toDay(stretched ? (domain.earlier[0] ?? domain.first) : domain.first);
    max = Math.max(min + 1, toDay(stretched ? (domain.later.at(-1) ?? domain.last) : domain.last));
    for (const thumb of [low, high]) {
      thumb.min = String(min);
      thumb.max = String(max);
      thumb.step = "1";
    }
    describeOutliers();
  };
  const setRange = (r: DateRange): void => {
    wanted = r;
    low.value = String(r.from ? Math.max(min, toDay(r.from)) : min);
    high.value = String(r.to ? Math.min(max, toDay(r.to)) : max);
    describe();
  };
  function stretch(on: boolean): void {
    const kept = range();
    spanSlider(on);
    setRange(kept);
  }

  return {
    element,
    setDomain(next) {
      domain = next;
      // A link's range that reaches an outlier puts the outliers on the slider, so it is not clamped.
      const outside =
        (wanted.from !== null && toDay(wanted.from) < toDay(next.first)) ||
        (wanted.to !== null && toDay(wanted.to) > toDay(next.last));
      spanSlider(outside);
      element.dataset["ready"] = "true";
      setRange(wanted);
    },
    setRange,
  };
}
