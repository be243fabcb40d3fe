/**
 * Every proposal rule runs on its own example (and must not fire on its counter-example):
 * one test per rule, generated from the tables, so a rule that stops matching what it was
 * made for fails by name.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../types.ts";
import { findProposalPhrases } from "../proposals.ts";
import type { ProposalPhrase } from "../phrase-extent.ts";
import { CANDIDATE_RULES } from "./candidates.ts";
import { LINEAGE_RULES, OPENER_LINEAGE_RULES, STANCE_RULES, STATUS_RULES } from "./cues.ts";
import { ACROSS_ARTICLE_RULES, anaphoraRules, IDENTITY_RULES, namesOnlyItsSide } from "./identity.ts";
import { REJECT_RULES } from "./rejects.ts";
import { STAGE_LINEAGE_RULES } from "./stage-lineage.ts";
import { termRules, type PlanLike } from "./terms.ts";
import { allMatches } from "../../rules/rule.ts";
import { annotateDocument, type Token } from "../../annotate/index.ts";

/** An example as the stage sees it: one sentence with its annotated tokens. */
function inputOf(text: string): { sentence: Sentence; tokens: Token[] } {
  return {
    sentence: { index: 0, start: 0, end: text.length, text, paragraph: 0 },
    tokens: annotateDocument(text, null).tokens,
  };
}
/** Every candidate of a sentence before any reject rule. */
const candidatesOf = (text: string): ProposalPhrase[] =>
  allMatches(CANDIDATE_RULES, inputOf(text)).flatMap((m) => m.match);
const phrasesOf = (text: string): ProposalPhrase[] => {
  const { sentence, tokens } = inputOf(text);
  return findProposalPhrases(sentence, tokens);
};

describe("candidate rules", () => {
  it.each(CANDIDATE_RULES.map((r) => [r.name, r] as const))("%s finds a phrase in its example", (_, rule) => {
    expect(rule.pattern(inputOf(rule.example))?.length).toBeGreaterThan(0);
    if (rule.counterExample) expect(rule.pattern(inputOf(rule.counterExample))).toBeNull();
  });
});

describe("reject rules", () => {
  it.each(REJECT_RULES.map((r) => [r.name, r] as const))("%s drops a candidate of its example", (_, rule) => {
    expect(candidatesOf(rule.example).some((phrase) => rule.pattern({ phrase }) !== null)).toBe(true);
    if (rule.counterExample) {
      const kept = candidatesOf(rule.counterExample);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.filter((phrase) => rule.pattern({ phrase }) !== null)).toEqual([]);
    }
  });
});

describe("conditional-demand", () => {
  const rule = CANDIDATE_RULES.find((r) => r.name === "conditional-demand")!;
  it("reads a condition after 'only … if', up to a second verb of the same subject", () => {
    const found = rule.pattern(
      inputOf(
        "He said the operation can only be suspended if the army ceases hostilities and fulfills the demands.",
      ),
    );
    expect(found?.map((p) => p.text)).toEqual(["army ceases hostilities"]);
  });
});

describe("diplomatic-action", () => {
  const rule = CANDIDATE_RULES.find((r) => r.name === "diplomatic-action")!;
  it("takes no capitalised action word inside a sentence: it is part of a name", () => {
    expect(
      rule.pattern(inputOf("The mission of the Organization for Security and Cooperation in Europe ended.")),
    ).toBeNull();
    expect(rule.pattern(inputOf("Cooperation in the region was the aim."))).not.toBeNull();
  });
});

describe("remedy-for-a-problem", () => {
  const rule = REJECT_RULES.find((r) => r.name === "remedy-for-a-problem")!;
  it("drops a remedy gerund whose object is only a problem, not one that says how", () => {
    const dropped = (text: string): string[] =>
      candidatesOf(text)
        .filter((phrase) => rule.pattern({ phrase }) !== null)
        .map((p) => p.text);
    expect(
      dropped(
        "The two leaders agreed to work on resolving suspicions that the country is building a weapon.",
      ),
    ).toEqual(["resolving suspicions"]);
    expect(
      dropped("The two leaders agreed to work on resolving the dispute through a joint commission."),
    ).toEqual([]);
  });
});

