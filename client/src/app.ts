/** The explorer's controller: the state a link reopens, which view is drawn, and how the panels follow. */
import type { ElementDefinition, NodeSingular } from "cytoscape";
import { readToken } from "./api.ts";
import { removeSamples } from "./corrections-api.ts";
import { CountryPalette } from "./palette.ts";
import { renderArticle, renderArticleList } from "./panel/article-reader.ts";
import { DetailsPanel } from "./panel/details-panel.ts";
import type { FilterBar } from "./panel/filter-bar.ts";
import { renderLegend } from "./panel/legend.ts";
import type { PathFinder } from "./panel/path-finder.ts";
import { renderStatus } from "./panel/status.ts";
import { fetchArticle, fetchArticles, fetchMeetingRows, fetchNeighborhood } from "./queries.ts";
import { renderMeetingsTable } from "./panel/meetings-table.ts";
import { type ExplorerState, type Filters, type LayoutName, serializeState } from "./state/explorer-state.ts";
import { type FilterableNode, passesFilters, serverFilterArgs } from "./state/filters.ts";
import type { Ref } from "./types.ts";
import type { Canvas } from "./views/canvas.ts";
import { Expansions } from "./views/expansions.ts";
import { chosenLayout } from "./views/layouts.ts";
import { loadLineageView } from "./views/lineage.ts";
import { buildNeighborhoodElements, loadNeighborhoodView } from "./views/neighborhood.ts";
import { loadNetworkView } from "./views/network.ts";
import { loadPathView } from "./views/path.ts";
import { loadTimelineView, STACK_PREFIX, unfoldStack } from "./views/timeline.ts";
import type { ViewModel, ViewName } from "./views/view-model.ts";

export interface AppElements {
  status: HTMLElement;
  legend: HTMLElement;
  tabs: HTMLElement;
  /** The hops control, shown only with a neighbourhood. */
  depth: HTMLElement;
  graph: HTMLElement;
  /** Graph-only tools (layout, hide, pin, export), hidden in the article view. */
  tools: HTMLElement;
  reader: HTMLElement;
  /** A panel beside the graph some views fill (the lineage's proposals in no family). */
  aside: HTMLElement;
  layout: HTMLSelectElement;
  showHidden: HTMLButtonElement;
  /** A polite live region for what an action did ("5 nodes added"). */
  announce: HTMLElement;
  pathFinder: PathFinder;
  filterBar: FilterBar;
  details: DetailsPanel;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Views whose data the server filters (the others are filtered on what is drawn). */
const SERVER_FILTERED: readonly ViewName[] = ["network", "lineage", "timeline", "meetings"];

export class Explorer {
  readonly palette = new CountryPalette();
  state: ExplorerState;
  private readonly expansions: Expansions;
  /** Names of entities the tabs and path finder show, learnt as they are drawn or picked. */
  private readonly names = new Map<string, string>();
  // Each load takes a ticket; an answer for an older ticket is dropped.
  private viewTicket = 0;

  constructor(
    private readonly canvas: Canvas,
    private readonly ui: AppElements,
    initial: ExplorerState,
  ) {
    this.state = initial;
    this.expansions = new Expansions(canvas.cy);
  }

  get view(): ViewName {
    return this.state.view;
  }

  /** Applies a whole state (first load, or the browser's back and forward buttons). */
  async restore(state: ExplorerState): Promise<void> {
    this.state = state;
    this.ui.filterBar.set(state.filters);
    this.ui.layout.value = state.layout;
    await this.showView();
    if (state.selected) void this.ui.details.open(state.selected);
  }

  /** Switches view; the change goes into history so Back returns to the previous view. */
  async go(view: ViewName, patch: Partial<ExplorerState> = {}): Promise<void> {
    this.state = { ...this.state, ...patch, view };
    this.commit(true);
    await this.showView();
  }

