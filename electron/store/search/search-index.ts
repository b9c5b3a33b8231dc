import { ensureDir } from '../durable-file';
import type { ArchiveChange, ArticleStore } from '../article-store';
import { searchDocOf, type SearchDoc } from '../../../shared/search/doc';
import { SearchEngine } from '../../../shared/search/engine';
import { forgetBuildArrays, MAX_SEGMENT_DOCS } from '../../../shared/search/postings-build';
import { buildSegmentData, type SegmentData } from '../../../shared/search/segment';
import { SerialQueue } from '../serial-queue';
import { LogWriter, readLog, readState, setAside, writeState, type LogLine } from './index-files';
import { SegmentSet } from './segment-set';
import { SegmentMerges } from './segment-merges';
import { breathe, drive } from './steps';
import { SegmentBuilder } from './segment-builder';

/** How far the index is: complete, or being brought up to date (results may miss articles meanwhile). */
export interface IndexProgress {
  complete: boolean;
  done: number;
  total: number;
}

/** How an index is opened. */
export interface SearchIndexOptions {
  readOnly: boolean;
  /** Changes kept in the log before they are written as a segment. */
  flushDocs?: number;
  /** Milliseconds of quiet after a change before the log is written as a segment. */
  idleMs?: number;
  /**
   * Documents of a first-tier segment (MAX_SEGMENT_DOCS, the most a build
   * makes; tests use small ones): segments under half of it are merged by
   * indexing their articles again, larger ones by joining postings.
   */
  tierDocs?: number;
  /** The build thread's bundle (searchWorkerIn): a rebuild builds its segments there; without it, in this thread. */
  buildWorker?: string;
  now?: () => Date;
}

/** Articles read between turns of the event loop while reconciling. */
const READ_AHEAD = 64;

/**
 * The archive's search index (稿件库检索), kept beside the archive in
 * `search/`: immutable segment files listed by a manifest, and a log of the
 * changes since the last segment. Every change the store makes reaches it
 * at once (it is searchable the moment it is saved); the log becomes a
 * segment when it has grown or the archive is idle, and small segments are
 * merged. All file work runs in the index's own queue, in steps that let
 * saves and searches run between them.
 *
 * Crash safety: segment files are written whole before the manifest names
 * them, and the manifest is replaced atomically, so the files on disk
 * always form a consistent index of some moment. What happened after that
 * moment is in the log (a line cut off by a crash is dropped). The writer
 * marks the index "not clean" when it opens and "clean" when it closes; an
 * index found not clean (a crash), damaged or missing is reconciled with the
 * archive in the background: each article whose indexed revision differs is
 * read and indexed again, and results say they are incomplete until then.
 */
export class SearchIndex {
  readonly engine = new SearchEngine();
  readonly notices: string[] = [];
  private readonly queue = new SerialQueue();
  private readonly log: LogWriter;
  private readonly segments: SegmentSet;
  private progress: IndexProgress = { complete: true, done: 0, total: 0 };
  private reconciling: Promise<void> | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private closed = false;
  /** Set by close: a reconcile in progress stops (the index stays marked not clean, so the next open goes on). */
  private stopping = false;
  /** True from the start of a reconcile until it has run to its end. */
  private unreconciled = false;
  /** True when the log holds changes a segment or the manifest does not yet hold. */
  private logDirty = false;
  private readonly flushDocs: number;
  private readonly idleMs: number;
  private readonly tierDocs: number;
  private readonly merges: SegmentMerges;
  private readonly now: () => Date;

  private constructor(
    private readonly store: ArticleStore,
    private readonly options: SearchIndexOptions,
  ) {
    this.log = new LogWriter(store.paths);
    this.segments = new SegmentSet(store.paths, options.readOnly, (file) => this.setAside(file));
    this.flushDocs = options.flushDocs ?? 500;
    this.idleMs = options.idleMs ?? 20_000;
    this.tierDocs = Math.min(options.tierDocs ?? MAX_SEGMENT_DOCS, MAX_SEGMENT_DOCS);
    this.merges = new SegmentMerges(this.engine, this.segments, this.tierDocs, () => this.stopping);
    this.now = options.now ?? (() => new Date());
  }

  private get paths() {
    return this.store.paths;
  }

