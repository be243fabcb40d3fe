/** Entry point of the explorer page: wires the DOM in index.html to the controller. */
import "./styles.css";
import { storeToken } from "./api.ts";
import { byId } from "./dom.ts";
import { Explorer } from "./app.ts";
import { setUpKeyboard } from "./keyboard.ts";
import { createTokenDialog } from "./panel/corrections.ts";
import { DetailsPanel } from "./panel/details-panel.ts";
import { createFilterBar } from "./panel/filter-bar.ts";
import { createPathFinder } from "./panel/path-finder.ts";
import { setUpSearch } from "./panel/search.ts";
import { renderStats } from "./panel/stats.ts";
import { renderStatus } from "./panel/status.ts";
import { fetchCountries, fetchEventDates, fetchStats } from "./queries.ts";
import { dateDomain } from "./state/date-domain.ts";
import {
  LAYOUT_NAMES,
  type LayoutName,
  parseState,
  VIEW_NAMES,
  type ViewName,
} from "./state/explorer-state.ts";
import { applyTheme, initialTheme } from "./theme.ts";
import { createCanvas } from "./views/canvas.ts";
import { downloadGraphml, downloadJson, downloadPng } from "./views/export.ts";
import { CANVAS_BACKGROUND, type Theme } from "./views/graph-style.ts";

function isView(name: string | undefined): name is ViewName {
  return name !== undefined && (VIEW_NAMES as readonly string[]).includes(name);
}

function isLayout(name: string): name is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(name);
}