  /** Loads and draws the current view. */
  async showView(): Promise<void> {
    const ticket = ++this.viewTicket;
    const view = this.state.view;
    // Which view is fully drawn and fitted (tests and scripts wait on it); unset while drawing.
    delete this.ui.graph.dataset["drawn"];
    this.markTabs();
    // The article view and the meetings table are pages, not graphs.
    const reading = view === "article" || view === "meetings";
    this.ui.reader.hidden = !reading;
    this.ui.graph.hidden = reading;
    this.ui.tools.hidden = reading;
    this.ui.pathFinder.element.hidden = view !== "path";
    this.ui.aside.hidden = true;
    if (reading) {
      this.ui.legend.hidden = true;
      renderStatus(this.ui.status, { state: "ready" });
      return view === "meetings" ? this.showMeetings(ticket) : this.showArticle(ticket);
    }
    if (view === "path" && !(this.state.pathFrom && this.state.pathTo)) {
      this.canvas.show([], { name: "preset" });
      this.ui.legend.hidden = true;
      this.ui.pathFinder.setEnds(this.ref(this.state.pathFrom), this.ref(this.state.pathTo));
      renderStatus(this.ui.status, {
        state: "empty",
        message: "Pick two entities in the path finder to see what connects them.",
      });
      this.ui.graph.dataset["drawn"] = view;
      return;
    }
    renderStatus(this.ui.status, { state: "loading", message: "Loading the graph…" });
    let model: ViewModel;
    try {
      model = await this.load(view);
    } catch (error) {
      this.failView(ticket, error);
      return;
    }
    if (ticket !== this.viewTicket) return;
    this.expansions.reset();
    this.prepare(model.elements);
    this.ui.layout.disabled = model.fixedLayout === true;
    // Legend and aside first: the canvas fits the graph around them.
    renderLegend(this.ui.legend, model.legendTitle, model.legend);
    if (model.aside) {
      this.ui.aside.replaceChildren(model.aside((id) => void this.select(id)));
      this.ui.aside.hidden = false;
    }
    const layout = model.fixedLayout
      ? model.layout
      : chosenLayout(this.state.layout, model.layout, model.nodeCount);
    await this.canvas.show(
      model.elements,
      layout,
      model.looseBelow === true && this.state.layout === "auto",
      model.fitTo ?? "all",
    );
    if (ticket !== this.viewTicket) return;
    this.learnNames();
    this.markTabs();
    this.updateHiddenButton();
    const visible = this.canvas.cy.nodes(":visible").filter((n) => !n.hasClass("axis")).length;
    renderStatus(
      this.ui.status,
      model.nodeCount === 0
        ? { state: "empty", message: model.emptyMessage }
        : visible === 0
          ? {
              state: "empty",
              message: "Everything here is filtered out. Widen the dates or switch kinds back on.",
            }
          : { state: "ready" },
    );
    const centre = view === "neighborhood" ? this.state.focus : null;
    if (centre) this.canvas.focus(centre);
    this.ui.graph.dataset["drawn"] = view;
  }

  /** Draws the neighbourhood of an entity and selects it. */
  async explore(id: string, name?: string): Promise<void> {
    if (name) this.names.set(id, name);
    await this.go("neighborhood", { focus: id, selected: id });
  }

  /** Redraws the neighbourhood with another number of hops (1 to 3). */
  async setDepth(depth: number): Promise<void> {
    this.state = { ...this.state, depth: Math.min(3, Math.max(1, depth)) };
    this.commit(false);
    if (this.state.focus) await this.showView();
  }

  /** Opens an entity: details in the panel, and the node focused (its neighbourhood if not drawn). */
  async select(id: string, name?: string): Promise<void> {
    if (id.startsWith(STACK_PREFIX)) return this.openDetails(id);
    if (name) this.names.set(id, name);
    this.state = { ...this.state, selected: id };
    this.commit(false);
    const details = this.ui.details.open(id);
    if (this.view !== "article" && !this.canvas.focus(id)) await this.explore(id, name);
    await details;
  }

  /** Opens an entity's details without moving the graph (a click on a drawn node). */
  openDetails(id: string): void {
    // A crowded timeline day's count unfolds in place; it is not an entity.
    if (id.startsWith(STACK_PREFIX)) {
      if (unfoldStack(this.canvas.cy, id)) this.say("The day's other events are shown.");
      return;
    }
    this.state = { ...this.state, selected: id };
    this.commit(false);
    void this.ui.details.open(id);
  }

  /** Opens the article view, the quote (offsets in the body) highlighted. */
  async openArticle(id: string | null, quote: [number, number] | null = null): Promise<void> {
    await this.go("article", { article: id, quote });
  }

  /** Shows the path between two entities. */
  async findPath(fromId: string, toId: string): Promise<void> {
    await this.go("path", { pathFrom: fromId, pathTo: toId });
  }

  /** Sets one end of the path finder and opens it ("Path from here"). */
  async setPathEnd(end: "from" | "to", ref: Ref): Promise<void> {
    this.names.set(ref.id, ref.name);
    const patch = end === "from" ? { pathFrom: ref.id } : { pathTo: ref.id };
    await this.go("path", patch);
  }

  /** Expands a node in place with its neighbours, or folds what an earlier expansion added. */
  async toggleExpand(id: string): Promise<void> {
    const node = this.canvas.cy.getElementById(id);
    if (node.empty() || !node.isNode()) return;
    try {
      const change = await this.expansions.toggle(node as NodeSingular, async (centre) => {
        const elements = buildNeighborhoodElements(await fetchNeighborhood(centre, 1), centre, this.palette);
        this.prepare(elements);
        return elements;
      });
      this.say(
        change >= 0
          ? `${change} node${change === 1 ? "" : "s"} added around ${this.label(id)}.`
          : `${-change} node${change === -1 ? "" : "s"} folded away.`,
      );
    } catch (error) {
      this.say(`Could not expand: ${message(error)}`);
    }
  }

