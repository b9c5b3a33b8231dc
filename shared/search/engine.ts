import type { SearchDoc } from './doc';
import type { SearchFilters } from './filters';
import { foldText } from './fold';
import { matchTerm, type ListSource, type PostingLookup } from './postings';
import { andTerms, scanTexts } from './term-hits';
import type { SearchTerm } from './query';
import { makeSnippet, type Highlight } from './snippet';
import { CANDIDATE_JACCARD, estimateJaccard, overlap, signature, SIGNATURE_SIZE, SIMILAR_OVERLAP } from './similar';
import {
  AuthorDictionary,
  compileFilters,
  docColumns,
  FacetCounter,
  searchColumns,
  type Columns,
  type DocColumns,
  type Facets,
} from './columns';
import { Collector } from './collector';

export type { Facets } from './columns';

/**
 * One immutable segment of the index: documents 0..n-1 with their records
 * as columns, postings looked up by key and read by byte range, and each
 * document's record, text and signature when asked (a segment on disk reads
 * those only then).
 */
export interface Segment extends PostingLookup, ListSource {
  readonly name: string;
  readonly columns: DocColumns;
  /** Document `docNo`'s whole record. */
  doc(docNo: number): SearchDoc;
  /** Every document's headline (title), in order. */
  titles(): string[];
  /** Document `docNo`'s searchable text, as shown. */
  text(docNo: number): string;
  /** The same for a page's snippets, all asked at once: a segment on disk may read them without blocking, in parallel. */
  readText(docNo: number): Promise<string>;
  /** MinHash signatures, SIGNATURE_SIZE per document. */
  signatures(): Uint32Array;
}

/** A segment with its current-version marks and its records as columns. */
interface SegmentState {
  segment: Segment;
  alive: Uint8Array;
  columns: Columns;
}

interface LiveDoc {
  doc: SearchDoc;
  text: string;
  folded: string;
  signature: Uint32Array;
}

/** Where the current version of an article is indexed (state null: among the live documents). */
interface Place {
  revision: number;
  state: SegmentState | null;
  docNo: number;
}

/** One result: the article's record, a snippet with its hits and how it ranked. */
export interface SearchHit {
  doc: SearchDoc;
  snippet: string;
  highlights: Highlight[];
  /** How often the terms occur. */
  count: number;
  titleHit: boolean;
}

/** What a search asks beyond its terms. */
export interface SearchOptions {
  filters: SearchFilters;
  order: 'relevance' | 'date';
  offset: number;
  limit: number;
  /** The ids placed in the issue/page the filters name (null: no placement filter). */
  placed: ReadonlySet<string> | null;
  now: Date;
  /** Count the facets too (the app's filter bar); the CLI and the first page do without. */
  facets?: boolean;
}

/** A page of results, the total and the facets. */
export interface SearchPage {
  total: number;
  hits: SearchHit[];
  facets: Facets | null;
}

/**
 * The search index in memory: immutable segments (oldest first) plus the
 * articles saved since the last one was written (searched directly). For
 * each article only its highest revision counts, wherever it is, so a
 * segment built from older copies can never bring back an old text.
 */
export class SearchEngine {
  private states: SegmentState[] = [];
  private readonly live = new Map<string, LiveDoc>();
  private liveState: { docs: LiveDoc[]; columns: Columns } | null = null;
  private readonly places = new Map<string, Place>();
  private readonly removed = new Set<string>();
  private readonly authors = new AuthorDictionary();

  /** Segments, oldest first. */
  get segments(): Segment[] {
    return this.states.map((s) => s.segment);
  }

  /** Articles saved since the last segment (not yet in one). */
  liveDocs(): Array<{ doc: SearchDoc; text: string }> {
    return [...this.live.values()].map(({ doc, text }) => ({ doc, text }));
  }

  /** How many articles were saved since the last segment. */
  get liveCount(): number {
    return this.live.size;
  }

