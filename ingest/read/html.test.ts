import { describe, expect, it } from "vitest";
import { readHtml } from "./html.ts";

/** A news page with the furniture a reader never reads; `body` fills the article. */
function buildPage(
  overrides: { head?: string; body?: string; wrapper?: "article" | "main" | "none" } = {},
): string {
  const body =
    overrides.body ??
    "<h1>Witkoff meets Putin</h1><p>Steve Witkoff met Vladimir Putin in St Petersburg on 11 April 2025.</p><p>The talks lasted four hours.</p>";
  const wrapped =
    overrides.wrapper === "none"
      ? body
      : `<${overrides.wrapper ?? "article"}>${body}</${overrides.wrapper ?? "article"}>`;
  return `<!doctype html><html><head><title>Page title | Outlet</title>
    <style>p { color: red } .x::before { content: "Lavrov met Rubio in Oslo" }</style>
    <script>var headline = "Trump met Xi in Paris";</script>
    ${overrides.head ?? ""}</head>
    <body>
      <nav><a href="/">Home</a><a href="/world">World news</a></nav>
      <header><p>Subscribe to our newsletter</p></header>
      ${wrapped}
      <!-- Macron met Scholz in Rome: an HTML comment -->
      <section id="comments"><h2>Comments</h2><div class="comment"><p>Zelensky met Orban in Vienna, trust me.</p></div></section>
      <aside class="sidebar"><p>Most read: Shoigu in Pyongyang</p></aside>
      <footer><p>Copyright Outlet. Privacy policy.</p></footer>
      <script>track("Biden met Kim in Seoul")</script>
    </body></html>`;
}

describe("readHtml", () => {
  it("keeps the article's paragraphs, one per block", () => {
    const { text } = readHtml(buildPage());
    expect(text).toBe(
      "Witkoff meets Putin\n\nSteve Witkoff met Vladimir Putin in St Petersburg on 11 April 2025.\n\nThe talks lasted four hours.",
    );
  });

  it.each(["article", "main", "none"] as const)(
    "drops scripts, styles, navigation, footer, comments and HTML comments (content in %s)",
    (wrapper) => {
      const { text } = readHtml(buildPage({ wrapper }));
      expect(text).toContain("Steve Witkoff met Vladimir Putin");
      for (const noise of [
        "Trump met Xi",
        "Lavrov met Rubio",
        "Biden met Kim",
        "World news",
        "Subscribe",
        "Macron met Scholz",
        "Zelensky met Orban",
        "Most read",
        "Copyright",
        "color: red",
      ]) {
        expect(text).not.toContain(noise);
      }
    },
  );

  it("reads Open Graph and article: metadata", () => {
    const { meta } = readHtml(
      buildPage({
        head: `<meta property="og:title" content="Witkoff and Putin talk for four hours">
          <meta property="og:site_name" content="Sample Review">
          <meta property="og:url" content="https://samples.example/witkoff-putin">
          <meta property="article:published_time" content="2025-04-11T21:00:00Z">
          <meta name="author" content="A. Correspondent">`,
      }),
    );
    expect(meta).toEqual({
      title: "Witkoff and Putin talk for four hours",
      published: "2025-04-11T21:00:00Z",
      outlet: "Sample Review",
      author: "A. Correspondent",
      url: "https://samples.example/witkoff-putin",
    });
  });

  it("falls back to <title>, a <time> element and the canonical link", () => {
    const { meta } = readHtml(
      buildPage({
        head: '<link rel="canonical" href="https://samples.example/canonical">',
        body: '<p>Published <time datetime="2025-12-03">3 December</time>.</p><p>Putin received Witkoff and Kushner.</p>',
      }),
    );
    expect(meta).toMatchObject({
      title: "Page title | Outlet",
      published: "2025-12-03",
      url: "https://samples.example/canonical",
    });
  });

  it("collapses whitespace inside a paragraph and decodes entities", () => {
    const { text } = readHtml(
      buildPage({ body: "<p>Rubio   met\n   Lavrov&nbsp;in Riyadh &amp; Istanbul.</p>" }),
    );
    expect(text).toBe("Rubio met Lavrov in Riyadh & Istanbul.");
  });

  it("gives empty text for a page with nothing but furniture", () => {
    expect(readHtml(buildPage({ body: "" })).text).toBe("");
  });
});
