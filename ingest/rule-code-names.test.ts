/**
 * Issue 11: no proper name from any corpus appears in rule code. Every string and regular
 * expression in `ingest/` code (tests, rule examples and the dev articles a rule cites aside) is
 * searched for the names the gold files list: people (full names and surnames), institutions,
 * countries and meeting places. Names belong in the data files under `ingest/knowledge/`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const GOLD_DIRS = ["test/corpus/dev/gold", "test/corpus/test/gold", "../shared/gold"].map((d) =>
  join(ROOT, d),
);
/** Rule fields that hold corpus text by design: the sentence a rule was made for, its support. */
const CORPUS_FIELDS = new Set(["example", "counterExample", "support"]);

interface GoldFile {
  people?: { name: string; aliases?: string[] }[];
  institutions?: { name: string; aliases?: string[] }[];
  countries?: { name: string; aliases?: string[] }[];
  meetings?: { place?: string | null }[];
}

/** Proper names of the corpora: at least two letters after a capital, so "U.S." style aliases stay out. */
function corpusNames(): Set<string> {
  const names = new Set<string>();
  const add = (name: string | null | undefined): void => {
    const trimmed = name?.trim();
    if (trimmed && /^\p{Lu}/u.test(trimmed) && /\p{L}{4,}/u.test(trimmed)) names.add(trimmed);
  };
  for (const dir of GOLD_DIRS.filter(existsSync))
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const gold = JSON.parse(readFileSync(join(dir, file), "utf8")) as GoldFile;
      for (const person of gold.people ?? []) {
        add(person.name);
        for (const alias of person.aliases ?? []) if (alias.includes(" ")) add(alias);
        const surname = person.name.split(/\s+/).at(-1);
        if (person.name.includes(" ")) add(surname);
      }
      for (const group of [gold.institutions ?? [], gold.countries ?? []])
        for (const entity of group) add(entity.name);
      for (const meeting of gold.meetings ?? []) add(meeting.place);
    }
  return names;
}

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The text of every string, template and regex literal outside the corpus fields of a rule. */
function literals(file: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: { text: string; line: number }[] = [];
  // A rule built by a helper of the same file (`cue(name, re, action, example)`) passes its
  // example by position: the helper's parameter names say which arguments are corpus text.
  const parameters = new Map<string, string[]>();
  const collect = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) && node.name)
      parameters.set(
        node.name.text,
        node.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : "")),
      );
    ts.forEachChild(node, collect);
  };
  collect(source);
  const isCorpusArgument = (node: ts.Node): boolean => {
    const call = node.parent;
    if (!call || !ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return false;
    const names = parameters.get(call.expression.text);
    const index = call.arguments.indexOf(node as ts.Expression);
    return index >= 0 && CORPUS_FIELDS.has(names?.[index] ?? "");
  };
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) &&
      CORPUS_FIELDS.has(node.name.text)
    )
      return;
    if (isCorpusArgument(node)) return;
    if (
      ts.isStringLiteralLike(node) ||
      ts.isRegularExpressionLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      // Import paths name files, not things.
      if (!ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent))
        found.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("rule code", () => {
  it("names nobody and nothing from the corpora (names live in ingest/knowledge)", () => {
    const names = [...corpusNames()];
    expect(names.length).toBeGreaterThan(100);
    const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`(?<![\\p{L}])(?:${names.map(escape).join("|")})(?![\\p{L}])`, "u");
    const hits: string[] = [];
    for (const file of codeFiles(join(ROOT, "ingest")))
      for (const literal of literals(file)) {
        // Escapes such as \b would glue onto the name that follows them.
        const match = pattern.exec(literal.text.replace(/\\[a-zA-Z]/g, " "));
        if (match)
          hits.push(
            `${relative(ROOT, file)}:${literal.line}: "${match[0]}" in ${JSON.stringify(literal.text.slice(0, 80))}`,
          );
      }
    expect(hits).toEqual([]);
  });
});
