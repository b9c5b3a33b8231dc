import { MAX_SEGMENT_DOCS } from './postings-build';

/** Segments of one tier merged together once there are this many. */
export const MERGE_FACTOR = 4;
/** Most documents a merge makes one segment of (its sections' 32-bit offsets must hold it with room to spare). */
export const MAX_MERGED_DOCS = 250_000;

/** A segment as the merge policy sees it: its documents, and how many hold an article's current version. */
export interface SegmentSize {
  docs: number;
  alive: number;
}

/**
 * The tier of a segment: 0 for one of up to `base` current documents (what
 * a build makes), one up for each MERGE_FACTOR times more.
 */
function tier(alive: number, base: number): number {
  let t = 0;
  for (let size = base; alive > size; size *= MERGE_FACTOR) t++;
  return t;
}

/**
 * Which segments to merge into one (their indexes, in order), or null.
 * `base` is a first-tier segment's size (MAX_SEGMENT_DOCS; tests use small
 * ones). Small segments (under half of `base` current documents) are left
 * to the small merge. Among the others, a tier holding MERGE_FACTOR or more
 * segments is merged, smallest first up to MAX_MERGED_DOCS: the number of
 * segments a query visits stays logarithmic in the archive, each document
 * is rewritten a few times over its life, and a rebuild's segments (all of
 * tier 0) become one. A segment whose articles were mostly saved again
 * since drops to a lower tier by its current documents and is merged there,
 * which gives back the room its old versions take.
 */
export function planMerge(segments: readonly SegmentSize[], base = MAX_SEGMENT_DOCS): number[] | null {
  const tiers = new Map<number, number[]>();
  for (const [i, s] of segments.entries()) {
    if (s.alive < base / 2) continue;
    const t = tier(s.alive, base);
    tiers.set(t, [...(tiers.get(t) ?? []), i]);
  }
  for (const t of [...tiers.keys()].sort((a, b) => a - b)) {
    const members = tiers.get(t)!;
    if (members.length < MERGE_FACTOR) continue;
    const chosen: number[] = [];
    let docs = 0;
    for (const i of [...members].sort((a, b) => segments[a]!.alive - segments[b]!.alive)) {
      if (docs + segments[i]!.alive > MAX_MERGED_DOCS) break;
      chosen.push(i);
      docs += segments[i]!.alive;
    }
    if (chosen.length >= 2) return chosen.sort((a, b) => a - b);
  }
  return null;
}
