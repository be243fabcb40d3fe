/**
 * Extraction rules as data (spaCy's Matcher, Aleph's pattern table): each stage keeps an
 * ordered table of named rules, and one small loop runs them. A rule says what it finds
 * (`pattern`), what that means (`action`), the sentence of the dev split it was made for
 * (`example`, which its own unit test runs it on) and the dev articles that support it.
 */
export interface Rule<Input, Match, Action> {
  /** Kebab-case, unique within its table. */
  name: string;
  /** The sentence from the dev split the rule was made for; its test runs the rule on it. */
  example: string;
  /** A sentence the rule must not fire on (its test checks that too). */
  counterExample?: string;
  /** Dev articles (file names under test/corpus/dev/articles) where the rule applies. */
  support: string[];
  /** What the rule finds in its input, or null. */
  pattern: (input: Input) => Match | null;
  /** What a match means for the stage: data, read by the stage's loop. */
  action: Action;
}

/** Told of each rule that fires: a measuring script's hook, never set by the pipeline. */
export type RuleObserver = (rule: { name: string }) => void;
let observer: RuleObserver | null = null;

/**
 * Sets (or with null clears) the one observer of rules that fire. scripts/rule-support.ts counts
 * where each rule fires inside the stages themselves, with the state they keep (identity against
 * the proposals named so far, a term's plan), which no copy of the stage outside could give.
 */
export function observeRules(next: RuleObserver | null): void {
  observer = next;
}

/** The first rule of an ordered table whose pattern matches, with its match. */
export function firstMatch<I, M, A>(
  table: readonly Rule<I, M, A>[],
  input: I,
): { rule: Rule<I, M, A>; match: M } | null {
  for (const rule of table) {
    const match = rule.pattern(input);
    if (match !== null) {
      observer?.(rule);
      return { rule, match };
    }
  }
  return null;
}

/** Every rule of a table whose pattern matches, in table order. */
export function allMatches<I, M, A>(
  table: readonly Rule<I, M, A>[],
  input: I,
): { rule: Rule<I, M, A>; match: M }[] {
  const out: { rule: Rule<I, M, A>; match: M }[] = [];
  for (const rule of table) {
    const match = rule.pattern(input);
    if (match !== null) {
      observer?.(rule);
      out.push({ rule, match });
    }
  }
  return out;
}
