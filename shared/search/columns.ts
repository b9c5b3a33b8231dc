import { ARTICLE_KINDS, ARTICLE_STATUSES, type ArticleStatus } from '../model/article';
import type { SearchDoc } from './doc';
import { DATE_PRESETS, presetRange, type SearchFilters } from './filters';
import { foldText } from './fold';

/**
 * Documents' records as stored columns (one entry per document number): what
 * a segment keeps in memory instead of 100,000 record objects. People are
 * numbered per segment (`authorNames`).
 */
export interface DocColumns {
  ids: string[];
  revisions: Uint32Array;
  status: Uint8Array;
  /** 0 for none, else 1 + the index in ARTICLE_KINDS. */
  kind: Uint8Array;
  /** See dayKey; 0 for no date. */
  day: Int32Array;
  deleted: Uint8Array;
  submitted: Uint8Array;
  headEnd: Int32Array;
  /** Last saved, in seconds since 1970. */
  updated: Float64Array;
  authorNames: string[];
  /** Document d's people are `authorIds[authorStart[d]]` .. `authorIds[authorStart[d + 1] - 1]`. */
  authorStart: Int32Array;
  authorIds: Int32Array;
}

/** The stored columns of `docs`. */
export function docColumns(docs: readonly SearchDoc[]): DocColumns {
  const n = docs.length;
  const names = new Map<string, number>();
  const ids: number[] = [];
  const c: DocColumns = {
    ids: docs.map((d) => d.id),
    revisions: Uint32Array.from(docs, (d) => d.revision),
    status: Uint8Array.from(docs, (d) => ARTICLE_STATUSES.indexOf(d.status)),
    kind: Uint8Array.from(docs, (d) => (d.kind ? ARTICLE_KINDS.indexOf(d.kind) + 1 : 0)),
    day: Int32Array.from(docs, (d) => dayKey(d.date)),
    deleted: Uint8Array.from(docs, (d) => (d.deleted ? 1 : 0)),
    submitted: Uint8Array.from(docs, (d) => (d.submittedBy ? 1 : 0)),
    headEnd: Int32Array.from(docs, (d) => d.headEnd),
    updated: Float64Array.from(docs, (d) => Math.floor(Date.parse(d.updatedAt) / 1000) || 0),
    authorNames: [],
    authorStart: new Int32Array(n + 1),
    authorIds: new Int32Array(0),
  };
  for (let d = 0; d < n; d++) {
    const doc = docs[d]!;
    c.authorStart[d] = ids.length;
    const people = new Set([...doc.reporters, ...doc.correspondents, ...doc.photographers]);
    if (doc.submittedBy) people.add(doc.submittedBy);
    for (const name of people) {
      let id = names.get(name);
      if (id === undefined) {
        id = c.authorNames.length;
        names.set(name, id);
        c.authorNames.push(name);
      }
      ids.push(id);
    }
  }
  c.authorStart[n] = ids.length;
  c.authorIds = Int32Array.from(ids);
  return c;
}

/**
 * The columns a search reads: the stored ones with the orders worked out,
 * people numbered in the index's one dictionary, and headlines (folded)
 * read when first needed (for one-character queries).
 */
export interface Columns extends DocColumns {
  /** The date part of the relevance order. */
  dayRank: Float64Array;
  /** The date order's score. */
  dateScore: Float64Array;
  /** Folded headlines, read on first use. */
  titles(): string[];
}

/** Ids for people's names, shared by all segments of an index. */
export class AuthorDictionary {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  /** The id of `name`, added when new. */
  idOf(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  /** The id of `name`, or -1 when no document names it. */
  find(name: string): number {
    return this.ids.get(name) ?? -1;
  }
}

/** A day as a number that orders dates (1 for 1900-01-01 upwards; 0 for none). */
export function dayKey(date: string | null): number {
  if (!date) return 0;
  return (Number(date.slice(0, 4)) - 1900) * 372 + (Number(date.slice(5, 7)) - 1) * 31 + Number(date.slice(8, 10));
}

/** The search columns of stored columns; `titles` reads the headlines when first asked. */
export function searchColumns(stored: DocColumns, authors: AuthorDictionary, titles: () => string[]): Columns {
  const n = stored.ids.length;
  const dayRank = new Float64Array(n);
  const dateScore = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    dayRank[d] = stored.day[d]! * 1e5;
    dateScore[d] = stored.day[d]! * 1e10 + stored.updated[d]!;
  }
  const global = Int32Array.from(stored.authorNames, (name) => authors.idOf(name));
  let folded: string[] | null = null;
  return {
    ...stored,
    authorIds: Int32Array.from(stored.authorIds, (id) => global[id]!),
    dayRank,
    dateScore,
    titles: () => (folded ??= titles().map(foldText)),
  };
}

/** The relevance score: a headline hit first, then how often, then the newer date. */
export function relevanceScore(columns: Columns, d: number, count: number, titleHit: boolean): number {
  return (titleHit ? 1e15 : 0) + Math.min(count, 9999) * 1e11 + columns.dayRank[d]!;
}

/** Bits of the filters a document fails. */
export const FAIL = { date: 1, status: 2, kind: 4, author: 8, submitted: 16, placement: 32, trash: 64 } as const;

/** Filters turned into masks and day numbers. */
export interface CompiledFilters {
  fromDay: number;
  toDay: number;
  dated: boolean;
  statusMask: number;
  kindMask: number;
  /** -1: no author filter; -2: a name no document has. */
  authorId: number;
  submitted: boolean;
  /** The ids placed as the filters ask, or null for no placement filter. */
  placed: ReadonlySet<string> | null;
  trash: SearchFilters['trash'];
  ranges: Array<[number, number]>;
}

