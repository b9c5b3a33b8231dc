import { mergeColumns } from '../../../shared/search/merge-columns';
import { appendBigramList, appendUnitList, type MergeSource } from '../../../shared/search/postings-merge';
import { SIGNATURE_SIZE } from '../../../shared/search/similar';
import { bytesOf, columnSections, dictEntries, END_KEY, sparseKeys, type SectionName } from './segment-format';
import { titleSection, type OpenedSegment, type SegmentFileParts } from './segment-file';
import { SegmentFileWriter } from './segment-writer';
import { DictCursor, Output, SectionReader, Uint32List } from './merge-io';

/** Keys merged between turns of the event loop. */
const KEYS_PER_STEP = 1 << 15;

/** One segment to merge and the documents of it that stay (increasing numbers). */
export interface MergeInput {
  segment: OpenedSegment;
  keep: readonly number[];
}

/**
 * Copies each kept document's bytes of a per-document section (records or
 * texts, located by `offsets`) into a streamed section; returns the new offsets.
 */
async function copyDocBytes(
  writer: SegmentFileWriter,
  name: SectionName,
  inputs: readonly MergeInput[],
  offsetsOf: (parts: SegmentFileParts) => Uint32Array,
  total: number,
): Promise<Uint32Array> {
  const offsets = new Uint32Array(total + 1);
  const out = new Output((bytes) => writer.write(bytes));
  writer.begin(name);
  let d = 0;
  for (const { segment, keep } of inputs) {
    const reader = new SectionReader(segment.parts, name);
    const from = offsetsOf(segment.parts);
    for (const k of keep) {
      offsets[d++] = out.position;
      const at = reader.load(from[k]!, from[k + 1]!);
      out.bytes.copy(reader.bytes, at, at + from[k + 1]! - from[k]!);
      if (out.full) await out.flush();
    }
  }
  offsets[d] = out.position;
  await out.close();
  writer.end();
  return offsets;
}

/**
 * Merges the bigram lists of every input, key by key in order, into the
 * streamed `postings` section (and their positions into `prox`), then the
 * unit lists after them; returns the dictionaries.
 */
async function mergePostings(
  writer: SegmentFileWriter,
  inputs: readonly MergeInput[],
  sources: readonly MergeSource[],
  breathe: () => Promise<void>,
): Promise<{ keys: Uint32Array; offsets: Uint32Array; proxOffsets: Uint32Array; unitDict: Uint32Array }> {
  const parts = inputs.map((i) => i.segment.parts);
  const proxRegion = writer.region(
    'prox',
    parts.reduce((sum, p) => sum + p.header.sections.prox[1], 0),
  );
  const prox = new Output((bytes) => proxRegion.write(bytes));
  const out = new Output((bytes) => writer.write(bytes));
  writer.begin('postings');
  const cursors = parts.map((p) => new DictCursor(p));
  const lists = parts.map((p) => new SectionReader(p, 'postings'));
  const proxLists = parts.map((p) => new SectionReader(p, 'prox'));
  const keys = new Uint32List();
  const offsets = new Uint32List();
  const proxOffsets = new Uint32List();
  const heads = new Float64Array(cursors.length);
  for (const [i, c] of cursors.entries()) heads[i] = c.key;
  // The sources holding the key at hand, in order.
  const holding = new Int32Array(cursors.length);
  for (let step = 0; ; step++) {
    let key = END_KEY;
    let held = 0;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i]!;
      if (head < key) {
        key = head;
        held = 0;
      }
      if (head === key) holding[held++] = i;
    }
    if (key === END_KEY) break;
    const start = out.position;
    keys.push(key);
    offsets.push(start);
    proxOffsets.push(prox.position);
    let last = -1;
    for (let h = 0; h < held; h++) {
      const i = holding[h]!;
      const c = cursors[i]!;
      const list = lists[i]!;
      const at = list.load(c.start, c.end);
      const proxList = proxLists[i]!;
      const proxAt = proxList.load(c.proxStart, c.proxEnd);
      last = appendBigramList(
        list.bytes,
        at,
        at + c.end - c.start,
        proxList.bytes,
        proxAt,
        proxAt + c.proxEnd - c.proxStart,
        sources[i]!,
        last,
        h < held - 1,
        out.bytes,
        prox.bytes,
      );
      c.next();
      heads[i] = c.key;
    }
    // A key whose every document was dropped is left out.
    if (out.position === start) {
      keys.pop();
      offsets.pop();
      proxOffsets.pop();
    }
    if (out.full) await out.flush();
    if (prox.full) await prox.flush();
    if (step % KEYS_PER_STEP === KEYS_PER_STEP - 1) await breathe();
  }
  offsets.push(out.position);
  proxOffsets.push(prox.position);
  // Unit lists, after the bigram lists as a build writes them.
  const units: Array<[number, number]> = [];
  const unitAt = parts.map(() => 0);
  for (;;) {
    let code = END_KEY;
    for (const [i, p] of parts.entries())
      if (unitAt[i]! * 2 + 2 < p.unitDict.length) code = Math.min(code, p.unitDict[unitAt[i]! * 2]!);
    if (code === END_KEY) break;
    const start = out.position;
    let last = -1;
    for (const [i, p] of parts.entries()) {
      const k = unitAt[i]!;
      if (k * 2 + 2 >= p.unitDict.length || p.unitDict[k * 2] !== code) continue;
      const from = p.unitDict[k * 2 + 1]!;
      const to = p.unitDict[k * 2 + 3]!;
      const at = lists[i]!.load(from, to);
      last = appendUnitList(lists[i]!.bytes, at, at + to - from, sources[i]!, last, out.bytes);
      unitAt[i]!++;
    }
    if (out.position > start) units.push([code, start]);
    if (out.full) await out.flush();
  }
  await out.close();
  await prox.close();
  writer.end();
  proxRegion.close();
  const unitKeys = Uint32Array.from(units, (u) => u[0]);
  const unitOffsets = Uint32Array.from([...units.map((u) => u[1]), out.position]);
  return {
    keys: keys.view(),
    offsets: offsets.view(),
    proxOffsets: proxOffsets.view(),
    unitDict: dictEntries(unitKeys, unitOffsets),
  };
}

