/** Export of the drawn graph, for slides and reports. */
import type { Core } from "cytoscape";

/** Downloads the whole graph (not just the visible part) as a PNG at twice screen resolution. */
export function downloadPng(cy: Core, fileName: string): void {
  const link = document.createElement("a");
  link.href = cy.png({ full: true, scale: 2, bg: "#ffffff" });
  link.download = fileName;
  link.click();
}