/** Compiles filters for the loops; `placed` is the set of ids in the issue/page asked for. */
export function compileFilters(
  filters: SearchFilters,
  authors: AuthorDictionary,
  placed: ReadonlySet<string> | null,
  now: Date,
): CompiledFilters {
  const mask = (values: number[]) => (values.length === 0 ? -1 : values.reduce((m, v) => m | (1 << v), 0));
  const author = filters.author?.trim();
  return {
    fromDay: filters.from ? dayKey(filters.from) : 0,
    toDay: filters.to ? dayKey(filters.to) : Number.MAX_SAFE_INTEGER,
    dated: Boolean(filters.from || filters.to),
    statusMask: mask(filters.statuses.map((s) => ARTICLE_STATUSES.indexOf(s))),
    kindMask: mask(filters.kinds.map((k) => ARTICLE_KINDS.indexOf(k) + 1)),
    authorId: author ? (authors.find(author) >= 0 ? authors.find(author) : -2) : -1,
    submitted: filters.submitted,
    placed,
    trash: filters.trash,
    ranges: DATE_PRESETS.map((p) => {
      const r = presetRange(p, now);
      return [dayKey(r.from), dayKey(r.to)];
    }),
  };
}

/** The filters document `d` fails, as FAIL bits; `placedMark` marks the segment's documents placed as asked. */
export function failBits(c: Columns, d: number, f: CompiledFilters, placedMark: Uint8Array | null): number {
  let bits = 0;
  if (f.dated) {
    const day = c.day[d]!;
    if (day === 0 || day < f.fromDay || day > f.toDay) bits |= FAIL.date;
  }
  if (!(f.statusMask & (1 << c.status[d]!))) bits |= FAIL.status;
  if (!(f.kindMask & (1 << c.kind[d]!))) bits |= FAIL.kind;
  if (f.authorId !== -1) {
    let found = false;
    for (let i = c.authorStart[d]!; i < c.authorStart[d + 1]!; i++) if (c.authorIds[i] === f.authorId) found = true;
    if (!found) bits |= FAIL.author;
  }
  if (f.submitted && !c.submitted[d]) bits |= FAIL.submitted;
  if (placedMark && !placedMark[d]) bits |= FAIL.placement;
  if (f.trash === 'exclude' ? c.deleted[d] : f.trash === 'only' ? !c.deleted[d] : false) bits |= FAIL.trash;
  return bits;
}

/** Counts beside each filter: how many results each choice would give, the other filters applied. */
export interface Facets {
  status: Partial<Record<ArticleStatus, number>>;
  kind: Record<string, number>;
  authors: Array<{ name: string; count: number }>;
  submitted: number;
  trash: number;
  dates: Record<(typeof DATE_PRESETS)[number], number>;
}

/**
 * Facet counts: a document that passes every filter counts everywhere; one
 * that fails exactly one filter counts only in that filter's facet (it
 * would be a result if that choice were made); others count nowhere.
 */
export class FacetCounter {
  private readonly status = new Int32Array(ARTICLE_STATUSES.length);
  private readonly kind = new Int32Array(ARTICLE_KINDS.length + 1);
  private authors = new Int32Array(64);
  private submitted = 0;
  private trash = 0;
  private readonly dates = new Int32Array(DATE_PRESETS.length);

  /** Counts document `d` that failed `bits`. */
  add(c: Columns, d: number, bits: number, f: CompiledFilters): void {
    if (bits !== 0 && (bits & (bits - 1)) !== 0) return;
    const all = bits === 0;
    if (all || bits === FAIL.status) this.status[c.status[d]!]!++;
    if (all || bits === FAIL.kind) this.kind[c.kind[d]!]!++;
    if (all || bits === FAIL.author)
      for (let i = c.authorStart[d]!; i < c.authorStart[d + 1]!; i++) {
        const id = c.authorIds[i]!;
        if (id >= this.authors.length) {
          const next = new Int32Array(Math.max(id + 1, this.authors.length * 2));
          next.set(this.authors);
          this.authors = next;
        }
        this.authors[id]!++;
      }
    if ((all || bits === FAIL.submitted) && c.submitted[d]) this.submitted++;
    if ((all || bits === FAIL.trash) && c.deleted[d]) this.trash++;
    if (all || bits === FAIL.date) {
      const day = c.day[d]!;
      for (let r = 0; r < f.ranges.length; r++) if (day >= f.ranges[r]![0] && day <= f.ranges[r]![1]) this.dates[r]!++;
    }
  }

  /** The counts, with the ten most frequent names. */
  result(names: readonly string[]): Facets {
    const status: Facets['status'] = {};
    ARTICLE_STATUSES.forEach((s, i) => {
      if (this.status[i]) status[s] = this.status[i];
    });
    const kind: Facets['kind'] = {};
    ARTICLE_KINDS.forEach((k, i) => {
      if (this.kind[i + 1]) kind[k] = this.kind[i + 1]!;
    });
    const authors: Facets['authors'] = [];
    for (let id = 0; id < this.authors.length; id++)
      if (this.authors[id]) authors.push({ name: names[id]!, count: this.authors[id]! });
    authors.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
    const dates = Object.fromEntries(DATE_PRESETS.map((p, i) => [p, this.dates[i]!])) as Facets['dates'];
    return { status, kind, authors: authors.slice(0, 10), submitted: this.submitted, trash: this.trash, dates };
  }
}
