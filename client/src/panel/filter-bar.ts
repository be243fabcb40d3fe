/** The filter bar: dates, kinds, country, held or planned, and a confidence threshold. */
import { el } from "../dom.ts";
import { FILTER_KINDS, type FilterKind, type Filters, type MeetingStatus } from "../state/explorer-state.ts";
import type { DateDomain } from "../state/date-domain.ts";
import { createDateSlider, type DateRange } from "./date-slider.ts";

export interface FilterBar {
  element: HTMLElement;
  /** Shows the given filters (from a link, or after a reset). */
  set(filters: Filters): void;
  /** The slider's span from the data, outliers apart. */
  setDateDomain(domain: DateDomain): void;
  setCountries(names: string[]): void;
}

export interface FilterEvents {
  /** Something changed that the drawn elements can show at once (dates while dragging, kinds). */
  preview(filters: Filters): void;
  /** A change to settle: the views may ask the server again. */
  change(filters: Filters): void;
}

const KIND_LABELS: Record<FilterKind, string> = {
  Person: "People",
  Institution: "Institutions",
  Country: "Countries",
  Meeting: "Meetings",
  Proposal: "Proposals",
};

/** Builds the bar; every control is a native input, so it works with the keyboard. */
export function createFilterBar(initial: Filters, events: FilterEvents): FilterBar {
  let filters: Filters = { ...initial };
  const update = (patch: Partial<Filters>, settle: boolean): void => {
    filters = { ...filters, ...patch };
    if (settle) events.change(filters);
    else events.preview(filters);
  };

  const slider = createDateSlider(
    (range: DateRange) => update(range, false),
    (range: DateRange) => update(range, true),
  );

  const kindBoxes = FILTER_KINDS.map((kind) => {
    const box = el("input", { testid: `kind-${kind}`, attrs: { type: "checkbox" } });
    box.addEventListener("change", () =>
      update(
        { kinds: FILTER_KINDS.filter((k) => kindBoxes.find((b) => b.dataset["kind"] === k)?.checked) },
        true,
      ),
    );
    box.dataset["kind"] = kind;
    return box;
  });
  const kinds = el(
    "fieldset",
    { class: "kinds", testid: "kind-filter" },
    el("legend", { class: "filter-name" }, "Show"),
    ...kindBoxes.map((box) =>
      el("label", { class: "chip" }, box, KIND_LABELS[box.dataset["kind"] as FilterKind]),
    ),
  );

  const country = el("select", { testid: "country-filter", attrs: { "aria-label": "Country" } });
  country.addEventListener("change", () => update({ country: country.value || null }, true));

  const status = el(
    "select",
    { testid: "status-filter", attrs: { "aria-label": "Held or planned meetings" } },
    el("option", { attrs: { value: "any" } }, "Held and planned"),
    el("option", { attrs: { value: "held" } }, "Held only"),
    el("option", { attrs: { value: "planned" } }, "Planned only"),
  );
  status.addEventListener("change", () => update({ status: status.value as MeetingStatus }, true));

  const confidence = el("input", {
    testid: "confidence-filter",
    attrs: { type: "range", min: "0", max: "1", step: "0.05", "aria-label": "Minimum confidence" },
  });
  const confidenceLabel = el("output", { class: "confidence-value", testid: "confidence-value" });
  confidence.addEventListener("input", () => {
    confidenceLabel.textContent = `≥ ${Number(confidence.value).toFixed(2)}`;
  });
  confidence.addEventListener("change", () => update({ minConfidence: Number(confidence.value) }, true));

  const element = el(
    "div",
    { class: "filter-bar", testid: "filter-bar", attrs: { role: "group", "aria-label": "Filters" } },
    slider.element,
    kinds,
    el("label", { class: "filter" }, el("span", { class: "filter-name" }, "Country"), country),
    el("label", { class: "filter" }, el("span", { class: "filter-name" }, "Meetings"), status),
    el(
      "label",
      { class: "filter" },
      el("span", { class: "filter-name" }, "Confidence"),
      confidence,
      confidenceLabel,
    ),
  );

  const bar: FilterBar = {
    element,
    set(next) {
      filters = { ...next };
      slider.setRange(next);
      for (const box of kindBoxes) box.checked = next.kinds.includes(box.dataset["kind"] as FilterKind);
      if (next.country && ![...country.options].some((o) => o.value === next.country))
        country.append(el("option", { attrs: { value: next.country } }, next.country));
      country.value = next.country ?? "";
      status.value = next.status;
      confidence.value = String(next.minConfidence);
      confidenceLabel.textContent = `≥ ${next.minConfidence.toFixed(2)}`;
    },
    setDateDomain: (domain) => slider.setDomain(domain),
    setCountries(names) {
      const current = filters.country;
      country.replaceChildren(
        el("option", { attrs: { value: "" } }, "Every country"),
        ...[...new Set([...names, ...(current ? [current] : [])])]
          .sort((a, b) => a.localeCompare(b))
          .map((name) => el("option", { attrs: { value: name } }, name)),
      );
      country.value = current ?? "";
    },
  };
  bar.set(filters);
  return bar;
}