  /**
   * Opens the index of `store`'s archive: segments and log are loaded (the
   * index answers at once), then, when the index was not closed cleanly,
   * was damaged or disagrees with the archive's count, a reconcile runs in
   * the background (`whenComplete`). A read-only open never writes; it
   * reconciles in memory.
   */
  static async open(store: ArticleStore, options: SearchIndexOptions): Promise<SearchIndex> {
    let index = new SearchIndex(store, options);
    let needsReconcile: boolean;
    try {
      needsReconcile = await index.load();
    } catch {
      // An index that cannot be loaded at all is derived data: start empty and rebuild from the archive.
      index.segments.close();
      index = new SearchIndex(store, options);
      index.notices.push('稿件检索索引无法读取，正在后台重建；重建完成前检索结果可能不全。稿件本身未受影响。');
      needsReconcile = true;
    }
    index.unsubscribe = store.subscribe((change) => index.onChange(change));
    if (needsReconcile) index.startReconcile();
    return index;
  }

  /** Loads manifest, segments and log; true when the index must be reconciled with the archive. */
  private async load(): Promise<boolean> {
    const { paths } = this;
    if (!this.options.readOnly) await ensureDir(paths.searchDir);
    const loaded = await this.segments.load();
    for (const id of loaded.removed) this.engine.remove(id);
    for (const segment of loaded.segments) this.engine.addSegment(segment);
    let reconcile = loaded.incomplete;
    const { lines, damaged } = await readLog(paths);
    for (const line of lines) this.apply(line);
    const state = await readState(paths);
    const articles = this.store.months().reduce((n, m) => n + m.count, 0);
    if (damaged || !state?.clean || state.articles !== articles) reconcile = true;
    if (!this.options.readOnly) {
      await writeState(paths, { clean: false, articles });
    }
    return reconcile;
  }

  private async setAside(file: string): Promise<void> {
    if (this.options.readOnly) return;
    const aside = await setAside(this.paths, file, this.now()).catch(() => null);
    this.notices.push(
      `稿件检索索引文件已损坏${aside ? `（已移至 ${aside}）` : ''}，正在后台重建索引；重建完成前检索结果可能不全。稿件本身未受影响。`,
    );
  }

  private apply(line: LogLine): void {
    if ('put' in line) this.engine.put(line.put, line.text);
    else this.engine.remove(line.remove);
  }

  /** A change: indexed at once, logged, and written as part of a segment later. */
  private record(line: LogLine): void {
    this.apply(line);
    if (this.options.readOnly || this.closed) return;
    this.logDirty = true;
    try {
      this.log.append(line);
    } catch {
      // Disk trouble: the change is searchable now; the next open reconciles it.
    }
    this.scheduleFlush();
  }

  private onChange(change: ArchiveChange): void {
    if ('removed' in change) this.record({ remove: change.removed });
    else {
      const { doc, text } = searchDocOf(change.article);
      this.record({ put: doc, text });
    }
  }