describe("cue rules", () => {
  const cueRules = [...STATUS_RULES, ...LINEAGE_RULES, ...OPENER_LINEAGE_RULES, ...STANCE_RULES];
  it.each(cueRules.map((r) => [`${r.name} → ${r.action}`, r] as const))(
    "%s fires on its example",
    (_, rule) => {
      expect(rule.pattern(rule.example)).not.toBeNull();
      if (rule.counterExample) expect(rule.pattern(rule.counterExample)).toBeNull();
    },
  );
});

describe("identity rules", () => {
  it.each(IDENTITY_RULES.map((r) => [r.name, r] as const))(
    "%s fires on the two phrases of its example",
    (_, rule) => {
      const [first, second] = phrasesOf(rule.example);
      expect(first && second).toBeTruthy();
      const known = { contentWords: new Set(second!.contentWords), phrases: [second!] };
      expect(rule.pattern({ known, phrase: first! })).not.toBeNull();
    },
  );
});

describe("across-article identity rules", () => {
  const pairOf = (text: string): { known: ProposalPhrase; other: ProposalPhrase } => {
    const [first, second] = phrasesOf(text);
    expect(first && second).toBeTruthy();
    return { known: first!, other: second! };
  };
  const inputOf = ({ known, other }: { known: ProposalPhrase; other: ProposalPhrase }) => ({
    known: { contentWords: new Set(known.contentWords), phrases: [known] },
    other: { contentWords: new Set(other.contentWords), phrases: [other] },
  });
  it.each(ACROSS_ARTICLE_RULES.map((r) => [r.name, r] as const))(
    "%s joins the two phrases of its example, not those of its counter-example",
    (_, rule) => {
      expect(rule.pattern(inputOf(pairOf(rule.example)))).not.toBeNull();
      if (rule.counterExample) expect(rule.pattern(inputOf(pairOf(rule.counterExample)))).toBeNull();
    },
  );
});

describe("anaphora rules", () => {
  it("takes no new version for the one named before", () => {
    expect(candidatesOf("Moscow then tabled Russia's new proposals.").some(namesOnlyItsSide)).toBe(false);
    expect(candidatesOf("Moscow then tabled Russia's proposals.").some(namesOnlyItsSide)).toBe(true);
  });
  const rules = anaphoraRules<string>();
  /** The example's phrase that names only its side, before containment and rejects. */
  const anaphorOf = (text: string): ProposalPhrase | undefined => candidatesOf(text).find(namesOnlyItsSide);
  const sideRules = rules.filter((r) => r.name !== "named-head-anaphor");
  it.each(sideRules.map((r) => [r.name, r] as const))(
    "%s refers its example's anaphor to the latest proposal of the same side",
    (_, rule) => {
      const phrase = anaphorOf(rule.example);
      expect(phrase).toBeTruthy();
      // Both named in an earlier sentence.
      const before = { ...phrase!, sentence: { ...phrase!.sentence, index: -1 } };
      const earlier = [
        { proposal: "latest of the side", sides: ["side"], phrases: [before] },
        { proposal: "earlier of the side", sides: ["side"], phrases: [before] },
      ];
      expect(rule.pattern({ phrase: phrase!, sides: ["side"], earlier })).toBe("latest of the side");
      expect(rule.pattern({ phrase: phrase!, sides: ["other side"], earlier })).toBeNull();
      // A wording that names more than its side ("Russia's proposals on arms control") is no anaphor.
      if (rule.counterExample)
        for (const other of candidatesOf(rule.counterExample))
          expect(rule.pattern({ phrase: other, sides: ["side"], earlier })).toBeNull();
    },
  );
});

