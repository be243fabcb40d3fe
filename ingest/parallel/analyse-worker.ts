/** A worker thread of the analyser pool: analyses each file it is sent with the knowledge it started with. */
import { parentPort, workerData } from "node:worker_threads";
import type { Knowledge } from "../knowledge/knowledge.ts";
import { analyseFile } from "./analyse-file.ts";
import type { WorkerJob, WorkerReply } from "./worker-pool.ts";

const { knowledge, maxBytes } = workerData as { knowledge: Knowledge; maxBytes: number };

parentPort?.on("message", async (job: WorkerJob) => {
  const reply: WorkerReply = { id: job.id, result: await analyseFile(job.file, knowledge, maxBytes) };
  parentPort?.postMessage(reply);
});