/**
 * Writes one segment file holding the kept documents of `inputs`, in order,
 * without indexing any text again: records, texts and signatures are
 * copied, and each key's posting lists are joined (see postings-merge), so
 * merging a rebuild's segments into one costs little more than copying
 * them. Everything is streamed: memory holds a few buffers of each input
 * and the merged dictionary, not the segments. Returns the document count.
 */
export async function writeMergedSegment(
  file: string,
  inputs: readonly MergeInput[],
  breathe: () => Promise<void>,
): Promise<number> {
  let total = 0;
  const sources: MergeSource[] = inputs.map(({ segment, keep }) => {
    const count = segment.columns.ids.length;
    const base = total;
    total += keep.length;
    if (keep.length === count) return { renumber: null, base };
    const renumber = new Int32Array(count).fill(-1);
    keep.forEach((k, i) => (renumber[k] = base + i));
    return { renumber, base };
  });
  const writer = await SegmentFileWriter.create(file);
  try {
    const docOffsets = await copyDocBytes(writer, 'docs', inputs, (p) => p.docOffsets, total);
    await breathe();
    const textOffsets = await copyDocBytes(writer, 'texts', inputs, (p) => p.textOffsets, total);
    await breathe();
    const signatures = new Uint32Array(total * SIGNATURE_SIZE);
    let d = 0;
    for (const { segment, keep } of inputs) {
      const own = segment.signatures();
      for (const k of keep)
        signatures.set(own.subarray(k * SIGNATURE_SIZE, (k + 1) * SIGNATURE_SIZE), d++ * SIGNATURE_SIZE);
    }
    await writer.section('signatures', bytesOf(signatures));
    const titles = inputs.flatMap(({ segment, keep }) => {
      const all = segment.titles();
      return keep.map((k) => all[k]!);
    });
    await writer.section('titles', titleSection(titles));
    const postings = await mergePostings(writer, inputs, sources, breathe);
    await writer.section('dict', bytesOf(dictEntries(postings.keys, postings.offsets, postings.proxOffsets)));
    const columns = mergeColumns(inputs.map(({ segment, keep }) => ({ columns: segment.columns, keep })));
    const resident = {
      ...columnSections(columns),
      sparse: bytesOf(sparseKeys(postings.keys)),
      unitDict: bytesOf(postings.unitDict),
      docOffsets: bytesOf(docOffsets),
      textOffsets: bytesOf(textOffsets),
    };
    for (const [name, bytes] of Object.entries(resident)) await writer.section(name as SectionName, bytes);
    await writer.finish(total, postings.keys.length);
    return total;
  } catch (error) {
    await writer.abandon();
    throw error;
  }
}
