/**
 * The synthetic corpus: N articles written into a folder with a manifest (metadata for the
 * .txt files) and truth.json. Deterministic for a given N and seed; a complete folder is reused.
 *
 * `npx tsx bench/corpus/generate.ts --count 1000 --out bench/tmp/corpus-1000`
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateArticle, type ArticleTruth } from "./article.ts";
import { buildPeople, buildProposals } from "./pools.ts";
import { createRandom } from "./random.ts";

export interface CorpusInfo {
  dir: string;
  count: number;
  bytes: number;
}

const COMPLETE = ".complete";

/** Pools grow with N so a bigger corpus has more distinct people and proposals, as real news does. */
export function poolSizes(count: number): { people: number; proposals: number } {
  return {
    people: Math.min(1900, 150 + Math.ceil(count / 8)),
    proposals: Math.min(600, 40 + Math.ceil(count / 40)),
  };
}

/** Writes (or reuses) the corpus of `count` articles in `dir`. */
export function generateCorpus(count: number, dir: string, seed = 20250218): CorpusInfo {
  if (existsSync(join(dir, COMPLETE))) return { dir, count, bytes: folderBytes(dir) };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = createRandom(seed);
  const sizes = poolSizes(count);
  const people = buildPeople(sizes.people, random);
  const proposals = buildProposals(sizes.proposals, random);
  const truth: ArticleTruth[] = [];
  const manifest: { file: string; published: string; outlet: string }[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const article = generateArticle(i, random, people, proposals);
    writeFileSync(join(dir, article.file), article.text);
    bytes += Buffer.byteLength(article.text);
    truth.push(article.truth);
    if (!article.file.endsWith(".md"))
      manifest.push({ file: article.file, published: article.truth.published, outlet: "Meridian Wire" });
  }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
  // truth.json is not an article extension, so ingest never reads it.
  writeFileSync(
    join(dir, "truth.json"),
    JSON.stringify({ seed, count, people: people.length, proposals: proposals.length, articles: truth }),
  );
  writeFileSync(join(dir, COMPLETE), new Date().toISOString());
  return { dir, count, bytes };
}

/** Bytes of the article files in a folder. */
export function folderBytes(dir: string): number {
  return readdirSync(dir)
    .filter((f) => /\.(md|txt|html)$/.test(f))
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const count = Number(arg("--count") ?? "100");
  const out = arg("--out") ?? `bench/tmp/corpus-${count}`;
  const info = generateCorpus(count, out, Number(arg("--seed") ?? "20250218"));
  process.stdout.write(`${info.count} articles, ${(info.bytes / 1e6).toFixed(1)} MB in ${info.dir}\n`);
}
