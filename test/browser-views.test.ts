/**
 * Issue 12's views in Debian's Chromium: proposal families in the lineage view with the list of
 * proposals in no family, the proposal panel's lineage and terms, the camera after every view switch,
 * and country colours. The graph includes a family of three versions with terms, built here.
 */
import { readFileSync } from "node:fs";
import type { NodeSingular } from "cytoscape";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildBrowserStory,
  clickNode,
  type ExplorerServer,
  launchBrowser,
  openPage,
  saveScreenshot,
  screenshotOnFailure,
  startExplorerServer,
  waitForGraph,
  waitForNodeVisible,
  waitForText,
} from "./support/browser.ts";
import { countryColour } from "../client/src/palette.ts";
import {
  buildArticle,
  buildDocument,
  buildProposal,
  evidenceIn,
  uniquePrefix,
} from "./support/build-document.ts";
import { buildFamilyStory } from "./support/family-story.ts";

/**
 * A walk through `views` that takes every ordered pair once (an Eulerian circuit of the complete
 * directed graph, by Hierholzer's algorithm): each view is entered from every other view.
 */
export function everyOrderedPair<T>(views: readonly T[]): T[] {
  const unused = new Map(views.map((v) => [v, views.filter((w) => w !== v)]));
  const stack: T[] = [views[0] as T];
  const walk: T[] = [];
  while (stack.length) {
    const at = stack.at(-1) as T;
    const next = unused.get(at)?.shift();
    if (next === undefined) walk.push(stack.pop() as T);
    else stack.push(next);
  }
  return walk.reverse();
}