async function start(): Promise<void> {
  const status = byId("graph-status", HTMLElement);
  const tabs = byId("view-switcher", HTMLElement);
  const legend = byId("legend", HTMLElement);
  const themeToggle = byId("theme-toggle", HTMLButtonElement);
  let theme: Theme = initialTheme();
  applyTheme(theme, themeToggle);

  let explorer: Explorer | null = null;
  const graph = byId("network", HTMLElement);
  const aside = byId("graph-aside", HTMLElement);
  // Created before the canvas: fitting keeps the path's ends out from under it.
  const pathFinder = createPathFinder({
    find: (from, to) => void explorer?.findPath(from, to),
    open: (id) => void explorer?.select(id),
    read: (articleId, quote) => void explorer?.openArticle(articleId, quote),
  });
  // The legend (bottom left) and the path finder (top left) sit over the graph; fitting leaves their
  // widths free. The aside is a column of its own: the graph narrows instead.
  const overlayWidth = (panel: HTMLElement): number => (panel.hidden ? 0 : panel.offsetWidth + 16);
  const canvas = createCanvas(
    graph,
    { open: (id) => explorer?.openDetails(id), expand: (id) => void explorer?.toggleExpand(id) },
    () => Math.max(overlayWidth(legend), overlayWidth(pathFinder.element)),
    theme,
  );

  const tokenDialog = createTokenDialog((token) => {
    storeToken(token);
    void details.refresh();
  });
  document.body.append(tokenDialog);
  const askToken = (): void => tokenDialog.showModal();
  byId("token-button", HTMLButtonElement).addEventListener("click", askToken);

  const details: DetailsPanel = new DetailsPanel(byId("details-panel", HTMLElement), {
    open: (id) => void explorer?.select(id),
    explore: (id) => void explorer?.explore(id),
    pathFrom: (ref) => void explorer?.setPathEnd("from", ref),
    pathTo: (ref) => void explorer?.setPathEnd("to", ref),
    read: (articleId, quote) => void explorer?.openArticle(articleId, quote),
    corrections: {
      askToken,
      changed: (id) => {
        void explorer?.showView();
        void details.open(id);
      },
    },
  });

  const initial = parseState(location.search);
  const filterBar = createFilterBar(initial.filters, {
    preview: (filters) => explorer?.previewFilters(filters),
    change: (filters) => void explorer?.changeFilters(filters),
  });
  byId("filters", HTMLElement).append(filterBar.element);
  const graphArea = byId("graph-area", HTMLElement);
  graphArea.append(pathFinder.element);

  const depth = byId("depth", HTMLSelectElement);
  const layout = byId("layout", HTMLSelectElement);
  const showHidden = byId("show-hidden", HTMLButtonElement);
  explorer = new Explorer(
    canvas,
    {
      status,
      legend,
      tabs,
      depth: depth.closest("label") ?? depth,
      graph,
      tools: byId("graph-tools", HTMLElement),
      reader: byId("reader", HTMLElement),
      aside,
      layout,
      showHidden,
      announce: byId("announce", HTMLElement),
      pathFinder,
      filterBar,
      details,
    },
    initial,
  );
  const app = explorer;

  tabs.addEventListener("click", (event) => {
    const view =
      event.target instanceof HTMLElement ? event.target.closest("button")?.dataset["view"] : undefined;
    if (!isView(view)) return;
    if (view === "article") void app.openArticle(app.state.article, null);
    else void app.go(view);
  });
  depth.addEventListener("change", () => void app.setDepth(Number(depth.value)));
  layout.addEventListener("change", () => {
    if (isLayout(layout.value)) void app.setLayout(layout.value);
  });
  byId("fit", HTMLButtonElement).addEventListener("click", () => canvas.fit(true));
  byId("zoom-in", HTMLButtonElement).addEventListener("click", () => canvas.zoomBy(1.25));
  byId("zoom-out", HTMLButtonElement).addEventListener("click", () => canvas.zoomBy(0.8));
  byId("hide-node", HTMLButtonElement).addEventListener("click", () => app.hideSelected());
  byId("pin-node", HTMLButtonElement).addEventListener("click", () => app.togglePin());
  showHidden.addEventListener("click", () => app.showHidden());
  const fileName = (ext: string): string => `diplomatic-graph-${app.view}.${ext}`;
  byId("export-png", HTMLButtonElement).addEventListener("click", () =>
    canvas.withEveryEdgeDrawn(() => downloadPng(canvas.cy, fileName("png"), CANVAS_BACKGROUND[theme])),
  );
  byId("export-json", HTMLButtonElement).addEventListener("click", () =>
    downloadJson(canvas.cy, fileName("json")),
  );
  byId("export-graphml", HTMLButtonElement).addEventListener("click", () =>
    downloadGraphml(canvas.cy, fileName("graphml")),
  );
  themeToggle.addEventListener("click", () => {
    theme = theme === "dark" ? "light" : "dark";
    applyTheme(theme, themeToggle);
    canvas.setTheme(theme);
  });
  const search = byId("search-input", HTMLInputElement);
  setUpSearch(search, byId("search-results", HTMLElement), (hit) =>
    hit.kind === "Article" ? void app.openArticle(hit.id) : void app.select(hit.id, hit.name),
  );
  setUpKeyboard(
    graph,
    canvas.cy,
    {
      open: (id) => void app.select(id),
      expand: (id) => void app.toggleExpand(id),
      hide: () => app.hideSelected(),
      pin: () => app.togglePin(),
      zoom: (factor) => canvas.zoomBy(factor),
      fit: () => canvas.fit(true),
    },
    search,
  );
  window.addEventListener("popstate", () => void app.restore(parseState(location.search)));

  renderStatus(status, { state: "loading", message: "Loading the graph…" });
  try {
    const counts = await fetchStats();
    renderStats(byId("stats", HTMLElement), counts);
    if (counts.articles === 0) {
      renderStatus(status, {
        state: "empty",
        message: "No articles yet: run",
        hint: "npm run ingest -- <folder>",
      });
      return;
    }
  } catch (error) {
    renderStatus(status, {
      state: "error",
      message: error instanceof Error ? error.message : String(error),
      retry: () => location.reload(),
    });
    return;
  }
  // The slider spans the dated events, those far from the rest marked as outliers; the country filter
  // lists every country. Neither blocks the graph.
  void fetchEventDates()
    .then((dates) => {
      const domain = dateDomain(dates);
      if (domain) filterBar.setDateDomain(domain);
    })
    .catch(() => undefined);
  // Codes before the first draw: a country's colour comes from its code.
  const countries = await fetchCountries().catch(() => []);
  app.palette.learnCodes(countries);
  filterBar.setCountries(countries.map((c) => c.name));
  await app.restore(initial);
}

void start();
