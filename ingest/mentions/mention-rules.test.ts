/** Each mention rule, on its own example, through the whole mention stage. */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { annotateDocument } from "../annotate/index.ts";
import { emptyKnowledge } from "../knowledge/knowledge.ts";
import type { Mention } from "../types.ts";
import { findMentions } from "./find-mentions.ts";
import { MENTION_RULES } from "./mention-rules.ts";

function mentionsOf(text: string): Mention[] {
  return findMentions(text, annotateDocument(text, null).sentences, emptyKnowledge());
}
const people = (text: string): string[] =>
  mentionsOf(text)
    .filter((m) => m.kind === "person")
    .map((m) => m.name);

/** What each rule's example must come out as. */
const EXPECTED: Record<string, (mentions: Mention[]) => void> = {
  "headline-words-after-name": (ms) =>
    expect(ms.filter((m) => m.kind === "person").map((m) => m.name)).toContain("Dmytro Kuleba"),
  // A lone "Framework" stays a person of no evidence (0.2), which the resolver drops.
  "person-name-of-a-document": (ms) => {
    expect(ms.filter((m) => m.kind === "person" && m.confidence >= 0.4)).toEqual([]);
    expect(ms.filter((m) => m.kind === "institution")).toEqual([]);
  },
  "person-never-event-creed-region": (ms) => expect(ms.filter((m) => m.kind === "person")).toEqual([]),
  "person-name-in-a-list-of-places": (ms) => expect(ms.filter((m) => m.kind === "person")).toEqual([]),
  "group-named-with-the": (ms) =>
    expect(ms.filter((m) => m.kind === "institution").map((m) => m.name)).toEqual([
      "Taliban",
      "Government of Afghanistan",
    ]),
  "news-organisation-by-context": (ms) => {
    expect(ms.find((m) => m.text === "La Repubblica")).toMatchObject({ kind: "institution", role: "media" });
    expect(ms.find((m) => m.text === "Reuters")).toMatchObject({ kind: "institution", role: "media" });
  },
  "honorific-or-byline-before-name": (ms) =>
    expect(ms.filter((m) => m.kind === "person").map((m) => m.name)).toEqual(["Jared Kushner"]),
  "speaker-label-with-glued-title": (ms) =>
    expect(ms.filter((m) => m.kind === "person").map((m) => m.name)).toEqual(["Emmanuel Macron"]),
  "speaker-label-in-capitals": (ms) => {
    expect(ms.filter((m) => m.kind === "person").map((m) => m.name)).toEqual(["Blinken"]);
    expect(ms.filter((m) => m.kind === "institution")).toEqual([]);
  },
  "abbreviation-of-a-title-or-document": (ms) => {
    expect(ms.filter((m) => m.kind === "institution")).toEqual([]);
    expect(ms.filter((m) => m.kind === "person").map((m) => m.name)).toContain("Tom Perriello");
  },
  "person-name-of-a-facility": (ms) =>
    expect(ms.filter((m) => m.kind === "person" && /Gurion|Sultan/.test(m.name))).toEqual([]),
  "government-as-possessor": (ms) => expect(ms.filter((m) => m.kind === "institution")).toEqual([]),
  "government-as-modifier": (ms) =>
    expect(ms.filter((m) => m.kind === "institution" && m.name.startsWith("Government"))).toEqual([]),
};

/** What each rule's counter-example must still give. */
const COUNTER: Record<string, (mentions: Mention[]) => void> = {
  "government-as-modifier": (ms) =>
    expect(ms.filter((m) => m.kind === "institution").map((m) => m.name)).toEqual(["Government of Colombia"]),
  "person-name-in-a-list-of-places": (ms) =>
    expect(ms.filter((m) => m.kind === "person").map((m) => m.name)).toEqual(["Ahmed Ali"]),
  "person-name-of-a-document": (ms) =>
    expect(ms.filter((m) => m.kind === "person").map((m) => m.name)).toEqual(["Aliyev", "Pashinyan"]),
  "government-as-possessor": (ms) =>
    expect(ms.filter((m) => m.kind === "institution").map((m) => m.name)).toEqual(["Government of Colombia"]),
  "news-organisation-by-context": (ms) =>
    expect(ms.filter((m) => m.kind === "person").map((m) => m.name)).toEqual(["Zelensky"]),
  "group-named-with-the": (ms) => expect(ms.filter((m) => m.kind === "institution")).toEqual([]),
  "person-name-of-a-facility": (ms) =>
    expect(ms.filter((m) => m.kind === "person").map((m) => m.name)).toEqual([
      "Tony Blair",
      "Alexander Stubb",
    ]),
  "speaker-label-in-capitals": (ms) => expect(ms.filter((m) => m.kind === "person")).toEqual([]),
  "abbreviation-of-a-title-or-document": (ms) =>
    expect(ms.filter((m) => m.kind === "institution").map((m) => m.name)).toEqual(["IGAD"]),
};