  /** Hides the selected node (Show hidden brings it back). */
  hideSelected(): void {
    const node = this.canvas.cy.nodes(":selected").first();
    if (node.empty()) return this.say("Select a node to hide first.");
    node.unselect().addClass("hidden-node");
    this.state = { ...this.state, hidden: [...new Set([...this.state.hidden, node.id()])] };
    this.commit(false);
    this.updateHiddenButton();
    this.say(`${this.label(node.id())} hidden.`);
  }

  /** Brings back every hidden node. */
  showHidden(): void {
    this.canvas.cy.nodes(".hidden-node").removeClass("hidden-node");
    this.state = { ...this.state, hidden: [] };
    this.commit(false);
    this.updateHiddenButton();
  }

  /** Pins the selected node where it is (layouts leave it alone), or unpins it. */
  togglePin(): void {
    const node = this.canvas.cy.nodes(":selected").first();
    if (node.empty()) return this.say("Select a node to pin first.");
    const pinned = !node.hasClass("pinned");
    node.toggleClass("pinned", pinned);
    if (pinned) node.lock();
    else node.unlock();
    this.say(`${this.label(node.id())} ${pinned ? "pinned" : "unpinned"}.`);
  }

  /** Re-runs the layout a person picked (pinned nodes stay). */
  async setLayout(name: LayoutName): Promise<void> {
    this.state = { ...this.state, layout: name };
    this.commit(false);
    if (this.view === "article" || this.ui.layout.disabled) return;
    if (name === "auto") return this.showView();
    const count = this.canvas.cy.nodes(":visible").length;
    await this.canvas.relayout(chosenLayout(name, { name: "preset" }, count));
  }

  /** Filters what is drawn at once, while a control is still moving. */
  previewFilters(filters: Filters): void {
    this.state = { ...this.state, filters };
    this.applyClientFilters();
  }

  /** A settled filter change: into the URL, and views the server filters ask again. */
  async changeFilters(filters: Filters): Promise<void> {
    this.state = { ...this.state, filters };
    this.commit(false);
    if (SERVER_FILTERED.includes(this.view)) await this.showView();
    else this.applyClientFilters();
  }

  private async load(view: ViewName): Promise<ViewModel> {
    const filters = this.state.filters;
    switch (view) {
      case "network":
        return loadNetworkView(this.palette, serverFilterArgs(filters));
      case "lineage":
        return loadLineageView(serverFilterArgs(filters, false));
      case "timeline":
        return loadTimelineView(filters);
      case "neighborhood":
        if (!this.state.focus) return loadNetworkView(this.palette, serverFilterArgs(filters));
        return loadNeighborhoodView(this.state.focus, this.state.depth, this.palette);
      case "path": {
        const model = await loadPathView(this.state.pathFrom ?? "", this.state.pathTo ?? "", this.palette);
        for (const node of model.paths.flatMap((p) => p.nodes)) this.names.set(node.id, node.label);
        this.ui.pathFinder.setEnds(this.ref(this.state.pathFrom), this.ref(this.state.pathTo));
        this.ui.pathFinder.showPaths(model.paths, model.throughHubs);
        return model;
      }
      case "article":
      case "meetings":
        throw new Error(`the ${view} view is not a graph`);
    }
  }

  /** A view that failed to load says so, with a retry, unless a newer view has replaced it. */
  private failView(ticket: number, error: unknown): void {
    if (ticket !== this.viewTicket) return;
    renderStatus(this.ui.status, {
      state: "error",
      message: message(error),
      retry: () => void this.showView(),
    });
  }

  private async showMeetings(ticket: number): Promise<void> {
    const reader = this.ui.reader;
    reader.replaceChildren();
    reader.dataset["state"] = "loading";
    try {
      const rows = await fetchMeetingRows(serverFilterArgs(this.state.filters, false));
      if (ticket !== this.viewTicket) return;
      const shown = rows.filter(
        (m) => this.state.filters.status === "any" || m.status === this.state.filters.status,
      );
      reader.replaceChildren(renderMeetingsTable(shown, (id) => void this.select(id)));
      reader.dataset["state"] = "ready";
      this.ui.graph.dataset["drawn"] = "meetings";
    } catch (error) {
      this.failView(ticket, error);
    }
  }

