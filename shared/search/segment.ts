import type { SearchDoc } from './doc';
import type { Segment } from './engine';
import { foldText } from './fold';
import { memoryLookup, type GramRange, type SegmentPostings } from './postings';
import { indexBigramList, indexBigramSubset, indexUnitList, type ProxReader } from './posting-list';
import { buildPostings } from './postings-build';
import { docColumns } from './columns';
import { signature, SIGNATURE_SIZE } from './similar';

/** A segment's whole content, ready to be written or searched in memory. */
export interface SegmentData {
  docs: SearchDoc[];
  texts: string[];
  postings: SegmentPostings;
  signatures: Uint32Array;
}

/** What a segment's texts alone give: the postings and the MinHash signatures (a worker thread can build them). */
export interface TextIndex {
  postings: SegmentPostings;
  signatures: Uint32Array;
}

/** Builds the postings and signatures of searchable texts (document number = index), yielding now and then. */
export function* buildTextIndex(texts: readonly string[]): Generator<void, TextIndex> {
  const folded = texts.map(foldText);
  const postings = yield* buildPostings(folded);
  const signatures = new Uint32Array(texts.length * SIGNATURE_SIZE);
  // Folding again changes nothing: a signature of the folded text is the text's.
  for (const [i, text] of folded.entries()) {
    signatures.set(signature(text), i * SIGNATURE_SIZE);
    if (i % 256 === 255) yield;
  }
  return { postings, signatures };
}

/** Builds a segment's content from articles' records and texts, yielding now and then (see buildPostings). */
export function* buildSegmentData(
  entries: ReadonlyArray<{ doc: SearchDoc; text: string }>,
): Generator<void, SegmentData> {
  const texts = entries.map((e) => e.text);
  const { postings, signatures } = yield* buildTextIndex(texts);
  return { docs: entries.map((e) => e.doc), texts, postings, signatures };
}

/** A segment held wholly in memory. */
export function memorySegment(name: string, data: SegmentData): Segment {
  const { bytes, prox, ...keys } = data.postings;
  const lookup = memoryLookup(keys);
  // A bigram's positions, as its list reads them.
  const proxReader =
    ([, , proxStart, proxEnd]: GramRange): ProxReader =>
    (from, to) =>
      prox.subarray(proxStart + from, Math.min(proxEnd, proxStart + to));
  return {
    name,
    columns: docColumns(data.docs),
    doc: (docNo) => data.docs[docNo]!,
    titles: () => data.docs.map((d) => d.title),
    gram: lookup.gram,
    unit: lookup.unit,
    bigramList: (range) => indexBigramList(bytes.subarray(range[0], range[1]), proxReader(range)),
    bigramSubset: (range, wanted) => indexBigramSubset(bytes.subarray(range[0], range[1]), wanted, proxReader(range)),
    unitList: (start, end) => indexUnitList(bytes.subarray(start, end)),
    text: (docNo) => data.texts[docNo]!,
    readText: async (docNo) => data.texts[docNo]!,
    signatures: () => data.signatures,
  };
}
