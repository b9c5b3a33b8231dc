import type { SearchDoc } from './doc';
import { failBits, relevanceScore, type Columns, type CompiledFilters, type FacetCounter } from './columns';
import type { DocHits } from './postings';
import { TopK } from './top-k';

/** A result that made the page, before its record is read and its snippet made. */
export interface Candidate {
  doc: () => SearchDoc;
  count: number;
  titleHit: boolean;
  text: () => Promise<string>;
}

/**
 * Gathers a search's results segment by segment: the total, the best
 * `size` by score and (when asked) the facet counts. The loops read typed
 * columns only, so that a two-character query matching most of 100,000
 * articles still takes a few milliseconds.
 */
export class Collector {
  total = 0;
  readonly top: TopK<Candidate>;
  /** True when the only filter is the default one (回收站 left out), so a document's one check is `deleted`. */
  private readonly plain: boolean;

  constructor(
    private readonly filters: CompiledFilters,
    private readonly positive: readonly string[],
    private readonly byDate: boolean,
    size: number,
    readonly facets: FacetCounter | null,
  ) {
    this.top = new TopK<Candidate>(size);
    this.plain =
      !facets &&
      !filters.dated &&
      filters.statusMask === -1 &&
      filters.kindMask === -1 &&
      filters.authorId === -1 &&
      !filters.submitted &&
      !filters.placed &&
      filters.trash === 'exclude';
  }

  /**
   * Visits `hits` of one segment (every document when null), skipping those
   * not `alive` (an older revision) and those marked in `skip` (an excluded term).
   */
  scan(
    columns: Columns,
    doc: (d: number) => SearchDoc,
    alive: Uint8Array | null,
    hits: DocHits | null,
    skip: Uint8Array | null,
    text: (d: number) => Promise<string>,
  ): void {
    const { filters, facets, top, byDate, plain } = this;
    const placedMark = filters.placed ? Uint8Array.from(columns.ids, (id) => (filters.placed!.has(id) ? 1 : 0)) : null;
    const n = hits ? hits.docs.length : columns.ids.length;
    const { deleted, headEnd, dateScore } = columns;
    let total = this.total;
    for (let i = 0; i < n; i++) {
      const d = hits ? hits.docs[i]! : i;
      if ((alive && !alive[d]) || (skip && skip[d])) continue;
      if (plain) {
        if (deleted[d]) continue;
      } else {
        const bits = failBits(columns, d, filters, placedMark);
        facets?.add(columns, d, bits, filters);
        if (bits !== 0) continue;
      }
      total++;
      const count = hits ? hits.tfs[i]! : 0;
      const first = hits ? hits.firsts[i]! : -1;
      let score: number;
      let titleHit = false;
      if (byDate) score = dateScore[d]!;
      else {
        titleHit = first >= 0 ? first < headEnd[d]! : this.inTitle(columns, d);
        score = relevanceScore(columns, d, count, titleHit);
      }
      if (!top.admits(score)) continue;
      if (byDate) titleHit = first >= 0 ? first < headEnd[d]! : this.inTitle(columns, d);
      const hitInTitle = titleHit;
      // The record is read only for the results that end on the page, not for each one that passes through the heap.
      top.offer(score, () => ({ doc: () => doc(d), count, titleHit: hitInTitle, text: () => text(d) }));
    }
    this.total = total;
  }

  private inTitle(columns: Columns, d: number): boolean {
    const title = columns.titles()[d]!;
    return this.positive.some((t) => title.includes(t));
  }
}
