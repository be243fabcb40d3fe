/** The details panel's loading, error and ready states around one entity's details. */
import { button, el } from "../dom.ts";
import { fetchEntity } from "../queries.ts";
import { type DetailsActions, renderDetails } from "./details.ts";

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class DetailsPanel {
  // An answer for an older request is dropped.
  private ticket = 0;
  private current: string | null = null;

  constructor(
    private readonly panel: HTMLElement,
    private readonly actions: DetailsActions,
  ) {}

  /** Fills the panel with one entity's details. */
  async open(id: string): Promise<void> {
    const ticket = ++this.ticket;
    this.current = id;
    const panel = this.panel;
    panel.replaceChildren(el("p", { class: "muted" }, "Loading…"));
    panel.dataset["state"] = "loading";
    try {
      const entity = await fetchEntity(id);
      if (ticket !== this.ticket) return;
      if (!entity) {
        panel.replaceChildren(
          el(
            "p",
            { class: "muted" },
            "This entity is no longer in the graph (it may have been merged). Search for it again.",
          ),
        );
        panel.dataset["state"] = "empty";
        return;
      }
      panel.replaceChildren(renderDetails(entity, this.actions));
      panel.dataset["state"] = "ready";
      panel.scrollTop = 0;
    } catch (error) {
      if (ticket !== this.ticket) return;
      panel.replaceChildren(
        el("p", { class: "error" }, message(error)),
        button("Try again", () => void this.open(id), { class: "btn" }),
      );
      panel.dataset["state"] = "error";
    }
  }

  /** Reopens what is shown (after a correction changed it). */
  async refresh(): Promise<void> {
    if (this.current) await this.open(this.current);
  }
}
