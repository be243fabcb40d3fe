/** Entry point of the explorer page: wires the DOM in index.html to the controller. */
import "./styles.css";
import { byId } from "./dom.ts";
import { Explorer } from "./app.ts";
import { setUpSearch } from "./panel/search.ts";
import { renderStats } from "./panel/stats.ts";
import { renderStatus } from "./panel/status.ts";
import { fetchStats } from "./queries.ts";
import { createCanvas } from "./views/canvas.ts";
import { downloadPng } from "./views/export.ts";
import type { ViewName } from "./views/view-model.ts";

const VIEWS: readonly string[] = ["network", "lineage", "neighborhood"] satisfies ViewName[];

function isView(name: string | undefined): name is ViewName {
  return name !== undefined && VIEWS.includes(name);
}

async function start(): Promise<void> {
  const status = byId("graph-status", HTMLElement);
  const stats = byId("stats", HTMLElement);
  const tabs = document.querySelector<HTMLElement>("[data-testid=view-switcher]");
  if (!tabs) throw new Error("the view switcher is missing from index.html");

  const legend = byId("legend", HTMLElement);
  let explorer: Explorer | null = null;
  // The legend sits over the graph's bottom-left corner; fitting leaves its width free.
  const legendWidth = (): number => (legend.hidden ? 0 : legend.offsetWidth + 16);
  const canvas = createCanvas(
    byId("network", HTMLElement),
    (id) => void explorer?.openDetails(id),
    legendWidth,
  );
  const depth = byId("depth", HTMLSelectElement);
  const depthControl = depth.closest("label") ?? depth;
  explorer = new Explorer(canvas, {
    status,
    legend,
    panel: byId("details-panel", HTMLElement),
    tabs,
    depth: depthControl,
  });
  const app = explorer;

  tabs.addEventListener("click", (event) => {
    const view =
      event.target instanceof HTMLElement ? event.target.closest("button")?.dataset["view"] : undefined;
    if (isView(view)) void app.showView(view);
  });
  depth.addEventListener("change", () => void app.setDepth(Number(depth.value)));
  byId("fit", HTMLButtonElement).addEventListener("click", () => canvas.fit(true));
  byId("export-png", HTMLButtonElement).addEventListener("click", () =>
    downloadPng(canvas.cy, `diplomatic-graph-${app.view}.png`),
  );
  setUpSearch(
    byId("search-input", HTMLInputElement),
    byId("search-results", HTMLElement),
    (hit) => void app.select(hit.id, hit.name),
  );

  renderStatus(status, { state: "loading", message: "Loading the graph…" });
  try {
    const counts = await fetchStats();
    renderStats(stats, counts);
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
  await app.showView("network");
}

void start();