describe("proposal families, the proposal panel, the camera and colours in the browser", () => {
  const prefix = uniquePrefix("views");
  const story = buildBrowserStory(prefix);
  const family = buildFamilyStory(prefix);
  const { v1, v2, v3 } = family.versions;
  // One proposal decades before everything else: an outlier the date slider must mark, not stretch to.
  const recalled = buildArticle({
    id: `${prefix}-recalled`,
    title: "A memorandum recalled",
    published: "2025-03-20",
    body: `The Harbour Memorandum ${family.tag} was tabled in October 1962.`,
  });
  const memorandum = buildProposal({
    id: `${prefix}-memorandum`,
    name: `Harbour Memorandum ${family.tag}`,
    date: "1962-10-16",
    evidence: [evidenceIn(recalled, recalled.body)],
  });
  const outlier = buildDocument({ articles: [recalled], proposals: [memorandum] });
  let browser: Browser;
  let explorer: ExplorerServer;

  beforeAll(async () => {
    explorer = await startExplorerServer([story.document, family.document, outlier]);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await explorer?.stop();
  });

  async function inPage(name: string, body: (page: Page) => Promise<void>): Promise<void> {
    const session = await openPage(browser, explorer.origin);
    try {
      await screenshotOnFailure(session.page, name, () => body(session.page));
      expect(session.errors, "console errors").toEqual([]);
      expect(session.warnings, "console warnings").toEqual([]);
      expect(session.offsite, "requests beyond the server").toEqual([]);
    } finally {
      await session.close();
    }
  }

  const url = (params: Record<string, string>): string =>
    `${explorer.origin}/?${new URLSearchParams(params).toString()}`;

  it("draws proposal families in rows, versions in time order, terms below, names readable at first draw", async () => {
    await inPage("families", async (page) => {
      await page.goto(url({ view: "lineage" }));
      await waitForGraph(page);
      await page.waitForFunction((id) => window.__cy?.getElementById(id).nonempty() === true, v1.id);
      const drawn = await page.evaluate(
        ({ ids, title }) => {
          const cy = window.__cy;
          if (!cy) throw new Error("no graph");
          const at = (id: string) => cy.getElementById(id).position();
          const box = cy.getElementById(ids[0] ?? "");
          return {
            positions: ids.map(at),
            title: String(cy.getElementById(title).data("label") ?? ""),
            // What a reader sees: the label's size on screen, and that it wraps inside its box.
            fontOnScreen: parseFloat(box.style("font-size")) * cy.zoom(),
            wrap: box.style("text-wrap"),
            maxWidth: parseFloat(box.style("text-max-width")),
            width: box.width(),
            looseDrawn: cy.getElementById(ids.at(-1) ?? "").nonempty(),
          };
        },
        {
          ids: [v1.id, v2.id, v3.id, family.terms.cap1.id, family.terms.cap2.id, family.loose.id],
          title: `family:${v1.id}`,
        },
      );
      const [p1, p2, p3, cap1, cap2] = drawn.positions;
      expect(p1!.x).toBeLessThan(p2!.x);
      expect(p2!.x).toBeLessThan(p3!.x);
      expect(p1!.y).toBe(p2!.y);
      expect(cap1!.y).toBeGreaterThan(p1!.y);
      expect(cap2!.y).toBeGreaterThan(p2!.y);
      expect(drawn.title).toContain(v1.name);
      expect(drawn.title).toContain("3 versions");
      expect(drawn.fontOnScreen).toBeGreaterThanOrEqual(12);
      expect(drawn.wrap).toBe("wrap");
      expect(drawn.maxWidth).toBeLessThan(drawn.width);
      // The proposal in no family is listed beside the graph, not drawn.
      expect(drawn.looseDrawn).toBe(false);
      const row = page.locator("[data-testid=loose-proposals-row]", { hasText: family.loose.name });
      await row.waitFor();
      expect(await row.locator("td[data-key=date]").textContent()).toBe("2025-02-20");
      await saveScreenshot(page, "view-lineage-families");
      // Sorting by date, then again for newest first.
      await page.locator("[data-testid=sort-date]").click();
      const ascending = await page
        .locator("[data-testid=loose-proposals-row] td[data-key=date]")
        .allTextContents();
      const dated = ascending.filter(Boolean);
      expect(dated).toEqual([...dated].sort());
      await page.locator("[data-testid=sort-date]").click();
      const descending = (
        await page.locator("[data-testid=loose-proposals-row] td[data-key=date]").allTextContents()
      ).filter(Boolean);
      expect(descending).toEqual([...dated].sort().reverse());
      // A row opens its proposal.
      await row.locator("button").click();
      await waitForText(page, "[data-testid=details-name]", family.loose.name);
    });
  });

  it("shows what a proposal revises, what answered it and its terms, each a link", async () => {
    await inPage("proposal-panel", async (page) => {
      await page.goto(url({ view: "lineage", sel: v2.id }));
      await waitForText(page, "[data-testid=details-name]", v2.name);
      await waitForText(page, "[data-testid=proposal-revises]", v1.name);
      await waitForText(page, "[data-testid=proposal-answered-by]", v3.name);
      await waitForText(page, "[data-testid=proposal-terms]", family.terms.cap2.name);
      await saveScreenshot(page, "panel-proposal-lineage");
      await page.locator("[data-testid=proposal-terms] button", { hasText: family.terms.cap2.name }).click();
      await waitForText(page, "[data-testid=details-name]", family.terms.cap2.name);
      await waitForText(page, "[data-testid=proposal-part-of]", v2.name);
      await waitForText(page, "[data-testid=proposal-revises]", family.terms.cap1.name);
      await page.locator("[data-testid=proposal-part-of] button", { hasText: v2.name }).click();
      await waitForText(page, "[data-testid=details-name]", v2.name);
      await page.locator("[data-testid=proposal-answered-by] button", { hasText: v3.name }).click();
      await waitForText(page, "[data-testid=details-name]", v3.name);
      await waitForText(page, "[data-testid=proposal-answers]", v2.name);
    });
  });

  it("leaves every view fitted with its labels drawn, whichever view it is entered from", async () => {
    const views = ["network", "lineage", "timeline", "meetings", "path", "article", "neighborhood"] as const;
    const walk = everyOrderedPair(views);
    expect(walk).toHaveLength(views.length * (views.length - 1) + 1);
    await inPage("camera", async (page) => {
      const { marchetti, aldecoa, haddad } = story.people;
      await page.goto(url({ focus: marchetti.id, pfrom: aldecoa.id, pto: haddad.id }));
      await page.locator("[data-testid=network][data-drawn=network]").waitFor({ state: "attached" });
      for (const [step, view] of walk.entries()) {
        if (step > 0) await page.locator(`[data-testid=view-${view}]`).click();
        await page.locator(`[data-testid=network][data-drawn=${view}]`).waitFor({ state: "attached" });
        if (view === "article" || view === "meetings") {
          await page
            .locator(`[data-testid=${view === "article" ? "article-list" : "meetings-table"}]`)
            .waitFor();
          continue;
        }
        await page.waitForFunction(() => window.__cy?.animated() === false);
        const camera = await page.evaluate(() => {
          const cy = window.__cy;
          if (!cy) throw new Error("no graph");
          const nodes = cy.nodes(":visible").filter((n) => !n.hasClass("axis"));
          const box = nodes.renderedBoundingBox({ includeLabels: false });
          const onScreen = nodes.filter((n: NodeSingular) => {
            const p = n.renderedPosition();
            return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
          });
          return {
            zoom: cy.zoom(),
            width: cy.width(),
            height: cy.height(),
            box,
            onScreen: onScreen.length,
            // The smallest label on screen, in pixels; Cytoscape skips labels under min-zoomed-font-size.
            smallestLabel: Math.min(...onScreen.map((n) => parseFloat(n.style("font-size")) * cy.zoom())),
            minDrawn: Math.max(...onScreen.map((n) => parseFloat(n.style("min-zoomed-font-size")))),
          };
        });
        const where = `${view} (step ${step}, from ${walk[step - 1] ?? "the start"})`;
        expect(camera.width, where).toBeGreaterThan(300);
        expect(camera.height, where).toBeGreaterThan(300);
        expect(camera.onScreen, where).toBeGreaterThan(0);
        // Not a speck in a corner: what is drawn spans a good part of the canvas, or the graph is at
        // its largest fitting zoom already.
        const spread = Math.max(camera.box.w / camera.width, camera.box.h / camera.height);
        expect(spread > 0.2 || camera.zoom >= 1, `${where}: spread ${spread}, zoom ${camera.zoom}`).toBe(
          true,
        );
        expect(camera.zoom, where).toBeGreaterThanOrEqual(0.3);
        expect(camera.smallestLabel, where).toBeGreaterThanOrEqual(Math.max(camera.minDrawn, 9));
      }
    });
  });

  it("colours a country by its code, the same in every view", async () => {
    await inPage("colours", async (page) => {
      const { marchetti, aldecoa } = story.people;
      const colourIn = async (params: Record<string, string>, id: string): Promise<string> => {
        await page.goto(url(params));
        await page
          .locator(`[data-testid=network][data-drawn=${params["view"] ?? "network"}]`)
          .waitFor({ state: "attached" });
        return page.evaluate((nodeId) => String(window.__cy?.getElementById(nodeId).data("colour")), id);
      };
      const italy = countryColour("IT");
      expect(await colourIn({}, marchetti.id)).toBe(italy);
      expect(await colourIn({ view: "neighborhood", focus: marchetti.id }, marchetti.id)).toBe(italy);
      expect(await colourIn({ view: "path", pfrom: marchetti.id, pto: aldecoa.id }, marchetti.id)).toBe(
        italy,
      );
      expect(await colourIn({}, family.people.ostrava.id)).toBe(countryColour("NO"));
      expect(countryColour("US")).not.toBe(countryColour("RU"));
    });
  });

  it("keeps a day in one column on the timeline and folds a crowded day into a count that unfolds", async () => {
    await inPage("timeline-stack", async (page) => {
      await page.goto(url({ view: "timeline", from: "2025-03-01", to: "2025-03-31" }));
      await page.locator("[data-testid=network][data-drawn=timeline]").waitFor({ state: "attached" });
      const stackId = "stack:2025-03-10|Meeting";
      const before = await page.evaluate((id) => {
        const cy = window.__cy;
        const day = cy?.nodes(".event").filter((n) => n.data("date") === "2025-03-10" && n.visible());
        return {
          stack: String(cy?.getElementById(id).data("label") ?? ""),
          columns: new Set(day?.map((n: NodeSingular) => Math.round(n.position("x")))).size,
          visible: day?.length ?? 0,
        };
      }, stackId);
      expect(before.stack).toMatch(/^\+\d+ more meetings/);
      expect(before.columns).toBe(1);
      await saveScreenshot(page, "view-timeline-stacked");
      await clickNode(page, stackId);
      await page.waitForFunction((id) => window.__cy?.getElementById(id).empty() === true, stackId);
      for (const meeting of family.crowd) await waitForNodeVisible(page, meeting.id);
      const columns = await page.evaluate(() => {
        const day = window.__cy
          ?.nodes(".event")
          .filter((n) => n.data("date") === "2025-03-10" && n.visible());
        return new Set(day?.map((n: NodeSingular) => Math.round(n.position("x")))).size;
      });
      expect(columns).toBe(1);
    });
  });

  it("marks a date far from the rest as an outlier at the slider's end instead of stretching it", async () => {
    await inPage("date-outliers", async (page) => {
      const dayOf = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
      await page.goto(url({ view: "timeline" }));
      await page.locator("[data-testid=date-slider][data-ready]").waitFor();
      const marker = page.locator("[data-testid=date-outliers-earlier]");
      await marker.waitFor();
      expect(await marker.getAttribute("title")).toContain("1962-10-16");
      expect(await marker.textContent()).toMatch(/^\+\d+ earlier$/);
      const from = page.locator("[data-testid=date-from]");
      // The slider spans the rest of the data, not the decades back to the memorandum.
      expect(Number(await from.getAttribute("min"))).toBeGreaterThan(dayOf("2000-01-01"));
      expect(await page.locator("[data-testid=date-label]").textContent()).not.toContain("1962");
      // Nothing is ignored: with the thumb at its end, the memorandum is on the timeline.
      await page.waitForFunction((id) => window.__cy?.getElementById(id).nonempty() === true, memorandum.id);
      await saveScreenshot(page, "filter-date-outliers");
      // On request the slider reaches it; again, it is set apart once more.
      await marker.click();
      await page.locator("[data-testid=date-slider][data-outliers=on-slider]").waitFor({ state: "attached" });
      expect(Number(await from.getAttribute("min"))).toBeLessThanOrEqual(dayOf("1962-10-16"));
      expect(await marker.getAttribute("aria-pressed")).toBe("true");
      await marker.click();
      await page.locator("[data-testid=date-slider][data-outliers=marked]").waitFor({ state: "attached" });
      expect(Number(await from.getAttribute("min"))).toBeGreaterThan(dayOf("2000-01-01"));
    });
  });

  it("lists meetings in a table to sort, filter, open and export as CSV", async () => {
    await inPage("meetings-table", async (page) => {
      await page.goto(url({ view: "meetings" }));
      await page.locator("[data-testid=meetings-table]").waitFor();
      await page.locator("[data-testid=filter-place]").fill(`Lindqvist Hall`);
      const rows = page.locator("[data-testid=meetings-table-row]");
      await page.waitForFunction(
        () => document.querySelectorAll("[data-testid=meetings-table-row]").length === 5,
      );
      await page.locator("[data-testid=filter-status]").fill("planned");
      await page.waitForFunction(
        () => document.querySelectorAll("[data-testid=meetings-table-row]").length === 1,
      );
      await page.locator("[data-testid=filter-status]").fill("");
      await page.locator("[data-testid=sort-place]").click();
      const places = await rows.locator("td[data-key=place]").allTextContents();
      expect(places).toEqual([...places].sort((a, b) => a.localeCompare(b)));
      await page.locator("[data-testid=sort-place]").click();
      expect(await rows.locator("td[data-key=place]").allTextContents()).toEqual(
        [...places].sort((a, b) => a.localeCompare(b)).reverse(),
      );
      expect(await rows.first().locator("td[data-key=articles]").textContent()).toBe("1");
      await saveScreenshot(page, "view-meetings");
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        page.locator("[data-testid=export-csv]").click(),
      ]);
      expect(file.suggestedFilename()).toBe("meetings.csv");
      const csv = readFileSync(await file.path(), "utf8")
        .trim()
        .split("\r\n");
      expect(csv[0]).toBe('"Date","Place","Kind","Status","Participants","Articles"');
      expect(csv).toHaveLength(6);
      expect(csv[1]).toContain("Lindqvist Hall 5");
      await rows.first().locator("button").click();
      await waitForText(page, "[data-testid=details-kind]", "Meeting");
      await waitForText(page, "[data-testid=details-panel]", "Lindqvist Hall 5");
    });
  });

  it("finds up to three paths through people and meetings, hubs only when nothing else, the panel clear of the ends", async () => {
    await inPage("paths", async (page) => {
      const { aldecoa, haddad } = story.people;
      await page.goto(url({ view: "path", pfrom: aldecoa.id, pto: haddad.id }));
      await page.locator("[data-testid=network][data-drawn=path]").waitFor({ state: "attached" });
      const results = await page.locator("[data-testid=path-result]").count();
      expect(results).toBeGreaterThanOrEqual(1);
      expect(results).toBeLessThanOrEqual(3);
      expect(await page.locator("[data-testid=path-hubs]").count()).toBe(0);
      const kinds = await page.evaluate(() =>
        window.__cy?.nodes(".path-node").map((n) => String(n.data("kind"))),
      );
      expect(kinds?.every((k) => k === "Person" || k === "Meeting")).toBe(true);
      // The panel over the graph leaves both ends in view beside it.
      const panel = await page.locator("[data-testid=path-finder]").boundingBox();
      const graph = await page.locator("[data-testid=network]").boundingBox();
      for (const id of [aldecoa.id, haddad.id]) {
        const at = await page.evaluate(
          (nodeId) => window.__cy?.getElementById(nodeId).renderedPosition(),
          id,
        );
        const x = (graph?.x ?? 0) + (at?.x ?? 0);
        const y = (graph?.y ?? 0) + (at?.y ?? 0);
        const covered =
          panel !== null &&
          x >= panel.x &&
          x <= panel.x + panel.width &&
          y >= panel.y &&
          y <= panel.y + panel.height;
        expect(covered, `${id} under the path finder`).toBe(false);
        expect(x).toBeLessThan((graph?.x ?? 0) + (graph?.width ?? 0));
      }
      // Each step with the sentence that states it and its article; a quote opens it in the article.
      const callSentence = "Marchetti later held a call with Noor Haddad.";
      const stepQuote = page
        .locator("[data-testid=path-result]")
        .first()
        .locator("[data-testid=path-edge] [data-testid=path-evidence]", { hasText: callSentence })
        .first();
      await stepQuote.waitFor();
      expect(await stepQuote.textContent()).toContain(story.article.title);
      const steps = page.locator("[data-testid=path-result]").first().locator("[data-testid=path-edge]");
      const edges = await steps.count();
      expect(edges).toBeGreaterThanOrEqual(2);
      for (let i = 0; i < edges; i++)
        expect(
          await steps.nth(i).locator("[data-testid=path-evidence]").count(),
          `step ${i}`,
        ).toBeGreaterThan(0);
      await saveScreenshot(page, "view-paths");
      await stepQuote.locator("button").click();
      await page.locator("[data-testid=article-view]").waitFor();
      expect(await page.locator("mark.quote").evaluateAll((m) => m.map((e) => e.textContent).join(""))).toBe(
        callSentence,
      );
      await page.goBack();
      await page.locator("[data-testid=path-result]").first().waitFor();

      const { envoy, ostrava } = family.people;
      await page.goto(url({ view: "path", pfrom: envoy.id, pto: ostrava.id }));
      await page.locator("[data-testid=network][data-drawn=path]").waitFor({ state: "attached" });
      await waitForText(page, "[data-testid=path-hubs]", "country");
      await waitForText(page, "[data-testid=path-result]", family.countries.ostravia.name);
    });
  });

  it("marks meetings, proposals and places in the article, and lists the facts each sentence supports", async () => {
    await inPage("article-facts", async (page) => {
      const { tag } = family;
      await page.goto(url({ view: "article", article: family.article.id }));
      await page.locator("[data-testid=article-body]").waitFor();
      const mark = (kind: string, text: string) =>
        page.locator(`[data-testid=mention][data-kind=${kind}]`, { hasText: text });
      // Each kind marked where its sentence names it; each mark opens its fact.
      expect(await mark("Meeting", "met").count()).toBe(1);
      expect(await mark("Place", "Lindqvist").count()).toBe(1);
      await saveScreenshot(page, "view-article-facts");
      await mark("Proposal", `Grain Levy ${tag}`).click();
      await waitForText(page, "[data-testid=details-name]", family.loose.name);
      await mark("Place", "Lindqvist").click();
      await waitForText(page, "[data-testid=details-kind]", "Meeting");
      await waitForText(page, "[data-testid=details-panel]", "Lindqvist");
      await mark("Meeting", "met").click();
      await waitForText(page, "[data-testid=details-kind]", "Meeting");

      // A sentence's facts, reached from the keyboard: the version it attests and the relation it states.
      const revised = `Sorel revised the Lindqvist Accord ${tag} two weeks later.`;
      const sentence = page.locator("[data-testid=sentence]", { hasText: revised });
      expect(await sentence.textContent()).toBe(revised);
      const toggle = sentence.locator("xpath=following-sibling::button[1]");
      expect(await toggle.getAttribute("data-testid")).toBe("sentence-facts-toggle");
      const facts = sentence.locator("xpath=following-sibling::div[1]");
      expect(await facts.isVisible()).toBe(false);
      await toggle.focus();
      await page.keyboard.press("Enter");
      await facts.waitFor();
      expect(await toggle.getAttribute("aria-expanded")).toBe("true");
      const items = await facts.locator("[data-testid=sentence-fact]").allTextContents();
      expect(items).toContain(`Proposal ${v2.name}`);
      expect(items).toContain(`${v2.name} revises ${v1.name}`);
      expect(await toggle.textContent()).toBe(String(items.length));
      await saveScreenshot(page, "view-article-sentence-facts");
      await facts
        .locator("[data-testid=sentence-fact][data-kind=REVISES]")
        .getByRole("button", { name: v1.name, exact: true })
        .click();
      await waitForText(page, "[data-testid=details-name]", v1.name);

      // The same over GraphQL: the sentence, the entity it attests and the relation it states.
      const answer = await page.evaluate(async (id) => {
        const response = await fetch("/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query: `query($id: ID!) { article(id: $id) { sentences { quote start end
              entities { ... on Proposal { id } }
              relations { kind from { ... on Proposal { id } } to { ... on Proposal { id } } } } } }`,
            variables: { id },
          }),
        });
        return (await response.json()) as {
          data: {
            article: {
              sentences: {
                quote: string;
                entities: { id?: string }[];
                relations: { kind: string; from: { id?: string }; to: { id?: string } }[];
              }[];
            };
          };
        };
      }, family.article.id);
      const stated = answer.data.article.sentences.find((s) => s.quote === revised);
      expect(stated?.entities.map((e) => e.id)).toContain(v2.id);
      expect(stated?.relations).toContainEqual({ kind: "REVISES", from: { id: v2.id }, to: { id: v1.id } });
    });
  });

  it("compares two versions of a plan term by term, in the panel and over GraphQL", async () => {
    await inPage("compare", async (page) => {
      const { cap1, cap2, amnesty, elections } = family.terms;
      await page.goto(url({ view: "lineage", sel: v1.id }));
      await waitForText(page, "[data-testid=details-name]", v1.name);
      await page.locator("[data-testid=compare-with]", { hasText: v2.name }).click();
      await page.locator("[data-testid=comparison]").waitFor();
      const rows = await page
        .locator("[data-testid=comparison-row]")
        .evaluateAll((trs) =>
          trs.map((tr) => ({ change: tr.getAttribute("data-change"), text: tr.textContent ?? "" })),
        );
      const cap = rows.find((r) => r.text.includes(cap1.name));
      expect(cap?.change).toBe("changed");
      expect(cap?.text).toContain(cap2.name);
      expect(rows.find((r) => r.text.includes(amnesty.name))?.change).toBe("dropped");
      expect(await page.locator("[data-testid=comparison-quote]", { hasText: "600,000" }).count()).toBe(1);
      await saveScreenshot(page, "panel-comparison");

      const answer = await page.evaluate(
        async ({ a, b }) => {
          const response = await fetch("/graphql", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              query:
                "query($a: ID!, $b: ID!) { compareProposals(a: $a, b: $b) { rows { topic change a { id } b { id } } } }",
              variables: { a, b },
            }),
          });
          return (await response.json()) as {
            data: {
              compareProposals: {
                rows: { change: string; a: { id: string } | null; b: { id: string } | null }[];
              };
            };
          };
        },
        { a: v2.id, b: v3.id },
      );
      const changes = answer.data.compareProposals.rows.map((r) => [
        r.a?.id ?? null,
        r.b?.id ?? null,
        r.change,
      ]);
      expect(changes).toEqual([
        [cap2.id, null, "dropped"],
        [null, elections.id, "added"],
      ]);
    });
  });
});
