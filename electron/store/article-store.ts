import { Low } from 'lowdb';
import { randomInt } from 'node:crypto';
import { readFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  STATUS_LABELS,
  type Article,
  type ArticleContent,
  type ArticleStatus,
  type CatalogEntry,
  type Origin,
} from '../../shared/model/article';
import { isLocked, lockedReason, type TransitionRecord } from '../../shared/workflow/transitions';
import { articleWordCount, emptyContent, revisionLabel, toCatalogEntry } from '../../shared/model/article-content';
import { CopydeskError, isCopydeskError } from '../../shared/ipc/result';
import { Catalog, FOLD_THRESHOLD, TRASH_BUCKET, UNDATED_BUCKET, bucketOf, type JournalOp } from './catalog';
import { appendDurable, ensureDir, fsyncDir, isMissing, writeFileAtomic } from './durable-file';
import { DurableJsonFile } from './durable-json-file';
import { DamagedFileError } from './errors';
import { DataPaths } from './data-paths';
import { ArticleFiles, revisionLogLine, UnrecoverableArticleError, type ArticleDoc } from './article-files';
import { acquireDataLock, type DataLock } from './lock';
import { CURRENT_SCHEMA_VERSION, NewerFormatError } from './migrations';
import { SerialQueue } from './serial-queue';
import { sweepAfterCrash } from './temp-sweep';

interface MetaFile {
  schemaVersion: number;
  createdAt: string;
}

/** How a store is opened. */
export interface StoreOptions {
  dataDir: string;
  /** Read without taking the writer lock (CLI `list`/`show`): nothing is written, damage is reported, not repaired. */
  readOnly?: boolean;
  /** Milliseconds of quiet after a save before the journal is folded into month files. */
  foldDelayMs?: number;
  /** Clock, for tests. */
  now?: () => Date;
}

/** How many month files one fold step writes before letting queued saves run. */
const FOLD_BUCKETS_PER_STEP = 4;

/** What changed in the archive: an article's new revision, or an article deleted for good. */
export type ArchiveChange = { article: Article } | { removed: string };

/** Ids sort by creation time and end in two random characters that pick the shard folder. */
export function newArticleId(now: Date): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  let random = '';
  for (let i = 0; i < 10; i++) random += alphabet[randomInt(36)];
  return now.getTime().toString(36).padStart(9, '0') + random;
}

function byDateThenUpdated(a: CatalogEntry, b: CatalogEntry): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/**
 * An article's next revision with `changes` applied: the number one up and,
 * unless the change says otherwise (a save made after a pause in typing),
 * not an autosave. Every change spreads the revision it started from, whose
 * flag must not carry over to a step, restore or deletion.
 */
function nextRevision(current: Article, changes: Partial<Article>): Article {
  return { ...current, autosaved: false, ...changes, revision: current.revision + 1 };
}

/**
 * The article archive on disk. Each article is one lowdb JSON file
 * (`articles/<shard>/<id>.json`); every saved revision is also appended to the
 * article's own log (`revisions/<shard>/<id>.jsonl`), which is the last good
 * copy if the article file is ever damaged; lists come from the Catalog. All
 * writes go through one queue, and only one process may write a data folder.
 */
export class ArticleStore {
  readonly paths: DataPaths;
  readonly notices: string[] = [];
  private readonly catalog: Catalog;
  private readonly queue = new SerialQueue();
  private readonly readOnly: boolean;
  private readonly foldDelayMs: number;
  private readonly now: () => Date;
  private lock: DataLock | null = null;
  private foldTimer: NodeJS.Timeout | null = null;
  private folding: Promise<void> | null = null;
  private closed = false;
  private readonly files: ArticleFiles;
  /**
   * Read-only opens only: articles of an import that has not finished (or was
   * cut off by a crash), which a writer would roll back; views leave them out
   * so that they agree with what a writer sees.
   */
  private readonly unfinishedImport = new Set<string>();
  /** Who is told of each change once it is on disk (the search index). */
  private readonly listeners = new Set<(change: ArchiveChange) => void>();

