/**
 * Keyboard access to the graph: with the canvas focused, arrows walk the nodes, Enter opens one,
 * E expands or folds, H hides, P pins, + and - zoom, 0 fits, Escape clears. "/" focuses search.
 */
import type { Core, NodeSingular } from "cytoscape";

export interface GraphKeys {
  open(id: string): void;
  expand(id: string): void;
  hide(): void;
  pin(): void;
  zoom(factor: number): void;
  fit(): void;
}

/** Visible nodes in reading order: left to right, then top to bottom. */
function readingOrder(cy: Core): NodeSingular[] {
  const nodes: NodeSingular[] = [];
  cy.nodes(":visible").forEach((n) => {
    if (!n.hasClass("axis")) nodes.push(n);
  });
  return nodes.sort((a, b) => a.position("x") - b.position("x") || a.position("y") - b.position("y"));
}

/** Wires the keys on the graph container and the global "/" shortcut. */
export function setUpKeyboard(
  container: HTMLElement,
  cy: Core,
  keys: GraphKeys,
  search: HTMLInputElement,
): void {
  container.tabIndex = 0;
  container.setAttribute("role", "application");
  container.setAttribute(
    "aria-label",
    "Graph. Arrow keys move between nodes, Enter opens one, E expands or folds it, H hides, P pins, plus and minus zoom, 0 fits.",
  );
  const step = (by: number): void => {
    const nodes = readingOrder(cy);
    if (nodes.length === 0) return;
    const current = cy.nodes(":selected").first();
    const index = current.nonempty() ? nodes.findIndex((n) => n.id() === current.id()) : -1;
    const next = nodes[(index + by + nodes.length) % nodes.length] ?? nodes[0];
    if (!next) return;
    cy.elements().unselect();
    next.select();
    cy.animate({ center: { eles: next } }, { duration: 150 });
  };
  container.addEventListener("keydown", (event) => {
    const selected = cy.nodes(":selected").first();
    const handled = ((): boolean => {
      switch (event.key) {
        case "ArrowRight":
        case "ArrowDown":
          step(1);
          return true;
        case "ArrowLeft":
        case "ArrowUp":
          step(-1);
          return true;
        case "Enter":
          if (selected.nonempty()) keys.open(selected.id());
          return selected.nonempty();
        case "e":
        case "E":
          if (selected.nonempty()) keys.expand(selected.id());
          return selected.nonempty();
        case "h":
        case "H":
          keys.hide();
          return true;
        case "p":
        case "P":
          keys.pin();
          return true;
        case "+":
        case "=":
          keys.zoom(1.25);
          return true;
        case "-":
          keys.zoom(0.8);
          return true;
        case "0":
          keys.fit();
          return true;
        case "Escape":
          cy.elements().unselect().removeClass("faded highlight");
          return true;
        default:
          return false;
      }
    })();
    if (handled) event.preventDefault();
  });
  document.addEventListener("keydown", (event) => {
    const typing =
      event.target instanceof HTMLInputElement ||
      event.target instanceof HTMLTextAreaElement ||
      event.target instanceof HTMLSelectElement;
    if (event.key === "/" && !typing) {
      event.preventDefault();
      search.focus();
    }
  });
}