describe("named-head-anaphor", () => {
  const rule = anaphoraRules<string>().find((r) => r.name === "named-head-anaphor")!;
  /** The example's last phrase against its first, as the document named before. */
  const resolve = (text: string): string | null => {
    const phrases = phrasesOf(text);
    const [first, last] = [phrases[0]!, phrases.at(-1)!];
    return rule.pattern({
      phrase: last,
      sides: [],
      earlier: [{ proposal: first.text, sides: [], phrases: [first] }],
    });
  };
  it("refers a bare capitalised head to the document named with it, not to a lower-case one", () => {
    expect(resolve(rule.example)).toBe("Trilateral Framework");
    expect(resolve(rule.counterExample!)).toBeNull();
  });
});

describe("stage lineage rules", () => {
  /** The example's first phrase as the provisional proposal, every later one as another. */
  const fires = (text: string, rule: (typeof STAGE_LINEAGE_RULES)[number]): boolean => {
    const [first, ...rest] = phrasesOf(text);
    expect(first).toBeTruthy();
    const provisional = { phrases: [first!], isTerm: false };
    return rest.some(
      (phrase) => rule.pattern({ provisional, other: { phrases: [phrase], isTerm: false } }) !== null,
    );
  };
  it.each(STAGE_LINEAGE_RULES.map((r) => [r.name, r] as const))(
    "%s relates the two agreements of its example, not its counter-example",
    (_, rule) => {
      expect(fires(rule.example, rule)).toBe(true);
      if (rule.counterExample) expect(fires(rule.counterExample, rule)).toBe(false);
    },
  );
});

describe("term rules", () => {
  const rules = termRules<PlanLike>();
  it.each(rules.map((r) => [r.name, r] as const))("%s gives a term of its example its plan", (_, rule) => {
    const phrases = phrasesOf(rule.example);
    const plans: PlanLike[] = phrases.filter((p) => !p.term).map((p) => ({ phrases: [p], isTerm: false }));
    const earlier: PlanLike = { phrases: [], isTerm: false };
    const found = phrases.slice(1).map((phrase) =>
      rule.pattern({
        phrase,
        before: plans.filter((p) => p.phrases[0]!.end <= phrase.start),
        lastPlan: earlier,
      }),
    );
    expect(found.some((plan) => plan !== null)).toBe(true);
  });
});

describe("rule tables", () => {
  it("name each rule once per table", () => {
    for (const table of [
      CANDIDATE_RULES,
      REJECT_RULES,
      STATUS_RULES,
      LINEAGE_RULES,
      OPENER_LINEAGE_RULES,
      STANCE_RULES,
      IDENTITY_RULES,
      ACROSS_ARTICLE_RULES,
      anaphoraRules(),
      STAGE_LINEAGE_RULES,
    ]) {
      const names = table.map((r) => r.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

describe("rule support", () => {
  const devArticles = new Set(
    readdirSync(fileURLToPath(new URL("../../../test/corpus/dev/articles", import.meta.url))).map((f) =>
      f.replace(/\.md$/, ""),
    ),
  );
  const tables = [
    ...CANDIDATE_RULES,
    ...REJECT_RULES,
    ...STATUS_RULES,
    ...LINEAGE_RULES,
    ...OPENER_LINEAGE_RULES,
    ...STANCE_RULES,
    ...IDENTITY_RULES,
    ...ACROSS_ARTICLE_RULES,
    ...anaphoraRules(),
    ...STAGE_LINEAGE_RULES,
    ...termRules<PlanLike>(),
  ];
  it.each(tables.map((r) => [r.name, r] as const))(
    "%s names two dev articles at least, and only dev articles, as its support",
    (_, rule) => {
      expect(rule.support.filter((file) => !devArticles.has(file))).toEqual([]);
      expect(new Set(rule.support).size).toBeGreaterThanOrEqual(2);
    },
  );
});
