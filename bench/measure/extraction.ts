/**
 * Extraction throughput on one core against two baselines: reading the same files and
 * sentence-segmenting them (sbd), and reading, cleaning and annotating them (the linguistic
 * layer every stage reads: wink-nlp tokens, POS, lemmas, sentences, clauses, names,
 * quotations, dates). Rounds alternate the three so all see the same machine noise; the
 * ratios of medians are what to compare across machines. Each phase is also timed in CPU time
 * (the process's user + system): on a loaded machine the wall clock also counts the time the
 * scheduler gives to other processes, and it counted more of it against extraction than against
 * the layer, so the wall-clock ratio dropped with the load (bench/README.md).
 */
import { readFile } from "node:fs/promises";
import sbd from "sbd";
import type { GraphDocument } from "../../common/graph-document.ts";
import { annotateDocument } from "../../ingest/annotate/index.ts";
import { cleanArticle } from "../../ingest/clean/clean-body.ts";
import { extractFiles, loadKnowledge } from "../../ingest/index.ts";
import { readArticleFile } from "../../ingest/read/read-article.ts";
import { elapsedMs, median, now } from "../lib/stats.ts";

export interface ExtractionResult {
  articles: number;
  megabytes: number;
  rounds: number;
  extractMBps: number;
  segmentMBps: number;
  /** How many times slower extraction is than read + segment. */
  extractVsSegment: number;
  /** Read + clean + annotate: the linguistic layer alone. */
  layerMBps: number;
  /** Extraction's speed as a share of the layer's (1 = the rules cost nothing). */
  extractVsLayer: number;
  /** The same two speeds per CPU second (user + system time of the process), and their ratio. */
  extractCpuMBps: number;
  layerCpuMBps: number;
  extractVsLayerCpu: number;
  /** Facts found, to show the extractor did its work. */
  found: { people: number; meetings: number; proposals: number; mentions: number };
}

/** Read + split each paragraph into sentences: the floor any extraction pays. */
async function readAndSegment(files: readonly string[]): Promise<number> {
  let sentences = 0;
  for (const file of files) {
    const text = (await readFile(file)).toString("utf8");
    for (const paragraph of text.split(/\n+/)) {
      if (paragraph.trim())
        sentences += sbd.sentences(paragraph, {
          newline_boundaries: false,
          preserve_whitespace: true,
        }).length;
    }
  }
  return sentences;
}

/**
 * Read + clean + annotate each file: the linguistic layer alone, without the rules. The call is
 * analyseArticle's own, title included (it is annotated after the body as a last paragraph).
 */
async function readAndAnnotate(files: readonly string[]): Promise<number> {
  let tokens = 0;
  for (const file of files) {
    const article = cleanArticle(await readArticleFile(file, Number.MAX_SAFE_INTEGER));
    tokens += annotateDocument(article.body, article.meta.published, article.meta.title).tokens.length;
  }
  return tokens;
}

/** Wall and CPU milliseconds of one run of `work`. */
async function timed(work: () => Promise<unknown>): Promise<{ wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = now();
  await work();
  const wallMs = elapsedMs(start);
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

export async function measureExtraction(
  files: readonly string[],
  bytes: number,
  rounds: number,
): Promise<ExtractionResult> {
  const knowledge = loadKnowledge();
  // Warm-up: lazy gazetteers, regex compilation and the JIT, outside the timing.
  await extractFiles(files.slice(0, 20), { knowledge });
  await readAndSegment(files.slice(0, 20));
  await readAndAnnotate(files.slice(0, 20));

  const extract = { wall: [] as number[], cpu: [] as number[] };
  const segment = { wall: [] as number[], cpu: [] as number[] };
  const layer = { wall: [] as number[], cpu: [] as number[] };
  const record = (into: typeof extract, t: { wallMs: number; cpuMs: number }): void => {
    into.wall.push(t.wallMs);
    into.cpu.push(t.cpuMs);
  };
  let doc: GraphDocument | undefined;
  for (let round = 0; round < rounds; round++) {
    record(segment, await timed(() => readAndSegment(files)));
    record(layer, await timed(() => readAndAnnotate(files)));
    record(extract, await timed(async () => (doc = await extractFiles([...files], { knowledge }))));
  }
  const found = {
    people: doc?.people.length ?? 0,
    meetings: doc?.meetings.length ?? 0,
    proposals: doc?.proposals.length ?? 0,
    mentions: doc?.mentions.length ?? 0,
  };
  const megabytes = bytes / 1e6;
  const speed = (ms: number[]): number => megabytes / (median(ms) / 1000);
  const extractMBps = speed(extract.wall);
  const segmentMBps = speed(segment.wall);
  const layerMBps = speed(layer.wall);
  const extractCpuMBps = speed(extract.cpu);
  const layerCpuMBps = speed(layer.cpu);
  return {
    articles: files.length,
    megabytes,
    rounds,
    extractMBps,
    segmentMBps,
    extractVsSegment: segmentMBps / extractMBps,
    layerMBps,
    extractVsLayer: extractMBps / layerMBps,
    extractCpuMBps,
    layerCpuMBps,
    extractVsLayerCpu: extractCpuMBps / layerCpuMBps,
    found,
  };
}