  /** How many articles are indexed (trash included). */
  get size(): number {
    return this.places.size;
  }

  /** The revision indexed for each article. */
  revisions(): Map<string, number> {
    return new Map([...this.places].map(([id, place]) => [id, place.revision]));
  }

  /** Ids deleted for good that a segment still holds (kept out of results). */
  removedIds(): string[] {
    return [...this.removed];
  }

  /** The current record and text of an article, or null. */
  get(id: string): { doc: SearchDoc; text: string } | null {
    const place = this.places.get(id);
    if (!place) return null;
    if (!place.state) {
      const live = this.live.get(id)!;
      return { doc: live.doc, text: live.text };
    }
    return { doc: place.state.segment.doc(place.docNo), text: place.state.segment.text(place.docNo) };
  }

  private unplace(id: string): void {
    const place = this.places.get(id);
    if (!place) return;
    if (place.state) place.state.alive[place.docNo] = 0;
    else {
      this.live.delete(id);
      this.liveState = null;
    }
    this.places.delete(id);
  }

  /** Indexes an article's new revision (an older revision than the one indexed is ignored). */
  put(doc: SearchDoc, text: string): void {
    const current = this.places.get(doc.id);
    if (this.removed.has(doc.id) || (current && current.revision > doc.revision)) return;
    this.unplace(doc.id);
    this.live.set(doc.id, { doc, text, folded: foldText(text), signature: signature(text) });
    this.liveState = null;
    this.places.set(doc.id, { revision: doc.revision, state: null, docNo: 0 });
  }

  /** Takes an article deleted for good out of the index. */
  remove(id: string): void {
    this.unplace(id);
    this.removed.add(id);
  }

  /**
   * Adds a segment: its copy of an article counts unless a higher revision
   * is indexed (a live copy of the same revision is dropped: the segment
   * now holds it).
   */
  addSegment(segment: Segment): void {
    const { ids, revisions } = segment.columns;
    const state: SegmentState = {
      segment,
      alive: new Uint8Array(ids.length),
      columns: searchColumns(segment.columns, this.authors, () => segment.titles()),
    };
    this.states.push(state);
    for (let docNo = 0; docNo < ids.length; docNo++) {
      const id = ids[docNo]!;
      const revision = revisions[docNo]!;
      if (this.removed.has(id)) continue;
      const current = this.places.get(id);
      if (current && current.revision > revision) continue;
      this.unplace(id);
      state.alive[docNo] = 1;
      this.places.set(id, { revision, state, docNo });
    }
  }

  /** Replaces `old` segments with `merged`, built from their current documents. */
  replaceSegments(old: readonly Segment[], merged: Segment | null): void {
    const gone = new Set(old);
    const dropped = this.states.filter((s) => gone.has(s.segment));
    this.states = this.states.filter((s) => !gone.has(s.segment));
    for (const state of dropped)
      for (const [docNo, id] of state.segment.columns.ids.entries()) {
        const place = this.places.get(id);
        if (place?.state === state && place.docNo === docNo) this.places.delete(id);
      }
    if (merged) this.addSegment(merged);
  }

  /** Forgets removals that no segment holds any more (after a merge). */
  pruneRemoved(): void {
    const held = new Set(this.states.flatMap((s) => s.segment.columns.ids));
    for (const id of this.removed) if (!held.has(id)) this.removed.delete(id);
  }

  /** Numbers of a segment's documents that hold the current version of their article. */
  aliveDocs(segment: Segment): number[] {
    const state = this.states.find((s) => s.segment === segment);
    if (!state) return [];
    const out: number[] = [];
    for (let i = 0; i < state.alive.length; i++) if (state.alive[i]) out.push(i);
    return out;
  }

  private liveColumns(): { docs: LiveDoc[]; columns: Columns } {
    if (!this.liveState) {
      const docs = [...this.live.values()];
      const stored = docColumns(docs.map((d) => d.doc));
      this.liveState = { docs, columns: searchColumns(stored, this.authors, () => docs.map((d) => d.doc.title)) };
    }
    return this.liveState;
  }