  private constructor(options: StoreOptions) {
    this.paths = new DataPaths(options.dataDir);
    this.readOnly = options.readOnly ?? false;
    this.foldDelayMs = options.foldDelayMs ?? 2000;
    this.now = options.now ?? (() => new Date());
    const notify = (message: string) => this.notices.push(message);
    this.files = new ArticleFiles(this.paths, { readOnly: this.readOnly, now: this.now, notify });
    this.catalog = new Catalog(this.paths, {
      readOnly: this.readOnly,
      moveAside: (file) => this.files.moveAside(file),
      notify,
    });
  }

  /** Opens (creating if needed) the archive in `options.dataDir`. */
  static async open(options: StoreOptions): Promise<ArticleStore> {
    const store = new ArticleStore(options);
    try {
      await store.init();
    } catch (error) {
      await store.lock?.release();
      throw error;
    }
    return store;
  }

  private async init(): Promise<void> {
    const startedAt = Date.now();
    if (!this.readOnly) {
      await ensureDir(this.paths.root);
      this.lock = await acquireDataLock(this.paths.lock);
    }
    await this.openMeta();
    const lastOp = await this.catalog.open();
    if (lastOp) await this.completeLastOp(lastOp);
    if (this.catalog.needsRebuild) await this.rebuildCatalog();
    await this.rollBackUnfinishedImport();
    // After a crash only: temp files of writes that died, swept in the background.
    if (this.lock?.tookOver)
      this.sweeping = sweepAfterCrash(this.paths, startedAt, (id) =>
        this.write(() => this.dropUnfinishedCreate(id)),
      ).catch(() => 0);
  }

  /** The background sweep of a crashed writer's temp files, when one runs. */
  private sweeping: Promise<number> | null = null;

  private async openMeta(): Promise<void> {
    const adapter = new DurableJsonFile<MetaFile>(this.paths.meta, { backup: true });
    let meta: MetaFile | null;
    let repaired = false;
    try {
      meta = await adapter.read();
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      const aside = await this.files.moveAside(this.paths.meta);
      meta = await new DurableJsonFile<MetaFile>(`${this.paths.meta}.bak`).read().catch(() => null);
      repaired = true;
      this.notices.push(
        `数据文件夹的说明文件已损坏（已移至 ${aside}），已${meta ? '从备份恢复' : '重新创建'}。稿件未受影响。`,
      );
    }
    if (meta && meta.schemaVersion > CURRENT_SCHEMA_VERSION)
      throw new CopydeskError('UNAVAILABLE', new NewerFormatError(meta.schemaVersion).message);
    if (this.readOnly) return;
    if (!meta || repaired || meta.schemaVersion !== CURRENT_SCHEMA_VERSION) {
      const db = new Low<MetaFile>(adapter, {
        schemaVersion: CURRENT_SCHEMA_VERSION,
        createdAt: meta?.createdAt ?? this.now().toISOString(),
      });
      await db.write();
    }
  }

  /**
   * Writes are serialized, so only the last journal line can belong to a save
   * that a crash interrupted. Start-up checks it against the article file and
   * records the truth if they differ: on disk for a writer, in memory for a
   * read-only open (so `list` never shows a save that was never finished).
   */
  private async completeLastOp(op: JournalOp): Promise<void> {
    let actual: Article | null;
    try {
      actual = await this.files.read(op.id);
    } catch (error) {
      if (error instanceof UnrecoverableArticleError) return this.forget(op.id, op.to);
      // Damaged (a read-only open cannot repair): the user has been told; start-up goes on.
      if (isCopydeskError(error) && error.code === 'DAMAGED') return;
      throw error;
    }
    if (op.to === null) {
      if (actual && !this.readOnly) await this.files.remove(op.id);
      return;
    }
    if (actual && op.entry && actual.revision === op.entry.revision) return;
    // A create that died before its article file: its revision-log line goes too.
    if (!actual && op.from === null && !this.readOnly) await this.files.remove(op.id);
    const entry = actual ? toCatalogEntry(actual) : null;
    const truth: JournalOp = { id: op.id, from: op.to, to: entry ? bucketOf(entry) : null, entry };
    if (this.readOnly) this.catalog.correctInMemory(truth);
    else await this.catalog.record(truth);
  }

