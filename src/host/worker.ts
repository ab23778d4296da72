import { parentPort } from 'worker_threads';
import { analyzeSource, type AnalyzeOptions } from '../core/analyze';
import { emptyInventory, type FileResult } from '../core/model';
import { buildReadable, type ReadableRequest } from '../core/report/readable';

/**
 * Runs analyses off the caller's event loop. One job at a time; the pool terminates the worker
 * when a job runs over its time limit, so nothing here needs to watch the clock.
 */
export type WorkerJob =
  | { id: number; kind: 'analyze'; path: string; text: string; options: AnalyzeOptions }
  | { id: number; kind: 'readable'; text: string; request: ReadableRequest };

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string; stack: boolean };

function isStackError(err: unknown): boolean {
  return err instanceof RangeError && /call stack|stack space/i.test(err.message);
}

function analyze(job: Extract<WorkerJob, { kind: 'analyze' }>): FileResult {
  try {
    return analyzeSource(job.path, job.text, job.options);
  } catch (err) {
    const kind = isStackError(err) ? 'stack' : 'internal';
    return { path: job.path, findings: [], inventory: emptyInventory(), error: { path: job.path, kind, reason: `Analysis failed: ${(err as Error)?.message ?? String(err)}` } };
  }
}

parentPort?.on('message', (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    const value = job.kind === 'analyze' ? analyze(job) : buildReadable(job.text, job.request);
    reply = { id: job.id, ok: true, value };
  } catch (err) {
    reply = { id: job.id, ok: false, message: (err as Error)?.message ?? String(err), stack: isStackError(err) };
  }
  parentPort!.postMessage(reply);
});
