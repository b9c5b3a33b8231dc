import type { SearchEngine } from '../../../shared/search/engine';
import { planMerge } from '../../../shared/search/merge-policy';
import { buildSegmentData } from '../../../shared/search/segment';
import type { SegmentSet } from './segment-set';
import { breathe, drive } from './steps';

/** Most small segments kept before they are merged. */
const SMALL_SEGMENTS = 4;

/** Thrown between the steps of a merge when the index is closing. */
class Stopped extends Error {}

/**
 * The index's merges: small segments indexed again into one, and tiers of
 * larger ones joined on file. Each takes effect when the manifest names the
 * merged segment; the engine then counts it for the articles whose current
 * version it holds.
 */
export class SegmentMerges {
  constructor(
    private readonly engine: SearchEngine,
    private readonly segments: SegmentSet,
    /** Documents of a first-tier segment (see SearchIndexOptions.tierDocs). */
    private readonly tierDocs: number,
    /** True once the index is closing. */
    private readonly stopping: () => boolean,
  ) {}

  /**
   * Merges small segments (fewer than half of `tierDocs` current documents:
   * flushed logs, or segments whose articles were mostly saved again since)
   * once there are more than SMALL_SEGMENTS of them, into one of at most
   * `tierDocs`, by indexing their articles again. The old files are removed
   * after the manifest names the new one.
   */
  async small(): Promise<void> {
    const small = this.engine.segments
      .map((segment) => ({ segment, alive: this.engine.aliveDocs(segment) }))
      .filter((s) => s.alive.length < this.tierDocs / 2)
      .sort((a, b) => a.alive.length - b.alive.length);
    if (small.length <= SMALL_SEGMENTS) return;
    const chosen: typeof small = [];
    let count = 0;
    for (const s of small) {
      if (count + s.alive.length > this.tierDocs) break;
      chosen.push(s);
      count += s.alive.length;
    }
    if (chosen.length < 2) return;
    const entries = chosen.flatMap(({ segment, alive }) =>
      alive.map((d) => ({ doc: segment.doc(d), text: segment.text(d) })),
    );
    const merged = await this.segments.write(await drive(buildSegmentData(entries)));
    const old = chosen.map((c) => c.segment);
    this.engine.replaceSegments(old, merged);
    this.engine.pruneRemoved();
    await this.segments.save(this.engine.removedIds(), old);
  }

  /**
   * Merges segments while the merge policy asks (planMerge), joining their
   * postings on file: queries then visit a few large segments instead of
   * many small ones. Saves and searches go on meanwhile (the engine takes
   * the merged segment with the current versions only). Closing stops a
   * merge between two steps (its file is dropped). Only a writer merges
   * this way (segments on file).
   */
  async tiers(): Promise<void> {
    const step = async () => {
      if (this.stopping()) throw new Stopped();
      await breathe();
    };
    for (;;) {
      const segments = this.engine.segments;
      const alive = segments.map((s) => this.engine.aliveDocs(s));
      const plan = planMerge(
        segments.map((s, i) => ({ docs: s.columns.ids.length, alive: alive[i]!.length })),
        this.tierDocs,
      );
      if (!plan || this.stopping()) return;
      const old = plan.map((i) => segments[i]!);
      let merged;
      try {
        merged = await this.segments.merge(
          plan.map((i) => ({ segment: segments[i]!, keep: alive[i]! })),
          step,
        );
      } catch (error) {
        if (error instanceof Stopped) return;
        throw error;
      }
      this.engine.replaceSegments(old, merged);
      this.engine.pruneRemoved();
      await this.segments.save(this.engine.removedIds(), old);
    }
  }
}
