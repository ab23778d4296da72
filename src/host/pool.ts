import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { AnalyzeOptions } from '../core/analyze';
import { emptyInventory, type ErrorKind, type FileResult } from '../core/model';
import type { ReadableRequest, ReadableResult } from '../core/report/readable';
import type { WorkerJob, WorkerReply } from './worker';

export interface PoolOptions {
  /** Script each worker runs; defaults to worker.js beside this module (dist/ when bundled, out/ under tsc). */
  workerPath?: string;
  size?: number;
  /** Per-job time limit: the worker is terminated and replaced, the file gets a `limit` error. */
  timeoutMs?: number;
  /** Deeply nested bundles overflow the default stack long before they exhaust memory. */
  stackSizeMb?: number;
  maxOldGenerationSizeMb?: number;
}

type JobBody = { kind: 'analyze'; path: string; text: string; options: AnalyzeOptions } | { kind: 'readable'; text: string; request: ReadableRequest };

interface Pending {
  id: number;
  body: JobBody;
  resolve: (v: WorkerReply) => void;
  reject: (e: Error) => void;
  signal?: AbortSignal;
}

interface Slot {
  worker: Worker;
  job?: Pending;
  timer?: NodeJS.Timeout;
  onAbort?: () => void;
}

export class CancelledError extends Error {
  constructor() {
    super('Scan cancelled');
    this.name = 'CancelledError';
  }
}

/** A failure of the worker itself (crash, memory cap, time limit) rather than of the analysed code. */
class WorkerFailure extends Error {
  constructor(message: string, readonly kind: ErrorKind) {
    super(message);
  }
}

/**
 * A small pool of analysis workers. Used by the extension (so the extension host's event loop
 * never parses a 13 MB bundle) and by the CLI. A job that overruns its time limit, crashes or
 * hits the memory cap costs only its worker, which is replaced.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private disposed = false;
  readonly options: Required<PoolOptions>;
  /** Workers replaced after a time limit, a crash or the memory cap; for tests and diagnostics. */
  replacements = 0;

  constructor(opts: PoolOptions = {}) {
    this.options = {
      workerPath: opts.workerPath ?? path.join(__dirname, 'worker.js'),
      size: Math.max(1, opts.size ?? Math.min(4, Math.max(1, os.availableParallelism?.() ?? os.cpus().length) - 1)),
      timeoutMs: opts.timeoutMs ?? 120_000,
      stackSizeMb: opts.stackSizeMb ?? 64,
      // With the young generation and code, a worker stays under 1.5 GB; every file of the real
      // corpus (test/bench/corpus.md) analyses within it. A file that needs more gets a limit error.
      maxOldGenerationSizeMb: opts.maxOldGenerationSizeMb ?? 1280,
    };
  }

  /** Analyses one source; never rejects for a bad file (the FileResult carries the error), only on cancellation or disposal. */
  async analyze(filePath: string, text: string, options: AnalyzeOptions = {}, signal?: AbortSignal): Promise<FileResult> {
    try {
      const reply = await this.submit({ kind: 'analyze', path: filePath, text, options }, signal);
      if (reply.ok) return reply.value as FileResult;
      return errorResult(filePath, reply.stack ? 'stack' : 'internal', `Analysis failed: ${reply.message}`);
    } catch (err) {
      if (err instanceof WorkerFailure) return errorResult(filePath, err.kind, err.message);
      throw err;
    }
  }

  async readable(text: string, request: ReadableRequest, signal?: AbortSignal): Promise<ReadableResult> {
    const reply = await this.submit({ kind: 'readable', text, request }, signal);
    if (!reply.ok) throw new Error(reply.message);
    return reply.value as ReadableResult;
  }

  /** The `analyze` hook `scanPaths` takes. */
  analyzer(signal?: AbortSignal): (p: string, text: string, o: AnalyzeOptions) => Promise<FileResult> {
    return (p, text, o) => this.analyze(p, text, o, signal);
  }

  get busy(): number {
    return this.slots.filter((s) => s.job).length + this.queue.length;
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    for (const p of this.queue.splice(0)) p.reject(new CancelledError());
    await Promise.all(
      this.slots.splice(0).map((s) => {
        this.clear(s);
        s.job?.reject(new CancelledError());
        return s.worker.terminate();
      }),
    );
  }

  private submit(body: JobBody, signal?: AbortSignal): Promise<WorkerReply> {
    if (this.disposed) return Promise.reject(new Error('The worker pool is closed'));
    if (signal?.aborted) return Promise.reject(new CancelledError());
    return new Promise<WorkerReply>((resolve, reject) => {
      // A queued job is dropped; a running one costs its worker (the analysis cannot be interrupted otherwise).
      const onAbort = () => {
        const qi = this.queue.indexOf(job);
        if (qi >= 0) {
          this.queue.splice(qi, 1);
          job.reject(new CancelledError());
          return;
        }
        const slot = this.slots.find((s) => s.job === job);
        if (slot) this.fail(slot, new CancelledError());
      };
      // One scan's signal serves thousands of files: each job takes its listener away when it settles.
      const settle = <T>(fn: (v: T) => void) => (v: T) => {
        signal?.removeEventListener('abort', onAbort);
        fn(v);
      };
      const job: Pending = { id: this.nextId++, body, resolve: settle(resolve), reject: settle(reject), signal };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length && !this.disposed) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.options.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      this.start(slot, job);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerPath, {
      resourceLimits: { stackSizeMb: this.options.stackSizeMb, maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb },
    });
    const slot: Slot = { worker };
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const job = slot.job;
      if (!job || reply.id !== job.id) return;
      this.clear(slot);
      slot.job = undefined;
      job.resolve(reply);
      this.pump();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(slot, new WorkerFailure(oom ? `Analysis exceeded the ${this.options.maxOldGenerationSizeMb} MB memory limit` : `The analysis worker crashed: ${err.message}`, oom ? 'limit' : 'internal'));
    });
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) this.fail(slot, new WorkerFailure(`The analysis worker exited unexpectedly (code ${code})`, 'internal'));
    });
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, job: Pending): void {
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      this.fail(slot, new WorkerFailure(`Analysis took longer than the ${Math.round(this.options.timeoutMs / 1000)} s limit for one file`, 'limit'));
    }, this.options.timeoutMs);
    const { id, body } = job;
    const message: WorkerJob = body.kind === 'analyze' ? { id, ...body } : { id, ...body };
    slot.worker.postMessage(message);
  }

  private clear(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.worker.unref();
  }

  /** Retires a worker: its job fails with `err`, a fresh worker takes the queue. */
  private fail(slot: Slot, err: Error): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    this.clear(slot);
    const job = slot.job;
    slot.job = undefined;
    void slot.worker.terminate();
    if (!this.disposed) this.replacements++;
    job?.reject(err);
    this.pump();
  }
}

function errorResult(filePath: string, kind: ErrorKind, reason: string): FileResult {
  return { path: filePath, findings: [], inventory: emptyInventory(), error: { path: filePath, kind, reason } };
}