  private scheduleFlush(): void {
    if (this.engine.liveCount >= this.flushDocs) {
      void this.flush().catch(() => {});
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (!this.closed) void this.flush().catch(() => {});
    }, this.idleMs);
    this.idleTimer.unref();
  }

  /** Where the index is. */
  status(): IndexProgress {
    return { ...this.progress };
  }

  /** Resolves when a reconcile in progress is done. */
  async whenComplete(): Promise<void> {
    await this.reconciling;
  }

  private startReconcile(): void {
    this.unreconciled = true;
    this.progress = { complete: false, done: 0, total: 0 };
    this.reconciling = this.queue
      .run(() => this.reconcile())
      .catch(() => {
        this.notices.push('稿件检索索引未能与稿件库核对完毕，检索结果可能不全；下次打开时会再次核对。');
      })
      .finally(() => {
        forgetBuildArrays();
        this.progress = { ...this.progress, complete: true };
      });
  }

  /**
   * Brings the index in line with the archive: every article whose
   * indexed revision differs is read and indexed again (in segments of up
   * to `tierDocs` when there are many, as in a rebuild), and articles
   * the archive no longer has are removed.
   */
  private async reconcile(): Promise<void> {
    const entries = await this.store.allEntries();
    const indexed = this.engine.revisions();
    const present = new Set(entries.map((e) => e.id));
    for (const id of indexed.keys()) if (!present.has(id)) this.record({ remove: id });
    const todo = entries.filter((e) => indexed.get(e.id) !== e.revision);
    this.progress = { complete: false, done: 0, total: todo.length };
    // Articles are read READ_AHEAD at a time (the next batch's files read while this one is worked on).
    const read = (at: number) =>
      at < todo.length
        ? this.store.readForIndex(todo.slice(at, at + READ_AHEAD).map((e) => e.id)).then(
            (articles) => ({ articles }),
            (error: unknown) => ({ error }),
          )
        : null;
    // A rebuild's batches are built in the worker thread when there is one (see SegmentBuilder) while
    // the next batch is read, and each built segment is written while the next is built (file writes
    // run off the main thread). One batch builds at a time, so memory holds two; segments are added in
    // order, each once its file is whole.
    const builder = new SegmentBuilder(todo.length >= this.tierDocs ? this.options.buildWorker : undefined);
    let building: Promise<void> = Promise.resolve();
    let writing: Promise<void> = Promise.resolve();
    let failed: { error: unknown } | null = null;
    const fail = (error: unknown) => {
      failed ??= { error };
    };
    const addBuilt = async (batch: ReadonlyArray<{ doc: SearchDoc; text: string }>) => {
      await building;
      building = builder.build(batch).then((data) => {
        writing = writing.then(() => (failed ? undefined : this.addSegmentData(data))).catch(fail);
      }, fail);
    };
    let batch: Array<{ doc: SearchDoc; text: string }> = [];
    try {
      let next = read(0);
      for (let at = 0; next; at += READ_AHEAD) {
        const result = await next;
        if ('error' in result) throw result.error;
        next = this.stopping ? null : read(at + READ_AHEAD);
        if (this.stopping || failed) break;
        await breathe();
        for (const article of result.articles) {
          if (article) batch.push(searchDocOf(article));
          this.progress.done++;
          if (batch.length === this.tierDocs) {
            await addBuilt(batch);
            batch = [];
          }
        }
      }
      if (!this.stopping && !failed && batch.length > this.flushDocs) {
        await addBuilt(batch);
        batch = [];
      }
    } finally {
      await building;
      await writing;
      await builder.close();
    }
    if (failed) throw (failed as { error: unknown }).error;
    if (this.stopping) return;
    for (const { doc, text } of batch) this.record({ put: doc, text });
    this.unreconciled = false;
    // Every article is searchable now; a rebuild's segments are then merged into one.
    this.progress = { ...this.progress, complete: true };
    if (!this.options.readOnly) await this.merges.tiers();
  }

  /**
   * Builds a segment of `entries` (in steps), writes it and names it in the
   * manifest (a read-only open keeps it in memory), and adds it to the engine.
   */
  private async addSegment(entries: ReadonlyArray<{ doc: SearchDoc; text: string }>): Promise<void> {
    await this.addSegmentData(await drive(buildSegmentData(entries)));
  }

  /** Writes a built segment, adds it to the engine and names it in the manifest. */
  private async addSegmentData(data: SegmentData): Promise<void> {
    const segment = await this.segments.write(data);
    this.engine.addSegment(segment);
    await this.segments.save(this.engine.removedIds());
  }

  /**
   * Writes the changes in the log as a segment (queued): the manifest names
   * it first, then the log is replaced by what is still not in a segment.
   * Then small segments are merged.
   */
  flush(): Promise<void> {
    if (this.options.readOnly) return Promise.resolve();
    return this.queue.run(async () => {
      const live = this.engine.liveDocs();
      if (!this.logDirty && live.length === 0) return;
      this.logDirty = false;
      if (live.length > 0) await this.addSegment(live);
      else await this.segments.save(this.engine.removedIds());
      await this.log.replace(this.engine.liveDocs().map(({ doc, text }) => ({ put: doc, text })));
      await this.merges.small();
      forgetBuildArrays();
      if (!this.options.readOnly) await this.merges.tiers();
    });
  }

  /** Writes what is in the log as a segment, marks the index clean and closes its files. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.unsubscribe?.();
    this.stopping = true;
    if (!this.options.readOnly) {
      await this.reconciling;
      await this.flush().catch(() => {});
      await this.queue.run(async () => {
        const articles = this.store.months().reduce((n, m) => n + m.count, 0);
        if (!this.unreconciled) await writeState(this.paths, { clean: true, articles });
      });
    }
    this.closed = true;
    this.log.close();
    this.segments.close();
  }
}