  /**
   * Takes an article that cannot be read at all (file and revision log both
   * damaged, already moved to `damaged/` with a notice) off the lists, so no
   * list shows what cannot be opened. `bucket` is where the catalog has it,
   * when known.
   */
  private async forget(id: string, bucket?: string | null): Promise<void> {
    if (this.readOnly) return;
    await this.removeArticle(id, bucket ?? (await this.catalog.locate(id)));
  }

  /** Removes an article for good: off the list it is in (`from`, when it is in one), then its files. */
  private async removeArticle(id: string, from: string | null): Promise<void> {
    if (from) await this.catalog.record({ id, from, to: null, entry: null });
    await this.files.remove(id);
    this.emit({ removed: id });
  }

  /**
   * Calls `listener` after every change is on disk, inside the write queue
   * (so in the order of the changes); returns the call that stops it. A
   * listener's error never fails the write that was already made.
   */
  subscribe(listener: (change: ArchiveChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: ArchiveChange): void {
    for (const listener of this.listeners)
      try {
        listener(change);
      } catch {
        // The index notices what it missed when it next reconciles.
      }
  }

  /**
   * A revision log without an article file, found after a crash. When it
   * holds only a first revision and no list names the article, it is a create
   * that died between its log line and its article file, never acknowledged:
   * it is removed. Anything else is an article file that went missing, and
   * the log is its last good copy: it is left for `copydesk check --repair`.
   */
  private async dropUnfinishedCreate(id: string): Promise<void> {
    if (await this.files.readFile(id).catch(() => 'damaged')) return;
    const revisions = await this.files.revisions(id);
    if (revisions.some((r) => r.revision > 1) || (await this.catalog.locate(id))) return;
    await this.files.remove(id);
  }

  /**
   * An import writes the ids it will create to `import-batch.json` before the
   * first article and removes it after the last, so a crash part-way leaves
   * the file behind. A writer then removes the articles the batch made: the
   * import was never acknowledged, and it is all or nothing. A read-only open
   * leaves those articles out of every view instead.
   */
  private async rollBackUnfinishedImport(): Promise<void> {
    const ids = await this.readPendingBatch();
    if (ids.length === 0) return;
    if (this.readOnly) {
      for (const id of ids) this.unfinishedImport.add(id);
      return;
    }
    let removed = 0;
    for (const id of ids) {
      const article = await this.files.read(id).catch(() => null);
      await this.removeArticle(id, article && bucketOf(toCatalogEntry(article)));
      if (article) removed++;
    }
    await unlink(this.paths.pendingBatch).catch((e) => (isMissing(e) ? undefined : Promise.reject(e)));
    await fsyncDir(this.paths.root);
    if (removed > 0)
      this.notices.push(
        `上次导入在中途中断，已撤销那次导入的 ${removed} 篇稿件（导入要么全部完成，要么不留下任何稿件）。请重新导入。`,
      );
  }

  private async readPendingBatch(): Promise<string[]> {
    try {
      const parsed = JSON.parse(await readFile(this.paths.pendingBatch, 'utf8')) as { ids?: unknown };
      return Array.isArray(parsed.ids) ? parsed.ids.filter((id): id is string => typeof id === 'string') : [];
    } catch (error) {
      if (isMissing(error)) return [];
      // A batch file torn by the crash itself: nothing of that import was written after it.
      if (!this.readOnly) await unlink(this.paths.pendingBatch).catch(() => {});
      return [];
    }
  }

  /**
   * Commits one new revision. Three writes run at once: the catalog journal line
   * (the intent), the revision-log line, and the new article file staged beside
   * the old one, each fsynced. Only when all three are on disk is the article
   * file renamed into place. A crash before the rename leaves the old article
   * (start-up corrects the journal's last line); after it, the new one. A save
   * touches these three files and nothing whose size depends on the archive.
   */
  private async commit(previous: Article | null, next: Article): Promise<Article> {
    const entry = toCatalogEntry(next);
    const op: JournalOp = {
      id: next.id,
      from: previous ? bucketOf(toCatalogEntry(previous)) : null,
      to: bucketOf(entry),
      entry,
    };
    await this.files.ensureShardDirs(next.id);
    const line = revisionLogLine(next);
    const staging = new DurableJsonFile<ArticleDoc>(this.paths.articleFile(next.id)).stage({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      article: next,
    });
    try {
      await Promise.all([this.catalog.record(op), appendDurable(this.paths.revisionsFile(next.id), line), staging]);
      await (await staging).commit();
      this.emit({ article: next });
    } catch (error) {
      // Disk full or similar: the article file still holds the previous revision.
      // Drop the staged file and make the catalog say so again.
      await staging.then((staged) => staged.abandon()).catch(() => {});
      await this.completeLastOp(op).catch(() => {});
      throw error;
    }
    await this.afterWrite();
    return next;
  }

  private async afterWrite(): Promise<void> {
    if (this.catalog.pendingCount >= FOLD_THRESHOLD) {
      void this.foldInSteps().catch(() => {});
      return;
    }
    if (this.foldTimer) clearTimeout(this.foldTimer);
    this.foldTimer = setTimeout(() => {
      this.foldTimer = null;
      if (!this.closed) void this.foldInSteps().catch(() => {});
    }, this.foldDelayMs);
    this.foldTimer.unref();
  }

  /**
   * Folds the catalog journal into the month files a few files at a time, each
   * step queued on its own so that saves run between steps instead of waiting
   * for the whole fold.
   */
  private foldInSteps(): Promise<void> {
    if (this.folding) return this.folding;
    this.folding = (async () => {
      try {
        const plan = await this.queue.run(async () => this.catalog.planFold());
        if (!plan) return;
        let done = false;
        while (!done) {
          done = await this.queue.run(async () => {
            const finished = await this.catalog.foldStep(plan, FOLD_BUCKETS_PER_STEP);
            if (!this.catalog.needsRebuild) return finished;
            await this.rebuildCatalog();
            return true;
          });
        }
      } finally {
        this.folding = null;
      }
    })();
    return this.folding;
  }

  private write<T>(task: () => Promise<T>): Promise<T> {
    if (this.readOnly) return Promise.reject(new CopydeskError('FORBIDDEN', '只读模式下不能修改稿件。'));
    if (this.closed) return Promise.reject(new CopydeskError('UNAVAILABLE', '稿件库已关闭。'));
    return this.queue.run(task);
  }

  /** Reads an article (repairing it from its log when needed); null when there is none. */
  private async tryReadArticle(id: string): Promise<Article | null> {
    this.paths.checkedId('article', id);
    if (this.unfinishedImport.has(id)) return null;
    try {
      return await this.files.read(id);
    } catch (error) {
      // Queued, not awaited: this read may itself run inside a queued write.
      if (error instanceof UnrecoverableArticleError) void this.write(() => this.forget(id)).catch(() => {});
      throw error;
    }
  }

  private async mustRead(id: string): Promise<Article> {
    const article = await this.tryReadArticle(id);
    if (!article) throw new CopydeskError('NOT_FOUND', '找不到这篇稿件，它可能已被永久删除。');
    return article;
  }

  /** Every revision in an article's log that can still be read, oldest first. */
  async revisions(id: string): Promise<Article[]> {
    return this.files.revisions(id);
  }

  /** One article. */
  async get(id: string): Promise<Article> {
    return this.mustRead(id);
  }

  /**
   * Articles for the search index: each read quickly when its file looks
   * whole and current, else the careful way; null for one that cannot be
   * read (it is then off the lists, with a notice).
   */
  async readForIndex(ids: readonly string[]): Promise<Array<Article | null>> {
    // All files at once: the reads run in parallel off the main thread.
    const quick = await Promise.all(
      ids.map((id) => (this.unfinishedImport.has(id) ? undefined : this.files.readQuick(id))),
    );
    const out: Array<Article | null> = [];
    for (const [i, id] of ids.entries())
      out.push(
        quick[i] ??
          (await this.get(id).catch((error: unknown) => (isCopydeskError(error) ? null : Promise.reject(error)))),
      );
    return out;
  }

  /** A new 草稿 (not yet written) from optional content. */
  private draftOf(content: Partial<ArticleContent>): Article {
    const now = this.now();
    // A field given as undefined keeps its default instead of blanking it.
    const given = Object.fromEntries(Object.entries(content).filter(([, v]) => v !== undefined));
    const full = { ...emptyContent(), ...given };
    return {
      ...full,
      id: newArticleId(now),
      revision: 1,
      status: 'draft',
      wordCount: articleWordCount(full),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      deletedAt: null,
      updatedBy: null,
      history: [],
      origin: null,
      autosaved: false,
    };
  }

  /** Creates a 草稿 from optional content. */
  async create(content: Partial<ArticleContent> = {}): Promise<Article> {
    return this.write(async () => this.commit(null, this.draftOf(content)));
  }

  /**
   * Creates several 草稿 at once (an import): all of them or none. The ids
   * are written to `import-batch.json` first and the file is removed after
   * the last article, so a crash part-way is rolled back on the next open
   * (see rollBackUnfinishedImport). If one cannot be written (disk full), the
   * ones already written are removed again before the error is passed on.
   */
  async createMany(contents: readonly ArticleContent[]): Promise<Article[]> {
    return this.write(async () => {
      const drafts = contents.map((content) => this.draftOf(content));
      await writeFileAtomic(this.paths.pendingBatch, JSON.stringify({ ids: drafts.map((d) => d.id) }));
      const created: Article[] = [];
      try {
        for (const draft of drafts) created.push(await this.commit(null, draft));
      } catch (error) {
        for (const article of created) {
          await this.catalog
            .record({ id: article.id, from: bucketOf(toCatalogEntry(article)), to: null, entry: null })
            .catch(() => {});
          await this.files.remove(article.id).catch(() => {});
        }
        await unlink(this.paths.pendingBatch).catch(() => {});
        throw error;
      }
      await unlink(this.paths.pendingBatch);
      await fsyncDir(this.paths.root);
      return created;
    });
  }

  /**
   * Saves new content over `baseRevision` as `by`; refuses with CONFLICT when
   * someone saved in between, and with LOCKED when the copy is signed off.
   */
  async save(
    id: string,
    baseRevision: number,
    content: ArticleContent,
    by: string | null = null,
    options: { autosave?: boolean } = {},
  ): Promise<Article> {
    return this.write(async () => {
      const current = await this.mustRead(id);
      if (current.deletedAt) throw new CopydeskError('FORBIDDEN', '这篇稿件在回收站中，请先恢复再修改。');
      if (isLocked(current.status)) throw new CopydeskError('LOCKED', lockedReason(current.status));
      if (current.revision !== baseRevision) {
        throw new CopydeskError(
          'CONFLICT',
          `保存冲突：这篇稿件已被更新到${revisionLabel(current.revision)}，而你的修改基于${revisionLabel(baseRevision)}。你的内容没有丢失，请复制保存后重新打开稿件再合并。`,
        );
      }
      return this.commit(
        current,
        nextRevision(current, {
          ...content,
          wordCount: articleWordCount(content),
          updatedAt: this.now().toISOString(),
          updatedBy: by,
          autosaved: options.autosave ?? false,
        }),
      );
    });
  }

  /**
   * Takes one status step, recorded in the article's history, as a new
   * revision (content unchanged). `record` sees the current article, decides
   * whether the step is allowed (it throws to refuse) and gives the record,
   * inside the write queue, so two steps cannot race.
   */
  async transition(id: string, to: ArticleStatus, record: (current: Article) => TransitionRecord): Promise<Article> {
    return this.write(async () => {
      const current = await this.mustRead(id);
      if (current.deletedAt) throw new CopydeskError('FORBIDDEN', '这篇稿件在回收站中，请先恢复。');
      const step = record(current);
      return this.commit(
        current,
        nextRevision(current, {
          status: to,
          updatedAt: step.at,
          updatedBy: step.by,
          history: [...current.history, step],
        }),
      );
    });
  }

  /**
   * Creates an article that arrived as a signed submission: 已投稿, with its
   * origin (the revision it is created at holds the copy as submitted) and
   * the step that brought it. `id` is derived from the submission, so a
   * second call for the same submission (after a crash) returns the article
   * the first one made instead of making another.
   */
  async createSubmitted(
    id: string,
    content: ArticleContent,
    origin: Omit<Origin, 'submittedRevision'>,
    step: TransitionRecord,
  ): Promise<Article> {
    return this.write(async () => {
      const existing = await this.tryReadArticle(id);
      if (existing) {
        if (existing.origin?.submissionId === origin.submissionId) return existing;
        throw new CopydeskError('CONFLICT', '稿件编号冲突，这份投稿未能收入，请重试。');
      }
      const draft = { ...this.draftOf(content), id };
      return this.commit(null, {
        ...draft,
        status: 'submitted',
        updatedBy: step.by,
        origin: { ...origin, submittedRevision: draft.revision },
        history: [step],
      });
    });
  }

  /** 删除: moves an article to the 回收站 (a new revision with `deletedAt`). */
  async moveToTrash(id: string): Promise<Article> {
    return this.write(async () => {
      const current = await this.mustRead(id);
      if (current.deletedAt) return current;
      if (isLocked(current.status))
        throw new CopydeskError(
          'LOCKED',
          `这篇稿件${STATUS_LABELS[current.status]}，不能删除；如需撤下，请值班主任重新打开。`,
        );
      const now = this.now().toISOString();
      return this.commit(current, nextRevision(current, { deletedAt: now, updatedAt: now }));
    });
  }

  /** Restores an article from the 回收站. */
  async restore(id: string): Promise<Article> {
    return this.write(async () => {
      const current = await this.mustRead(id);
      if (!current.deletedAt) return current;
      const now = this.now().toISOString();
      return this.commit(current, nextRevision(current, { deletedAt: null, updatedAt: now }));
    });
  }

  /** 清空回收站: deletes every article in the 回收站 for good; returns how many. */
  async emptyTrash(): Promise<number> {
    return this.write(async () => {
      const entries = await this.catalog.list(TRASH_BUCKET);
      for (const entry of entries) await this.removeArticle(entry.id, TRASH_BUCKET);
      if (entries.length > 0) await this.afterWrite();
      return entries.length;
    });
  }

  /** Catalog entries of a month (YYYY-MM or `undated`), newest first; deleted articles excluded. */
  async listMonth(month: string): Promise<CatalogEntry[]> {
    return this.listBucket(month);
  }

  /** Catalog entries in the 回收站, most recently deleted first. */
  async listTrash(): Promise<CatalogEntry[]> {
    const items = await this.listBucket(TRASH_BUCKET);
    return items.sort((a, b) => ((a.deletedAt ?? '') < (b.deletedAt ?? '') ? 1 : -1));
  }

  private async listBucket(bucket: string): Promise<CatalogEntry[]> {
    let items = await this.catalog.list(bucket);
    if (this.catalog.needsRebuild) {
      await this.write(() => this.rebuildCatalog());
      items = await this.catalog.list(bucket);
    }
    if (this.unfinishedImport.size > 0) items = items.filter((e) => !this.unfinishedImport.has(e.id));
    return items.sort(byDateThenUpdated);
  }

  /** Every article's catalog entry, the 回收站 included (for the search index's check against the archive). */
  async allEntries(): Promise<CatalogEntry[]> {
    const entries: CatalogEntry[] = [];
    for (const { month } of this.months()) entries.push(...(await this.listBucket(month)));
    entries.push(...(await this.listBucket(TRASH_BUCKET)));
    return entries;
  }

  /** Months holding articles, newest first (`undated` last), with counts; the 回收站 is not a month. */
  months(): Array<{ month: string; count: number }> {
    const counts = this.catalog.bucketCounts();
    return Object.entries(counts)
      .filter(([bucket]) => bucket !== TRASH_BUCKET)
      .map(([month, count]) => ({ month, count }))
      .sort((a, b) => (a.month === UNDATED_BUCKET ? 1 : b.month === UNDATED_BUCKET ? -1 : a.month < b.month ? 1 : -1));
  }

  /** Rebuilds the catalog by reading every article file (after catalog damage). */
  private async rebuildCatalog(): Promise<void> {
    const entries: CatalogEntry[] = [];
    const shards = await readdir(this.paths.articlesDir).catch(() => [] as string[]);
    for (const shard of shards) {
      const names = await readdir(join(this.paths.articlesDir, shard)).catch(() => [] as string[]);
      for (const name of names) {
        if (!name.endsWith('.json') || name.startsWith('.')) continue;
        const article = await this.tryReadArticle(name.slice(0, -5)).catch(() => null);
        if (article) entries.push(toCatalogEntry(article));
      }
    }
    if (this.readOnly) throw new CopydeskError('DAMAGED', '稿件目录已损坏，请用采编台打开此数据文件夹以自动重建。');
    await this.catalog.rebuild(entries);
  }

  /**
   * Writes an article file back from the last good line of its revision log
   * (`copydesk check --repair`, for an article file that went missing) and
   * lists it again; null when the log holds nothing readable.
   */
  recoverFromLog(id: string): Promise<Article | null> {
    return this.write(async () => {
      this.paths.checkedId('article', id);
      if (await this.files.readFile(id).catch(() => null)) return null;
      const last = (await this.files.revisions(id)).at(-1);
      if (!last) return null;
      await this.files.write(last);
      const entry = toCatalogEntry(last);
      await this.catalog.record({ id, from: await this.catalog.locate(id), to: bucketOf(entry), entry });
      await this.afterWrite();
      this.emit({ article: last });
      return last;
    });
  }

  /** Rebuilds the catalog from the article files (`copydesk check --repair`, when the lists disagree with the files). */
  rebuildIndex(): Promise<void> {
    return this.write(() => this.rebuildCatalog());
  }

  /** True when this store was opened read-only. */
  get isReadOnly(): boolean {
    return this.readOnly;
  }

  /** Ids of an unfinished import that a read-only open leaves out of its views (a writer rolls them back). */
  get unfinishedImportIds(): string[] {
    return [...this.unfinishedImport];
  }

  /** Folds the whole catalog journal now (normally done in steps when idle). */
  flush(): Promise<void> {
    if (this.readOnly) return Promise.resolve();
    // Queue the plan now (not after an await), so calls made after flush() come after it.
    if (!this.folding) return this.foldInSteps();
    return this.folding.catch(() => {}).then(() => this.foldInSteps());
  }

  /** Finishes pending work, folds the journal and releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.foldTimer) clearTimeout(this.foldTimer);
    if (!this.readOnly) await this.flush().catch(() => {});
    await this.sweeping;
    this.closed = true;
    await this.lock?.release();
  }
}
