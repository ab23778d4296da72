import * as fs from 'fs';
import * as path from 'path';
import type { ChecklistItem, ChecklistItemId } from '../core/review/checklist/types';
import type { ToolIdentity } from '../core/model';
import { emptyReviewsFile, parseReviews, serializeReviews, setAlertDecision, setItemDecision, upsertReview, type AlertState, type ItemDecision, type ReviewedTool, type ReviewsFile, type ReviewsFileProblem, type ToolReview } from '../core/review/reviews';

/** Where a workspace keeps its shared reviews (meant to be committed). */
export const WORKSPACE_REVIEWS_PATH = path.join('.candor', 'reviews.json');

export function workspaceReviewsPath(workspaceRoot: string): string {
  return path.join(workspaceRoot, WORKSPACE_REVIEWS_PATH);
}

/** A reviews file that cannot be used as is. Carries the file name and each problem. */
export class ReviewsFileError extends Error {
  constructor(readonly problem: ReviewsFileProblem) {
    super(problem.message);
    this.name = 'ReviewsFileError';
  }
  get file(): string {
    return this.problem.file;
  }
}

export type LoadedReviews =
  | { ok: true; file: ReviewsFile; exists: boolean }
  | { ok: false; error: ReviewsFileProblem };

/** Reads a reviews file. A missing file is an empty, valid one; a broken file is an error naming it. */
export async function loadReviews(file: string): Promise<LoadedReviews> {
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, file: emptyReviewsFile(), exists: false };
    const reason = (err as Error).message;
    return { ok: false, error: { file, kind: 'read', message: `${file} cannot be read: ${reason}`, problems: [reason] } };
  }
  const parsed = parseReviews(text, file);
  return parsed.ok ? { ok: true, file: parsed.file, exists: true } : parsed;
}

export interface SaveOptions {
  /**
   * The existing file is broken (not JSON, or not a reviews file): replace it anyway, after copying
   * it to `<file>.bak-<timestamp>`. Without this, saving over a broken file throws ReviewsFileError,
   * so a person's hand edits are never lost silently.
   */
  overwriteInvalid?: boolean;
  /** For tests: the time used in the backup name. */
  now?: Date;
}

export interface SaveResult {
  file: string;
  /** The backup made of a broken file before it was replaced. */
  backup?: string;
}

/** Writes a reviews file atomically: temp file in the same folder, fsync, rename, fsync of the folder. */
export async function saveReviews(file: string, data: ReviewsFile, options: SaveOptions = {}): Promise<SaveResult> {
  const current = await loadReviews(file);
  let backup: string | undefined;
  if (!current.ok) {
    if (current.error.kind === 'read' || !options.overwriteInvalid) throw new ReviewsFileError({ ...current.error, message: `${current.error.message}. Not saving over it: fix the file, or save with overwriteInvalid to replace it (a backup is kept).` });
    backup = await backupFile(file, options.now ?? new Date());
  }
  await atomicWrite(file, serializeReviews(data));
  return { file, ...(backup ? { backup } : {}) };
}

/** Loads, adds or replaces one tool's review, and saves. */
export async function recordReview(file: string, review: ToolReview, options: SaveOptions = {}): Promise<SaveResult> {
  const current = await loadReviews(file);
  const base = current.ok ? current.file : emptyReviewsFile();
  if (!current.ok && (current.error.kind === 'read' || !options.overwriteInvalid)) throw new ReviewsFileError(current.error);
  return saveReviews(file, upsertReview(base, review), options);
}

/** What the trust panel calls when a reviewer decides (or clears) one checklist item. */
export async function recordItemDecision(
  file: string,
  tool: ToolIdentity | ReviewedTool,
  items: ChecklistItem[],
  reviewer: string,
  itemId: ChecklistItemId,
  decision: ItemDecision | undefined,
  options: SaveOptions = {},
): Promise<SaveResult & { review: ToolReview }> {
  const current = await loadReviews(file);
  if (!current.ok && (current.error.kind === 'read' || !options.overwriteInvalid)) throw new ReviewsFileError(current.error);
  const base = current.ok ? current.file : emptyReviewsFile();
  const review = setItemDecision(base, tool, items, reviewer, itemId, decision, options.now ?? new Date());
  const saved = await saveReviews(file, upsertReview(base, review), options);
  return { ...saved, review };
}

/** Records (or clears, with `decision` undefined) a reviewer's decision on one alert. */
export async function recordAlertDecision(
  file: string,
  tool: ToolIdentity | ReviewedTool,
  fingerprint: string,
  decision: { state: AlertState; reason: string; expires?: string } | undefined,
  reviewer: string,
  options: SaveOptions = {},
): Promise<SaveResult> {
  const current = await loadReviews(file);
  if (!current.ok && (current.error.kind === 'read' || !options.overwriteInvalid)) throw new ReviewsFileError(current.error);
  const base = current.ok ? current.file : emptyReviewsFile();
  return saveReviews(file, setAlertDecision(base, tool, fingerprint, decision, reviewer, options.now ?? new Date()), options);
}

async function backupFile(file: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = `${file}.bak-${stamp}`;
  for (let i = 1; fs.existsSync(target); i++) target = `${file}.bak-${stamp}-${i}`;
  // COPYFILE_EXCL: never clobber an earlier backup.
  await fs.promises.copyFile(file, target, fs.constants.COPYFILE_EXCL);
  return target;
}

export async function atomicWrite(file: string, text: string): Promise<void> {
  const dir = path.dirname(file);
  await fs.promises.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`);
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(tmp, 'wx', 0o644);
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.promises.rename(tmp, file);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
  // The rename is durable only once the folder entry is; not every platform can open a folder.
  try {
    const d = await fs.promises.open(dir, 'r');
    try {
      await d.sync();
    } finally {
      await d.close();
    }
  } catch {
    /* Windows: directories cannot be fsynced; the rename is still atomic. */
  }
}
