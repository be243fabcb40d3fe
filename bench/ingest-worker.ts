/** A worker thread of bench/ingest-run.ts: extracts each batch of files it is sent into a graph document. */
import { parentPort } from "node:worker_threads";
import { extractFiles, loadKnowledge } from "../ingest/index.ts";

const knowledge = loadKnowledge();

parentPort?.on("message", async (message: { batch: number; files: string[] }) => {
  const started = performance.now();
  const doc = await extractFiles(message.files, { knowledge });
  parentPort?.postMessage({ batch: message.batch, doc, extractMs: performance.now() - started });
});
