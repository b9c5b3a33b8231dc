import { readFile, unlink } from 'node:fs/promises';
import { ArticleContentSchema, type ArticleContent } from '../../shared/model/article';
import { DataPaths } from './data-paths';
import { ensureDir, isMissing, writeFileAtomic } from './durable-file';
import { sameContent } from '../../shared/model/article-content';

/** Unsaved editor content kept for crash recovery. */
export interface Draft {
  id: string;
  baseRevision: number;
  content: ArticleContent;
  savedAt: string;
}

/**
 * The crash journal: while an editor types, its unsaved content is written
 * here every few hundred milliseconds (`drafts/<id>.json`, atomically and
 * durably), so that what was typed up to a moment before a crash is offered
 * back when the article is opened again. A successful save removes the draft
 * when it holds exactly what was saved.
 */
export class DraftStore {
  private readonly paths: DataPaths;
  private known = false;

  constructor(dataDir: string) {
    this.paths = new DataPaths(dataDir);
  }

  private file(id: string): string {
    return this.paths.draftFile(id);
  }

  /** Keeps the latest unsaved content of an article. */
  async put(draft: Draft): Promise<void> {
    if (!this.known) {
      await ensureDir(this.paths.draftsDir);
      this.known = true;
    }
    await writeFileAtomic(this.file(draft.id), JSON.stringify(draft));
  }

  /** The draft of an article, or null (also for a damaged draft, which is removed). */
  async get(id: string): Promise<Draft | null> {
    let text: string;
    try {
      text = await readFile(this.file(id), 'utf8');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    try {
      const raw = JSON.parse(text) as Draft;
      const content = ArticleContentSchema.parse(raw.content);
      if (raw.id !== id || typeof raw.baseRevision !== 'number') throw new Error('bad draft');
      return { id, baseRevision: raw.baseRevision, content, savedAt: String(raw.savedAt) };
    } catch {
      await this.discard(id);
      return null;
    }
  }

  /** Removes an article's draft. */
  async discard(id: string): Promise<void> {
    await unlink(this.file(id)).catch((error) => (isMissing(error) ? undefined : Promise.reject(error)));
  }

  /**
   * Removes the draft if it holds exactly `content` (what was just saved), or
   * was kept before `savedFrom` (when the save began); a newer draft is kept.
   */
  async discardIfSaved(id: string, content: ArticleContent, savedFrom?: string): Promise<void> {
    const draft = await this.get(id);
    // The saved content, or a draft kept before this save began (the save has what it had, and more).
    if (draft && (sameContent(draft.content, content) || (savedFrom !== undefined && draft.savedAt < savedFrom)))
      await this.discard(id);
  }
}
