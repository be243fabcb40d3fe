/**
 * The date-range slider: two thumbs over the days from the first to the last dated event. Moving a
 * thumb filters what is drawn at once (`onInput`); letting go asks the server again (`onChange`).
 */
import { el } from "../dom.ts";
import { fromDay, toDay } from "../state/dates.ts";

export interface DateRange {
  from: string | null;
  to: string | null;
}

export interface DateSlider {
  element: HTMLElement;
  /** Sets the span of the slider (the first and last event dates). */
  setDomain(first: string, last: string): void;
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
  const element = el(
    "div",
    { class: "date-slider", testid: "date-slider" },
    el("span", { class: "filter-name" }, "Dates"),
    track,
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

  return {
    element,
    setDomain(first, last) {
      min = toDay(first);
      max = Math.max(min + 1, toDay(last));
      for (const thumb of [low, high]) {
        thumb.min = String(min);
        thumb.max = String(max);
        thumb.step = "1";
      }
      element.dataset["ready"] = "true";
      this.setRange(wanted);
    },
    setRange(r) {
      wanted = r;
      low.value = String(r.from ? Math.max(min, toDay(r.from)) : min);
      high.value = String(r.to ? Math.min(max, toDay(r.to)) : max);
      describe();
    },
  };
}