  /**
   * Runs a search: articles holding every positive term and none of the
   * excluded ones (all articles when there is no positive term), through the
   * filters, ranked, with snippets for the page asked for.
   */
  async search(terms: readonly SearchTerm[], options: SearchOptions): Promise<SearchPage> {
    const positive = terms.filter((t) => !t.exclude).map((t) => t.text);
    const excluded = terms.filter((t) => t.exclude).map((t) => t.text);
    // Live documents' names join the dictionary before the author filter is looked up in it.
    const live = this.live.size > 0 ? this.liveColumns() : null;
    const filters = compileFilters(options.filters, this.authors, options.placed, options.now);
    const collector = new Collector(
      filters,
      positive,
      options.order === 'date',
      options.offset + options.limit,
      options.facets ? new FacetCounter() : null,
    );
    for (const { segment, alive, columns } of this.states) {
      const match = (term: string) => matchTerm(term, segment, segment);
      const hits = positive.length > 0 ? andTerms(positive, match) : null;
      if (hits && hits.docs.length === 0) continue;
      let skip: Uint8Array | null = null;
      for (const term of excluded) {
        skip ??= new Uint8Array(columns.ids.length);
        for (const d of match(term).docs) skip[d] = 1;
      }
      collector.scan(
        columns,
        (d) => segment.doc(d),
        alive,
        hits,
        skip,
        (d) => segment.readText(d),
      );
    }
    if (live) {
      const { docs, columns } = live;
      const hits = scanTexts(
        docs.map((d) => d.folded),
        positive,
        excluded,
      );
      collector.scan(
        columns,
        (d) => docs[d]!.doc,
        null,
        hits,
        null,
        (d) => Promise.resolve(docs[d]!.text),
      );
    }
    const page = collector.top.sorted().slice(options.offset);
    // The page's texts are asked for at once, so that reads which go to the disk can overlap.
    const texts = await Promise.all(page.map((c) => c.text()));
    const hits = page.map(({ doc, count, titleHit }, i) => {
      const snippet = makeSnippet(texts[i]!, positive);
      return { doc: doc(), count, titleHit, snippet: snippet.text, highlights: snippet.highlights };
    });
    return { total: collector.total, hits, facets: collector.facets?.result(this.authors.names) ?? null };
  }

  /**
   * Articles whose text overlaps strongly with `text` (重稿): signatures
   * pick candidates, then the shingles are compared exactly. `exceptId` is
   * the article itself. Deleted articles are not listed.
   */
  similar(text: string, exceptId: string | null, limit = 10): Array<{ doc: SearchDoc; overlap: number }> {
    const sig = signature(text);
    const candidates: Array<{ doc: SearchDoc; text: () => string }> = [];
    for (const { segment, alive, columns } of this.states) {
      const signatures = segment.signatures();
      for (let docNo = 0; docNo < columns.ids.length; docNo++) {
        if (!alive[docNo] || columns.deleted[docNo] || columns.ids[docNo] === exceptId) continue;
        if (estimateJaccard(sig, signatures, docNo * SIGNATURE_SIZE) >= CANDIDATE_JACCARD)
          candidates.push({ doc: segment.doc(docNo), text: () => segment.text(docNo) });
      }
    }
    for (const live of this.live.values())
      if (live.doc.id !== exceptId && !live.doc.deleted && estimateJaccard(sig, live.signature) >= CANDIDATE_JACCARD)
        candidates.push({ doc: live.doc, text: () => live.text });
    return candidates
      .map(({ doc, text: other }) => ({ doc, overlap: overlap(text, other()) }))
      .filter((c) => c.overlap >= SIMILAR_OVERLAP)
      .sort((a, b) => b.overlap - a.overlap || (b.doc.date ?? '').localeCompare(a.doc.date ?? ''))
      .slice(0, limit);
  }
}
