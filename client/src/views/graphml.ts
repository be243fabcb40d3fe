/** GraphML (for Gephi, yEd) and JSON documents of the drawn graph. */

export interface ExportNode {
  id: string;
  label: string;
  kind: string;
  country: string | null;
  date: string | null;
  status: string | null;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  label: string | null;
  weight: number | null;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Escapes text for XML content and attributes, and drops characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

const NODE_KEYS = ["label", "kind", "country", "date", "status"] as const;
const EDGE_KEYS = ["kind", "label", "weight"] as const;

function data(key: string, value: string | number | null): string {
  return value === null || value === "" ? "" : `<data key="${key}">${escapeXml(String(value))}</data>`;
}

/** A GraphML document with node and edge attributes declared as keys. */
export function toGraphml(graph: ExportGraph): string {
  const keys = [
    ...NODE_KEYS.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_KEYS.map(
      (k) =>
        `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${k === "weight" ? "double" : "string"}"/>`,
    ),
  ];
  const nodes = graph.nodes.map(
    (n) => `    <node id="${escapeXml(n.id)}">${NODE_KEYS.map((k) => data(`n_${k}`, n[k])).join("")}</node>`,
  );
  const edges = graph.edges.map(
    (e) =>
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">` +
      `${EDGE_KEYS.map((k) => data(`e_${k}`, e[k])).join("")}</edge>`,
  );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`,
    ...keys,
    `  <graph id="diplomatic-graph" edgedefault="directed">`,
    ...nodes,
    ...edges,
    `  </graph>`,
    `</graphml>`,
    ``,
  ].join("\n");
}
