import * as path from 'path';
import * as vscode from 'vscode';
import type { ChecklistItem, ChecklistItemId } from '../core/review/checklist';
import { createReview, findReview, reviewStatus, type AlertState, type ItemDecision, type ReviewState, type ReviewStatus, type ReviewsFile, type ToolReview } from '../core/review/reviews';
import { loadReviews, recordAlertDecision, recordReview, workspaceReviewsPath, type SaveResult } from '../host/reviews';
import type { ToolIdentity } from '../core/model';

/**
 * Where the trust panel reads and writes reviews: the first local workspace folder's
 * `.candor/reviews.json` (meant to be committed), else user storage. Restricted Mode reads but never writes.
 */
export class ReviewsStore {
  constructor(private readonly context: vscode.ExtensionContext) {}

  get file(): string {
    const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
    if (folder) return workspaceReviewsPath(folder.uri.fsPath);
    return path.join(this.context.globalStorageUri.fsPath, 'reviews.json');
  }

  get writable(): boolean {
    return vscode.workspace.isTrusted || !vscode.workspace.workspaceFolders?.some((f) => f.uri.scheme === 'file');
  }

  /** The file as last read, for views that render synchronously (the tree's alert decisions). */
  cached?: ReviewsFile;

  async load(): Promise<{ file?: ReviewsFile; problem?: string }> {
    const r = await loadReviews(this.file);
    if (r.ok) this.cached = r.file;
    return r.ok ? { file: r.file } : { problem: r.error.message };
  }

  /** Records (or clears) a decision on one alert. */
  async decideAlert(tool: ToolIdentity, fingerprint: string, decision: { state: AlertState; reason: string; expires?: string } | undefined, reviewer: string): Promise<SaveResult> {
    if (!this.writable) throw new Error('Reviews are read-only in Restricted Mode: trust the workspace to record a decision in .candor/reviews.json.');
    const res = await recordAlertDecision(this.file, tool, fingerprint, decision, reviewer);
    await this.load();
    return res;
  }

  /** The tool's review and its status; `loaded`: the file as the caller already read it. */
  async statusFor(tool: ToolIdentity, items: ChecklistItem[], loaded?: { file?: ReviewsFile; problem?: string }): Promise<{ review?: ToolReview; status?: ReviewStatus; problem?: string }> {
    const { file, problem } = loaded ?? (await this.load());
    const review = findReview(file, tool);
    return { review, status: review ? reviewStatus(review, tool, items) : undefined, problem };
  }

  /** Records one item's decision, keeping the tool's other decisions from its current review. */
  async decide(tool: ToolIdentity, items: ChecklistItem[], itemId: ChecklistItemId, state: ReviewState, note: string, reviewer: string): Promise<SaveResult> {
    if (!this.writable) throw new Error('Reviews are read-only in Restricted Mode: trust the workspace to record a review in .candor/reviews.json.');
    const { file, problem } = await this.load();
    if (problem) throw new Error(problem);
    const existing = findReview(file, tool);
    const decisions: Partial<Record<ChecklistItemId, ItemDecision>> = {};
    if (existing && existing.tool.version === tool.version) for (const [id, it] of Object.entries(existing.items)) if (it) decisions[id as ChecklistItemId] = { state: it.state, ...(it.note ? { note: it.note } : {}) };
    decisions[itemId] = { state, ...(note ? { note } : {}) };
    const review = createReview(tool, items, reviewer, decisions);
    // Keep the evidence a reviewer saw for items decided earlier, so staleness stays about them.
    if (existing && existing.tool.version === tool.version) for (const [id, it] of Object.entries(existing.items)) if (it && id !== itemId && review.items[id as ChecklistItemId]) review.items[id as ChecklistItemId] = it;
    return recordReview(this.file, review);
  }
}
