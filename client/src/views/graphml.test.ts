import { describe, expect, it } from "vitest";
import { escapeXml, toGraphml } from "./graphml.ts";

describe("GraphML export", () => {
  it("escapes names so a quote or an ampersand cannot break the file", () => {
    expect(escapeXml(`AT&T "x" <y>\u0001`)).toBe("AT&amp;T &quot;x&quot; &lt;y&gt;");
  });

  it("writes nodes and edges with their attributes declared as keys", () => {
    const xml = toGraphml({
      nodes: [{ id: "a", label: "Lavrov & co", kind: "Person", country: "Russia", date: null, status: null }],
      edges: [{ id: "e", source: "a", target: "a", kind: "MET", label: null, weight: 2 }],
    });
    expect(xml).toContain(`<key id="n_label" for="node" attr.name="label" attr.type="string"/>`);
    expect(xml).toContain(
      `<node id="a"><data key="n_label">Lavrov &amp; co</data><data key="n_kind">Person</data><data key="n_country">Russia</data></node>`,
    );
    expect(xml).toContain(
      `<edge id="e" source="a" target="a"><data key="e_kind">MET</data><data key="e_weight">2</data></edge>`,
    );
  });
});
