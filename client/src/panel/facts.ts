/** Building blocks of the details panel: fact rows, links to other entities, meeting lines. */
import { button, el } from "../dom.ts";
import type { MeetingSummary, ProposalSummary, Ref } from "../types.ts";

/** What a link in the panel does: open another entity's details. */
export type OpenEntity = (id: string) => void;

/** A name that opens that entity's details when clicked. */
export function refLink(ref: Ref, open: OpenEntity): HTMLButtonElement {
  return button(ref.name, () => open(ref.id), { class: "link-button", testid: "entity-link" });
}

/** Links separated by commas, or nothing when the list is empty. */
export function refList(refs: Ref[], open: OpenEntity): HTMLElement | null {
  if (refs.length === 0) return null;
  const span = el("span");
  refs.forEach((ref, i) => {
    if (i > 0) span.append(", ");
    span.append(refLink(ref, open));
  });
  return span;
}

/** A row of the facts list; skipped when it has no value. */
export function factRow(label: string, value: Node | string | null | undefined): HTMLElement[] {
  if (value === null || value === undefined || value === "") return [];
  return [el("dt", {}, label), el("dd", {}, value)];
}

/** "2025-02-18 · talks · Riyadh". */
export function meetingTitle(m: MeetingSummary): string {
  return [m.date ?? "date unknown", m.kind, m.place].filter(Boolean).join(" · ");
}

/** A meeting with its date, place and who took part. */
export function meetingItem(m: MeetingSummary, open: OpenEntity, exceptId?: string): HTMLElement {
  const others = m.participants.filter((p) => p.id !== exceptId);
  return el(
    "li",
    { testid: "meeting-item" },
    button(meetingTitle(m), () => open(m.id), { class: "link-button strong" }),
    m.status === "planned" ? el("span", { class: "badge" }, "planned") : null,
    others.length ? el("div", { class: "muted" }, "with ", refList(others, open)) : null,
  );
}

/** A proposal with its status badge. */
export function proposalItem(p: ProposalSummary, open: OpenEntity): HTMLElement {
  return el(
    "li",
    { testid: "proposal-item" },
    button(p.name, () => open(p.id), { class: "link-button strong" }),
    " ",
    el("span", { class: "badge" }, p.status),
    p.date ? el("span", { class: "muted" }, ` ${p.date}`) : null,
  );
}

/** A titled list section, skipped when empty. */
export function listSection(title: string, items: HTMLElement[], testid: string): HTMLElement | null {
  if (items.length === 0) return null;
  return el("section", { testid }, el("h3", {}, `${title} (${items.length})`), el("ul", {}, ...items));
}
