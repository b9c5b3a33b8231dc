import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

interface RawEntry {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
}

/** Deflates `chunk` repeated `times` times as a stream, without holding the whole unpacked text. */
async function deflateRepeated(chunk: Buffer, times: number): Promise<{ data: Buffer; crc: number; size: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  for (let i = 0; i < times; i++) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(parts), crc, size: chunk.length * times };
}

/** A zip of raw deflated entries; `declare` overrides the unpacked size written in the headers (a lying bomb). */
function writeZip(entries: RawEntry[], declare: Map<string, number>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const size = declare.get(e.name) ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const centralBytes = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBytes, end]);
}

/**
 * A real Word file whose word/document.xml is replaced by `megabytes` MB of
 * XML-looking text, deflated to a few hundred KB: a zip bomb. With `lie`, the
 * zip claims the part unpacks to 1 KB.
 */
export async function docxBomb(docx: Buffer, megabytes: number, lie = false): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const entries: RawEntry[] = [];
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name]!.dir) continue;
    if (name === 'word/document.xml') {
      const chunk = Buffer.from('<w:p><w:r><w:t>炸弹</w:t></w:r></w:p>'.repeat(1024 * 32).slice(0, (1024 * 1024) / 2));
      const bomb = await deflateRepeated(Buffer.concat([chunk, chunk]).subarray(0, 1024 * 1024), megabytes);
      entries.push({ name, ...bomb });
      continue;
    }
    const data = await zip.files[name]!.async('nodebuffer');
    entries.push({ name, data: deflateRawSync(data), crc: crc32(data), size: data.length });
  }
  return writeZip(entries, lie ? new Map([['word/document.xml', 1024]]) : new Map());
}
