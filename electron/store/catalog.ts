import { Low } from 'lowdb';
import { readFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { CatalogEntrySchema, type CatalogEntry } from '../../shared/model/article';
import { appendDurable, ensureDir, isMissing, writeFileAtomic } from './durable-file';
import { DurableJsonFile } from './durable-json-file';
import { DamagedFileError } from './errors';
import type { DataPaths } from './data-paths';
import { CURRENT_SCHEMA_VERSION, migrateCatalogEntry } from './migrations';
import type { Doc } from './migrations/types';

/** The bucket of the 回收站. */
export const TRASH_BUCKET = 'trash';
/** The bucket of articles without a dateline date. */
export const UNDATED_BUCKET = 'undated';

/** The catalog bucket an article belongs in: its dateline month, `undated`, or `trash`. */
export function bucketOf(entry: Pick<CatalogEntry, 'date' | 'deletedAt'>): string {
  if (entry.deletedAt) return TRASH_BUCKET;
  return entry.date ? entry.date.slice(0, 7) : UNDATED_BUCKET;
}

/** One catalog change: the article `id` moved from `from` to `to` (either null for create/remove). */
export interface JournalOp {
  id: string;
  from: string | null;
  to: string | null;
  entry: CatalogEntry | null;
}

interface BucketFile {
  schemaVersion: number;
  entries: Record<string, CatalogEntry>;
}

/** The first line of the journal: the count of each bucket as folded. */
interface JournalHeader {
  counts: Record<string, number>;
}

/** The counts file of archives from before the journal carried them. */
interface IndexFile {
  schemaVersion: number;
  counts: Record<string, number>;
}

/** Net pending change for one article since the last fold. */
interface Pending {
  foldedIn: string | null;
  op: JournalOp;
}

/** A fold in progress: see Catalog.planFold. */
export interface FoldPlan {
  cut: number;
  net: Map<string, Pending>;
  /** Every bucket each article was in or moved to within the plan's changes. */
  visited: Map<string, Set<string>>;
  remaining: string[];
  generation: number;
}

/** How often the journal is folded into bucket files: after this many pending changes, or when idle. */
export const FOLD_THRESHOLD = 500;

/**
 * The article catalog: what lists need, split into one file per month
 * (`catalog/2020-03.json`, `undated.json`, `trash.json`) plus a small index of
 * counts. A save appends one fsynced line to `journal.jsonl`; the journal is
 * folded into the few month files it touches when idle, so a save never
 * rewrites a file whose size grows with the archive.
 */
export class Catalog {
  private readonly paths: DataPaths;
  private readonly buckets = new Map<string, Map<string, CatalogEntry>>();
  private readonly pending = new Map<string, Pending>();
  /** Every op in the journal file, in order (the journal is rewritten from this when a fold ends). */
  private ops: JournalOp[] = [];
  /** Bumped by a rebuild, so that a fold planned before it stops. */
  private generation = 0;
  private counts: Record<string, number> = {};
  /** Set when a catalog file was damaged and the catalog must be rebuilt from the articles. */
  needsRebuild = false;
  private readonly moveAside: (file: string) => Promise<string>;
  private readonly notify: (message: string) => void;
  private readonly readOnly: boolean;

  /** `moveAside` moves a damaged file out of the way; `notify` tells the user what was repaired. */
  constructor(
    paths: DataPaths,
    options: { readOnly: boolean; moveAside: (file: string) => Promise<string>; notify: (message: string) => void },
  ) {
    this.paths = paths;
    this.readOnly = options.readOnly;
    const { moveAside, notify } = options;
    this.moveAside = moveAside;
    this.notify = notify;
  }

  /**
   * Loads the counts and replays the journal. Month files are loaded when first
   * listed. The counts live in the journal's first line, written together with
   * the journal in one atomic replace when a fold ends, so the counts and the
   * changes still to replay can never disagree after a crash. (`index.json` is
   * read only for archives whose journal has no such line yet.)
   */
  async open(): Promise<JournalOp | null> {
    if (!this.readOnly) await ensureDir(this.paths.catalogDir);
    const { header, ops } = await this.readJournal();
    if (header) this.counts = header.counts;
    else this.counts = (await this.readOrFlag<IndexFile>(this.paths.catalogIndex))?.counts ?? {};
    this.ops = ops;
    for (const op of this.ops) this.remember(op);
    return this.ops.at(-1) ?? null;
  }

  private async readOrFlag<T>(file: string): Promise<T | null> {
    try {
      return await new DurableJsonFile<T>(file).read();
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      const aside = await this.moveAside(file);
      this.needsRebuild = true;
      this.notify(`稿件目录文件已损坏（已移至 ${aside}），目录已根据稿件文件重建，稿件本身未受影响。`);
      return null;
    }
  }

  private async readJournal(): Promise<{ header: JournalHeader | null; ops: JournalOp[] }> {
    let text: string;
    try {
      text = await readFile(this.paths.journal, 'utf8');
    } catch (error) {
      if (isMissing(error)) return { header: null, ops: [] };
      throw error;
    }
    const lines = text.split('\n');
    const tornTail = lines.pop() ?? '';
    const ops: JournalOp[] = [];
    let header: JournalHeader | null = null;
    for (const [i, line] of lines.entries()) {
      if (line.length === 0) continue;
      try {
        const parsed = JSON.parse(line) as JournalOp | JournalHeader;
        if (i === 0 && 'counts' in parsed) header = parsed;
        else ops.push(parsed as JournalOp);
      } catch {
        const aside = await this.moveAside(this.paths.journal);
        this.needsRebuild = true;
        this.notify(`稿件目录日志已损坏（已移至 ${aside}），目录已根据稿件文件重建，稿件本身未受影响。`);
        return { header: null, ops: [] };
      }
    }
    // A torn last line is an append that never finished: its save was never acknowledged.
    if (tornTail.length > 0 && !this.readOnly)
      await writeFileAtomic(this.paths.journal, lines.map((l) => `${l}\n`).join(''));
    return { header, ops };
  }

  /** Writes one month file (atomically, through its own lowdb instance). */
  private async writeBucket(bucket: string, map: Map<string, CatalogEntry>): Promise<void> {
    await new Low<BucketFile>(new DurableJsonFile(this.paths.bucketFile(bucket)), {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      entries: Object.fromEntries(map),
    }).write();
  }

  /** Replaces the journal with a counts line and `ops`, in one atomic write. */
  private async writeJournal(counts: Record<string, number>, ops: readonly JournalOp[]): Promise<void> {
    const header: JournalHeader = { counts };
    await writeFileAtomic(this.paths.journal, [header, ...ops].map((x) => `${JSON.stringify(x)}\n`).join(''));
  }

  private remember(op: JournalOp): void {
    const previous = this.pending.get(op.id);
    this.pending.set(op.id, { foldedIn: previous ? previous.foldedIn : op.from, op });
  }

  /** Records a change durably (one fsynced journal line) and in memory. */
  async record(op: JournalOp): Promise<void> {
    await appendDurable(this.paths.journal, `${JSON.stringify(op)}\n`);
    this.ops.push(op);
    this.remember(op);
  }

  /**
   * Applies a change in memory only, for a read-only open: the correction of
   * a journal line whose save a crash cut off, which only a writer may record.
   */
  correctInMemory(op: JournalOp): void {
    this.remember(op);
  }

  /** The bucket that lists an article now, or null (reads month files until it is found: for rare repairs only). */
  async locate(id: string): Promise<string | null> {
    const pending = this.pending.get(id);
    if (pending) return pending.op.to;
    for (const bucket of Object.keys(this.counts)) if ((await this.loadBucket(bucket)).has(id)) return bucket;
    return null;
  }

  /** How many changes wait to be folded. */
  get pendingCount(): number {
    return this.ops.length;
  }

  /** Month files being read, so that two readers of one bucket share one read and one map. */
  private readonly loading = new Map<string, Promise<Map<string, CatalogEntry>>>();

  private loadBucket(bucket: string): Promise<Map<string, CatalogEntry>> {
    const cached = this.buckets.get(bucket);
    if (cached) return Promise.resolve(cached);
    let pending = this.loading.get(bucket);
    if (!pending) {
      pending = this.readBucket(bucket).finally(() => this.loading.delete(bucket));
      this.loading.set(bucket, pending);
    }
    return pending;
  }

  private async readBucket(bucket: string): Promise<Map<string, CatalogEntry>> {
    const data = await this.readOrFlag<BucketFile>(this.paths.bucketFile(bucket));
    const map = new Map<string, CatalogEntry>();
    if (data) {
      const version = data.schemaVersion ?? 1;
      for (const [id, raw] of Object.entries(data.entries ?? {})) {
        const parsed = CatalogEntrySchema.safeParse(
          version === CURRENT_SCHEMA_VERSION ? raw : migrateCatalogEntry(raw as unknown as Doc, version),
        );
        if (parsed.success) map.set(id, parsed.data);
      }
    }
    this.buckets.set(bucket, map);
    return map;
  }

  /**
   * Entries of one bucket with pending changes applied: a pending article is
   * where its latest change put it, whatever a (possibly half-folded) bucket file says.
   */
  async list(bucket: string): Promise<CatalogEntry[]> {
    const folded = await this.loadBucket(bucket);
    const result = new Map(folded);
    for (const [id, p] of this.pending) {
      if (p.op.to === bucket && p.op.entry) result.set(id, p.op.entry);
      else result.delete(id);
    }
    return [...result.values()];
  }

  /** Buckets with their counts (pending changes applied), excluding empty ones. */
  bucketCounts(): Record<string, number> {
    const counts = { ...this.counts };
    for (const p of this.pending.values()) {
      if (p.foldedIn) counts[p.foldedIn] = (counts[p.foldedIn] ?? 0) - 1;
      if (p.op.to) counts[p.op.to] = (counts[p.op.to] ?? 0) + 1;
    }
    for (const key of Object.keys(counts)) if ((counts[key] ?? 0) <= 0) delete counts[key];
    return counts;
  }

  /**
   * Plans a fold of the changes journaled so far: the net change per article and
   * the bucket files it touches. Null when there is nothing to fold. Saves may go
   * on between the plan's steps; their changes stay in the journal for next time.
   */
  planFold(): FoldPlan | null {
    if (this.ops.length === 0) return null;
    const cut = this.ops.length;
    const net = new Map<string, Pending>();
    const visited = new Map<string, Set<string>>();
    const touched = new Set<string>();
    for (const op of this.ops) {
      const previous = net.get(op.id);
      net.set(op.id, { foldedIn: previous ? previous.foldedIn : op.from, op });
      // A fold cut off by a crash may already have written an article into a bucket it
      // only passed through (moved to the 回收站, then deleted for good): the fold that
      // replays these changes must take it out of every such bucket, not only the first.
      const seen = visited.get(op.id) ?? new Set<string>();
      for (const bucket of [op.from, op.to]) {
        if (!bucket) continue;
        seen.add(bucket);
        touched.add(bucket);
      }
      visited.set(op.id, seen);
    }
    return { cut, net, visited, remaining: [...touched], generation: this.generation };
  }

  /**
   * Writes up to `maxBuckets` of the plan's bucket files (concurrently, each
   * atomically). When none remain, writes the index and rewrites the journal
   * with only the changes made after the plan. Returns true when the fold is
   * complete (or abandoned after a rebuild). A crash part-way leaves the journal
   * in place, and replaying it onto the buckets gives the same result.
   */
  async foldStep(plan: FoldPlan, maxBuckets: number): Promise<boolean> {
    if (plan.generation !== this.generation) return true;
    const batch = plan.remaining.splice(0, maxBuckets);
    await Promise.all(
      batch.map(async (bucket) => {
        const map = await this.loadBucket(bucket);
        for (const [id, p] of plan.net) {
          if (p.op.to === bucket && p.op.entry) map.set(id, p.op.entry);
          else if (plan.visited.get(id)?.has(bucket)) map.delete(id);
        }
        await this.writeBucket(bucket, map);
      }),
    );
    if (plan.remaining.length > 0) return false;

    const counts = { ...this.counts };
    for (const p of plan.net.values()) {
      if (p.foldedIn) counts[p.foldedIn] = (counts[p.foldedIn] ?? 0) - 1;
      if (p.op.to) counts[p.op.to] = (counts[p.op.to] ?? 0) + 1;
    }
    for (const key of Object.keys(counts)) if ((counts[key] ?? 0) <= 0) delete counts[key];
    const later = this.ops.slice(plan.cut);
    await this.writeJournal(counts, later);
    this.counts = counts;
    this.ops = later;
    this.pending.clear();
    for (const op of later) this.remember(op);
    return true;
  }

  /**
   * Rebuilds every bucket file from a full set of entries read from the article
   * files, which are the source of truth (after a catalog file was damaged).
   */
  async rebuild(entries: Iterable<CatalogEntry>): Promise<void> {
    const byBucket = new Map<string, Map<string, CatalogEntry>>();
    for (const entry of entries) {
      const bucket = bucketOf(entry);
      const map = byBucket.get(bucket) ?? new Map<string, CatalogEntry>();
      map.set(entry.id, entry);
      byBucket.set(bucket, map);
    }
    const existing = await readdir(this.paths.catalogDir).catch(() => [] as string[]);
    for (const name of existing) {
      if (name.endsWith('.json') && !byBucket.has(name.slice(0, -5)) && name !== 'index.json') {
        await unlink(join(this.paths.catalogDir, name));
      }
    }
    this.generation += 1;
    this.buckets.clear();
    this.pending.clear();
    this.ops = [];
    this.counts = {};
    for (const [bucket, map] of byBucket) {
      this.buckets.set(bucket, map);
      this.counts[bucket] = map.size;
      await this.writeBucket(bucket, map);
    }
    await this.writeJournal(this.counts, []);
    this.needsRebuild = false;
  }
}
