import type { DocColumns } from './columns';

/**
 * The stored columns of a merged segment: the `keep` documents of each part,
 * in order, with people numbered again in one list of names.
 */
export function mergeColumns(parts: ReadonlyArray<{ columns: DocColumns; keep: readonly number[] }>): DocColumns {
  const n = parts.reduce((sum, p) => sum + p.keep.length, 0);
  const out: DocColumns = {
    ids: [],
    revisions: new Uint32Array(n),
    status: new Uint8Array(n),
    kind: new Uint8Array(n),
    day: new Int32Array(n),
    deleted: new Uint8Array(n),
    submitted: new Uint8Array(n),
    headEnd: new Int32Array(n),
    updated: new Float64Array(n),
    authorNames: [],
    authorStart: new Int32Array(n + 1),
    authorIds: new Int32Array(0),
  };
  const names = new Map<string, number>();
  const authorIds: number[] = [];
  let d = 0;
  for (const { columns: c, keep } of parts) {
    const global = c.authorNames.map((name) => {
      let id = names.get(name);
      if (id === undefined) {
        id = out.authorNames.length;
        names.set(name, id);
        out.authorNames.push(name);
      }
      return id;
    });
    for (const k of keep) {
      out.ids.push(c.ids[k]!);
      out.revisions[d] = c.revisions[k]!;
      out.status[d] = c.status[k]!;
      out.kind[d] = c.kind[k]!;
      out.day[d] = c.day[k]!;
      out.deleted[d] = c.deleted[k]!;
      out.submitted[d] = c.submitted[k]!;
      out.headEnd[d] = c.headEnd[k]!;
      out.updated[d] = c.updated[k]!;
      out.authorStart[d] = authorIds.length;
      for (let i = c.authorStart[k]!; i < c.authorStart[k + 1]!; i++) authorIds.push(global[c.authorIds[i]!]!);
      d++;
    }
  }
  out.authorStart[n] = authorIds.length;
  out.authorIds = Int32Array.from(authorIds);
  return out;
}
