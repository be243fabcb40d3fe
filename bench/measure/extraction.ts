/**
 * Extraction throughput on one core against two baselines: reading the same files and
 * sentence-segmenting them (sbd), and reading, cleaning and annotating them (the linguistic
 * layer every stage reads: wink-nlp tokens, POS, lemmas, sentences, clauses, names,
 * quotations, dates). Rounds alternate the three so all see the same machine noise; the
 * ratios of medians are what to compare across machines.
 */
import { readFile } from "node:fs/promises";
import sbd from "sbd";
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

/** Read + clean + annotate each file: the linguistic layer alone, without the rules. */
async function readAndAnnotate(files: readonly string[]): Promise<number> {
  let tokens = 0;
  for (const file of files) {
    const article = cleanArticle(await readArticleFile(file, Number.MAX_SAFE_INTEGER));
    tokens += annotateDocument(article.body, article.meta.published).tokens.length;
  }
  return tokens;
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

  const extractMs: number[] = [];
  const segmentMs: number[] = [];
  const layerMs: number[] = [];
  let found = { people: 0, meetings: 0, proposals: 0, mentions: 0 };
  for (let round = 0; round < rounds; round++) {
    let start = now();
    await readAndSegment(files);
    segmentMs.push(elapsedMs(start));
    start = now();
    await readAndAnnotate(files);
    layerMs.push(elapsedMs(start));
    start = now();
    const doc = await extractFiles([...files], { knowledge });
    extractMs.push(elapsedMs(start));
    found = {
      people: doc.people.length,
      meetings: doc.meetings.length,
      proposals: doc.proposals.length,
      mentions: doc.mentions.length,
    };
  }
  const megabytes = bytes / 1e6;
  const extractMBps = megabytes / (median(extractMs) / 1000);
  const segmentMBps = megabytes / (median(segmentMs) / 1000);
  const layerMBps = megabytes / (median(layerMs) / 1000);
  return {
    articles: files.length,
    megabytes,
    rounds,
    extractMBps,
    segmentMBps,
    extractVsSegment: segmentMBps / extractMBps,
    layerMBps,
    extractVsLayer: extractMBps / layerMBps,
    found,
  };
}
