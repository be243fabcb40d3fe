/** The explorer's controller: which view is drawn, what the panel shows, and how they follow each other. */
import { button, el } from "./dom.ts";
import { CountryPalette } from "./palette.ts";
import { renderDetails } from "./panel/details.ts";
import { renderLegend } from "./panel/legend.ts";
import { renderStatus } from "./panel/status.ts";
import { fetchEntity } from "./queries.ts";
import type { Canvas } from "./views/canvas.ts";
import { loadLineageView } from "./views/lineage.ts";
import { loadNeighborhoodView } from "./views/neighborhood.ts";
import { loadNetworkView } from "./views/network.ts";
import type { ViewModel, ViewName } from "./views/view-model.ts";

export interface AppElements {
  status: HTMLElement;
  legend: HTMLElement;
  panel: HTMLElement;
  tabs: HTMLElement;
  /** The hops control, shown only with a neighbourhood. */
  depth: HTMLElement;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class Explorer {
  readonly palette = new CountryPalette();
  view: ViewName = "network";
  private centre: { id: string; name: string } | null = null;
  private depth = 1;
  // Each load takes a ticket; an answer for an older ticket is dropped.
  private viewTicket = 0;
  private panelTicket = 0;

  constructor(
    private readonly canvas: Canvas,
    private readonly ui: AppElements,
  ) {}

  /** Loads and draws a view; `neighborhood` draws around the last explored entity. */
  async showView(view: ViewName): Promise<void> {
    const ticket = ++this.viewTicket;
    this.view = view;
    this.markTab();
    renderStatus(this.ui.status, { state: "loading", message: "Loading the graph…" });
    let model: ViewModel;
    try {
      model = await this.load(view);
    } catch (error) {
      if (ticket === this.viewTicket)
        renderStatus(this.ui.status, {
          state: "error",
          message: message(error),
          retry: () => void this.showView(view),
        });
      return;
    }
    if (ticket !== this.viewTicket) return;
    // Legend first: the canvas fits the graph around it.
    renderLegend(this.ui.legend, model.legendTitle, model.legend);
    this.canvas.show(model.elements, model.layout, model.looseBelow);
    renderStatus(
      this.ui.status,
      model.nodeCount === 0 ? { state: "empty", message: model.emptyMessage } : { state: "ready" },
    );
  }

  /** Draws the neighbourhood of an entity and selects it. */
  async explore(id: string, name?: string): Promise<void> {
    this.centre = { id, name: name ?? this.centre?.name ?? "entity" };
    await this.showView("neighborhood");
    this.canvas.focus(id);
  }

  /** Redraws the neighbourhood with another number of hops (1 to 3). */
  async setDepth(depth: number): Promise<void> {
    this.depth = Math.min(3, Math.max(1, depth));
    if (!this.centre) return;
    await this.showView("neighborhood");
    this.canvas.focus(this.centre.id);
  }

  /** Opens an entity: details in the panel, and the node focused (its neighbourhood if not drawn). */
  async select(id: string, name?: string): Promise<void> {
    const details = this.openDetails(id);
    if (!this.canvas.focus(id)) await this.explore(id, name);
    await details;
  }

  /** Fills the panel with one entity's details. */
  async openDetails(id: string): Promise<void> {
    const ticket = ++this.panelTicket;
    const panel = this.ui.panel;
    panel.replaceChildren(el("p", { class: "muted" }, "Loading…"));
    panel.dataset["state"] = "loading";
    try {
      const entity = await fetchEntity(id);
      if (ticket !== this.panelTicket) return;
      if (!entity) {
        panel.replaceChildren(el("p", { class: "muted" }, "This entity is no longer in the graph."));
        panel.dataset["state"] = "empty";
        return;
      }
      panel.replaceChildren(
        renderDetails(entity, {
          open: (other) => void this.select(other),
          explore: (centre) => void this.explore(centre, "name" in entity ? entity.name : entity.kind),
        }),
      );
      panel.dataset["state"] = "ready";
      panel.scrollTop = 0;
    } catch (error) {
      if (ticket !== this.panelTicket) return;
      panel.replaceChildren(
        el("p", { class: "error" }, message(error)),
        button("Try again", () => void this.openDetails(id), { class: "btn" }),
      );
      panel.dataset["state"] = "error";
    }
  }

  private async load(view: ViewName): Promise<ViewModel> {
    switch (view) {
      case "network":
        return loadNetworkView(this.palette);
      case "lineage":
        return loadLineageView();
      case "neighborhood":
        if (!this.centre) return loadNetworkView(this.palette);
        return loadNeighborhoodView(this.centre.id, this.depth, this.palette);
    }
  }

  private markTab(): void {
    this.ui.depth.hidden = this.view !== "neighborhood";
    for (const tab of this.ui.tabs.querySelectorAll<HTMLButtonElement>("button[data-view]")) {
      const name = tab.dataset["view"];
      if (name === "neighborhood") {
        tab.hidden = this.centre === null;
        if (this.centre) tab.textContent = `Around ${this.centre.name}`;
      }
      tab.classList.toggle("active", name === this.view);
      tab.setAttribute("aria-pressed", String(name === this.view));
    }
  }
}