describe("mention rules", () => {
  it.each(MENTION_RULES.map((r) => [r.name, r] as const))(
    "%s gives its example's expected mentions",
    (name, rule) => {
      const check = EXPECTED[name];
      expect(check, `no expectation written for rule ${name}`).toBeDefined();
      check!(mentionsOf(rule.example));
    },
  );

  it.each(MENTION_RULES.filter((r) => r.counterExample).map((r) => [r.name, r] as const))(
    "%s leaves its counter-example alone",
    (name, rule) => {
      const check = COUNTER[name];
      expect(check, `no expectation written for the counter-example of ${name}`).toBeDefined();
      check!(mentionsOf(rule.counterExample!));
    },
  );

  it("reads the platform a statement was made on as a news organisation", () => {
    const ms = mentionsOf("The minister said on Telegram that the talks went on.");
    expect(ms.find((m) => m.text === "Telegram")).toMatchObject({ kind: "institution", role: "media" });
  });

  it("finds no people in creeds and events named alone", () => {
    expect(people("He said Sikhs, Druze and Copts recalled the Holodomor and the Euromaidan.")).toEqual([]);
  });

  it("drops byline words glued after a name", () => {
    expect(people("Written by Anna Hallett Published 3 March 2025.")).toEqual(["Anna Hallett"]);
  });

  it("drops 'Byline' words glued before a name", () => {
    expect(people("By Anna Hallett, with reporting from the capital.")).toEqual(["Anna Hallett"]);
  });
});

describe("mention rule support", () => {
  const devArticles = new Set(
    readdirSync(fileURLToPath(new URL("../../test/corpus/dev/articles", import.meta.url))).map((f) =>
      f.replace(/\.md$/, ""),
    ),
  );
  it.each(MENTION_RULES.map((r) => [r.name, r] as const))(
    "%s names only dev articles as its support",
    (_, rule) => {
      expect(rule.support.filter((file) => !devArticles.has(file))).toEqual([]);
    },
  );
  it.each(MENTION_RULES.map((r) => [r.name, r] as const))(
    "%s names at least two supporting dev articles",
    (_, rule) => {
      expect(new Set(rule.support).size).toBeGreaterThanOrEqual(2);
    },
  );
});

describe("institution heads from the word lists", () => {
  const institutions = (text: string): string[] =>
    mentionsOf(text)
      .filter((m) => m.kind === "institution")
      .map((m) => `${m.name} (${m.role})`);

  it("keeps a think tank's name whole across 'and' and types it", () => {
    expect(institutions("Analysts at the Center for Strategic and International Studies disagreed.")).toEqual(
      ["Center for Strategic and International Studies (ngo)"],
    );
  });

  it("does not join a country to a ministry across 'and'", () => {
    expect(institutions("The Ministry of Defence and Ukraine agreed.")).toEqual([
      "Ministry of Defence (government)",
    ]);
  });

  it("types brigades and militias as armed groups", () => {
    expect(institutions("The armed wing, the Qassam Brigades, said the talks stalled.")).toEqual([
      "Qassam Brigades (armed group)",
    ]);
  });

  it("keeps a continent after 'in' as the reach of a body's name", () => {
    expect(
      institutions("It was set up by the Organization for Security and Cooperation in Europe in 1992."),
    ).toEqual(["Organization for Security and Cooperation in Europe (international)"]);
  });

  it("leaves a '-based' modifier out of the name", () => {
    expect(institutions("The Britain-based Syrian Observatory for Human Rights said so.")).toEqual([
      "Syrian Observatory for Human Rights (ngo)",
    ]);
  });

  it("reads a name headed by 'House' as an institution", () => {
    expect(institutions("Experts at Chatham House and the House of Representatives warned.")).toEqual([
      "Chatham House (government)",
      "House of Representatives (government)",
    ]);
  });

  it("reads a region whose name holds an institution head as a place", () => {
    const text = "He said settlements in the West Bank must stop growing.";
    expect(institutions(text)).toEqual([]);
    expect(mentionsOf(text).find((m) => m.name === "West Bank")?.kind).toBe("place");
  });

  it("reads a convention or exhibition centre as a venue, a think tank's centre as a body", () => {
    const text = "They met at the Philippine International Convention Center; the Carter Center watched.";
    expect(institutions(text)).toEqual(["Carter Center (ngo)"]);
    expect(mentionsOf(text).find((m) => m.name === "Philippine International Convention Center")?.kind).toBe(
      "place",
    );
  });

  it("types universities and names ending in 'Institution'", () => {
    expect(
      institutions("A professor at Stanford University and the Brookings Institution disagreed."),
    ).toEqual(["Stanford University (university)", "Brookings Institution (ngo)"]);
  });
});