  private async showArticle(ticket: number): Promise<void> {
    const reader = this.ui.reader;
    const events = {
      openEntity: (id: string) => void this.select(id),
      openArticle: (id: string) => void this.openArticle(id),
      removeSamples: readToken()
        ? () =>
            void removeSamples().then(
              (ids) => {
                this.say(`Removed ${ids.length} sample article${ids.length === 1 ? "" : "s"}.`);
                void this.showView();
              },
              (error: unknown) => this.say(`Could not remove the samples: ${message(error)}`),
            )
        : null,
    };
    reader.replaceChildren();
    reader.dataset["state"] = "loading";
    try {
      if (!this.state.article) {
        const list = await fetchArticles();
        if (ticket === this.viewTicket) reader.replaceChildren(renderArticleList(list, events));
      } else {
        const article = await fetchArticle(this.state.article);
        if (ticket !== this.viewTicket) return;
        if (!article) {
          reader.replaceChildren(renderArticleList(await fetchArticles(), events));
          this.say("That article is no longer in the graph.");
        } else reader.replaceChildren(renderArticle(article, this.state.quote, events));
      }
      reader.dataset["state"] = "ready";
      if (ticket === this.viewTicket) this.ui.graph.dataset["drawn"] = "article";
    } catch (error) {
      this.failView(ticket, error);
    }
  }

  /** Marks elements about to be drawn: hidden by the person, or filtered out. */
  private prepare(elements: ElementDefinition[]): void {
    const hidden = new Set(this.state.hidden);
    for (const element of elements) {
      if (element.group !== "nodes") continue;
      const id = String(element.data.id);
      const classes = [element.classes ?? ""];
      if (hidden.has(id)) classes.push("hidden-node");
      const data: FilterableNode = {
        kind: element.data["kind"],
        date: element.data["date"],
        country: element.data["country"],
        status: element.data["status"],
      };
      if (!this.isAnchor(id) && !passesFilters(data, this.clientFilters())) classes.push("filtered");
      element.classes = classes.join(" ").trim();
    }
  }

  /**
   * The filters applied to drawn elements. Where the server already filtered by country (meetings a
   * country took part in), people of other countries who met its side must stay.
   */
  private clientFilters(): Filters {
    const f = this.state.filters;
    return SERVER_FILTERED.includes(this.view) ? { ...f, country: null } : f;
  }

  private applyClientFilters(): void {
    const filters = this.clientFilters();
    const cy = this.canvas.cy;
    cy.batch(() =>
      cy.nodes().forEach((n) => {
        if (!n.hasClass("axis"))
          n.toggleClass("filtered", !this.isAnchor(n.id()) && !passesFilters(n.data(), filters));
      }),
    );
  }

  /** The entities a view is about stay drawn whatever the filters say. */
  private isAnchor(id: string): boolean {
    const s = this.state;
    return (
      (s.view === "neighborhood" && id === s.focus) ||
      (s.view === "path" && (id === s.pathFrom || id === s.pathTo))
    );
  }

  private learnNames(): void {
    for (const id of [this.state.focus, this.state.pathFrom, this.state.pathTo]) {
      const node = id ? this.canvas.cy.getElementById(id) : null;
      if (id && node?.nonempty()) this.names.set(id, String(node.data("label") ?? "").split("\n")[0] ?? id);
    }
  }

  private label(id: string): string {
    return (
      this.names.get(id) ??
      (String(this.canvas.cy.getElementById(id).data("label") ?? id).split("\n")[0] || id)
    );
  }

  private ref(id: string | null): Ref | null {
    return id ? { id, name: this.label(id) } : null;
  }

  private updateHiddenButton(): void {
    const count = this.canvas.cy.nodes(".hidden-node").length;
    this.ui.showHidden.hidden = count === 0;
    this.ui.showHidden.textContent = `Show hidden (${count})`;
  }

  private say(text: string): void {
    this.ui.announce.textContent = text;
    this.ui.announce.hidden = false;
    clearTimeout(Number(this.ui.announce.dataset["timer"]));
    this.ui.announce.dataset["timer"] = String(setTimeout(() => (this.ui.announce.hidden = true), 3500));
  }

  /** Writes the state into the URL: `push` for view changes (Back undoes them), replace for the rest. */
  private commit(push: boolean): void {
    const url = `${location.pathname}${serializeState(this.state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }

  private markTabs(): void {
    this.ui.depth.hidden = this.view !== "neighborhood";
    for (const tab of this.ui.tabs.querySelectorAll<HTMLButtonElement>("button[data-view]")) {
      const name = tab.dataset["view"];
      if (name === "neighborhood") {
        tab.hidden = this.state.focus === null;
        if (this.state.focus) tab.textContent = `Around ${this.label(this.state.focus)}`;
      }
      tab.classList.toggle("active", name === this.view);
      tab.setAttribute("aria-pressed", String(name === this.view));
    }
  }
}
