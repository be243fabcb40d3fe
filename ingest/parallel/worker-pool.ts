/**
 * Extraction on every core: a pool of worker threads, each running the per-article extraction
 * (analyse-file.ts) on the files it is handed. Files are handed out as workers free up; callers
 * get one promise per file, so the order of results is the caller's, not the workers'.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { ArticleAnalyser, FileAnalysis } from "./analyse-file.ts";
import { inThreadAnalyser } from "./analyse-file.ts";
import { workerLaunch, type WorkerLaunch } from "./worker-module.ts";

export interface WorkerJob {
  id: number;
  file: string;
}

export interface WorkerReply {
  id: number;
  result: FileAnalysis;
}

interface Pending extends WorkerJob {
  resolve(result: FileAnalysis): void;
}

/** The default number of extraction workers: one per core. */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

/**
 * A worker costs seconds to start (it loads every stage and the language model), so each must
 * have at least this many files to extract before it pays; fewer files stay on this thread.
 */
export const MIN_FILES_PER_WORKER = 50;

/** How many of `requested` workers `files` files are worth (1: this thread). */
export function workersFor(requested: number, files: number): number {
  return Math.max(1, Math.min(requested, Math.floor(files / MIN_FILES_PER_WORKER)));
}

/** `workers` threads (1: the calling thread, no pool), sharing one knowledge base. */
export function createAnalyser(workers: number, knowledge: Knowledge, maxBytes: number): ArticleAnalyser {
  if (workers <= 1) return inThreadAnalyser(knowledge, maxBytes);
  return new WorkerPool(workers, knowledge, maxBytes);
}

class WorkerPool implements ArticleAnalyser {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  /** Workers that died and were replaced ("error" and "exit" both report one death). */
  private readonly retired = new WeakSet<Worker>();
  private nextId = 0;
  private closed = false;
  /** The worker's module and flags, once built; jobs queue until then. */
  private launch: WorkerLaunch | null = null;

  constructor(
    size: number,
    private readonly knowledge: Knowledge,
    private readonly maxBytes: number,
  ) {
    void workerLaunch().then((launch) => {
      this.launch = launch;
      if (this.closed) return;
      for (let i = 0; i < size; i++) this.idle.push(this.spawn(launch));
      this.dispatch();
    });
  }

  analyse(file: string): Promise<FileAnalysis> {
    if (this.closed) return Promise.reject(new Error("the extraction workers are closed"));
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, file, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private spawn(launch: WorkerLaunch): Worker {
    const worker = new Worker(launch.url, {
      execArgv: launch.execArgv,
      workerData: { knowledge: this.knowledge, maxBytes: this.maxBytes },
    });
    // Idle workers must not keep the process alive once the caller is done.
    worker.unref();
    worker.on("message", (reply: WorkerReply) => {
      const job = this.busy.get(worker);
      if (!job || job.id !== reply.id) return;
      this.busy.delete(worker);
      this.idle.push(worker);
      job.resolve(reply.result);
      this.dispatch();
    });
    // A worker that dies fails only the file it held; a new one takes its place.
    worker.on("error", (error: unknown) =>
      this.replace(worker, error instanceof Error ? error.message : String(error)),
    );
    worker.on("exit", (code) => {
      if (!this.closed && code !== 0) this.replace(worker, `extraction worker exited with code ${code}`);
    });
    return worker;
  }

  private replace(worker: Worker, reason: string): void {
    if (this.retired.has(worker)) return;
    this.retired.add(worker);
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    job?.resolve({ file: job.file, reason: `extraction failed: ${reason}` });
    if (this.closed || !this.launch) return;
    void worker.terminate();
    this.idle.push(this.spawn(this.launch));
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop();
      const job = this.queue.shift();
      if (!worker || !job) break;
      this.busy.set(worker, job);
      // A busy worker keeps the process alive until it answers.
      worker.ref();
      worker.postMessage({ id: job.id, file: job.file } satisfies WorkerJob);
    }
    for (const worker of this.idle) worker.unref();
  }
}
