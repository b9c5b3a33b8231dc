import { describe, expect, it, beforeEach } from 'vitest';
import { mkdtempSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { DataPaths } from '../../../electron/store/data-paths';
import { PhotoStore, referencedPhotos } from '../../../electron/store/photo-store';
import { Photos, sniffPhoto } from '../../../electron/services/photos';
import { repairUtf8 } from '../../../electron/services/photo-metadata';
import { isCopydeskError } from '../../../shared/ipc/result';

/** A flat-coloured picture of the given size, as a JPEG (or another format). */
async function picture(width: number, height: number, format: 'jpeg' | 'png' | 'webp' | 'tiff' = 'jpeg') {
  const flat = sharp({ create: { width, height, channels: 3, background: { r: 180, g: 120, b: 60 } } });
  return flat.toFormat(format).toBuffer();
}

/** A 1600 × 1200 JPEG of grain: its entropy-coded data is long, so cutting or damaging it shows. */
function grainyJpeg(): Promise<Buffer> {
  const noise = { type: 'gaussian' as const, mean: 128, sigma: 50 };
  return sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#808080', noise } })
    .jpeg()
    .toBuffer();
}

/** A PNG whose header claims width × height but whose data is a few bytes: a decompression bomb's shape. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1000))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isCopydeskError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('accepted, expected a refusal');
}

let dir: string;
let store: PhotoStore;
let photos: Photos;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-photos-'));
  store = new PhotoStore(new DataPaths(dir), { readOnly: false });
  photos = new Photos(store);
});

/** Every file under the data folder, relative. */
function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(d, entry.name), `${prefix}${entry.name}/`);
      else out.push(`${prefix}${entry.name}`);
    }
  };
  if (existsSync(root)) walk(root, '');
  return out.sort();
}

describe('adding photos', () => {
  it('stores each original once under its hash, with a record and renditions', async () => {
    const bytes = await picture(1200, 800);
    const first = await photos.add(bytes);
    const again = await photos.add(bytes);
    expect(again.info).toEqual(first.info);
    expect(first.info).toMatchObject({ format: 'jpeg', width: 1200, height: 800, bytes: bytes.length, alpha: false });
    const shard = first.info.hash.slice(0, 2);
    expect(filesUnder(join(dir, 'photos'))).toEqual([
      `${shard}/${first.info.hash}.jpg`,
      `${shard}/${first.info.hash}.json`,
    ]);
    const { bytes: original } = await store.original(first.info.hash);
    expect(Buffer.compare(original, bytes)).toBe(0);
    const view = await sharp(await photos.rendition(first.info.hash, 'view')).metadata();
    expect(Math.max(view.width!, view.height!)).toBe(1000);
    const thumb = await sharp(await photos.rendition(first.info.hash, 'thumb')).metadata();
    expect(Math.max(thumb.width!, thumb.height!)).toBe(220);
  });

  it('takes PNG, WebP and TIFF as well as JPEG', async () => {
    for (const format of ['png', 'webp', 'tiff'] as const) {
      const added = await photos.add(await picture(300, 200, format));
      expect(added.info.format).toBe(format);
      expect(added.info.width).toBe(300);
    }
  });

  it('takes a 60 MB uncompressed TIFF, checked and rendered within seconds', async () => {
    const tiff = await sharp({ create: { width: 4500, height: 4500, channels: 3, background: '#406080' } })
      .tiff({ compression: 'none' })
      .toBuffer();
    expect(tiff.length).toBeGreaterThan(60_000_000);
    const started = performance.now();
    const added = await photos.add(tiff);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(added.info).toMatchObject({ format: 'tiff', width: 4500, height: 4500 });
    const view = await sharp(await photos.rendition(added.info.hash, 'view')).metadata();
    expect([view.width, view.height]).toEqual([1000, 1000]);
  });

  it('applies EXIF orientation to the recorded size and the renditions', async () => {
    const bytes = await sharp(await picture(600, 400))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const added = await photos.add(bytes);
    expect([added.info.width, added.info.height]).toEqual([400, 600]);
    const view = await sharp(await photos.rendition(added.info.hash, 'view')).metadata();
    expect([view.width, view.height]).toEqual([400, 600]);
  });

  it('prints the crop of the picture as displayed (orientation applied), at no more than 300 ppi, grey on request', async () => {
    // Stored 600 × 400, left half red and right half blue, shown turned (orientation 6): red on top.
    const raw = Buffer.alloc(600 * 400 * 3);
    for (let i = 0; i < 600 * 400; i++) raw[i * 3 + (i % 600 < 300 ? 0 : 2)] = 220;
    const bytes = await sharp(raw, { raw: { width: 600, height: 400, channels: 3 } })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const { info } = await photos.add(bytes);
    const top = { x: 0, y: 0, w: 1, h: 0.5 };
    // 20 mm wide at 300 ppi is 236 px: the crop's 400 px are scaled down to that.
    const colour = await sharp(await photos.printRendition(info.hash, top, { widthMm: 20, heightMm: 15 }, false))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([colour.info.width, colour.info.height]).toEqual([236, 177]);
    const mean = (channel: number) =>
      colour.data.filter((_, i) => i % colour.info.channels === channel).reduce((a, v) => a + v, 0) /
      (colour.data.length / colour.info.channels);
    expect(mean(0)).toBeGreaterThan(180);
    expect(mean(2)).toBeLessThan(40);
    const grey = await sharp(
      await photos.printRendition(info.hash, top, { widthMm: 20, heightMm: 15 }, true),
    ).metadata();
    expect(grey.channels).toBe(1);
  });

  it('converts a CMYK JPEG to RGB without inverting it', async () => {
    const cmyk = await sharp({ create: { width: 200, height: 100, channels: 3, background: { r: 200, g: 30, b: 30 } } })
      .toColourspace('cmyk')
      .jpeg()
      .toBuffer();
    const added = await photos.add(cmyk);
    expect(added.info.space).toBe('cmyk');
    const { data } = await sharp(await photos.rendition(added.info.hash, 'view'))
      .raw()
      .toBuffer({ resolveWithObject: true });
    // Still red: an inverted CMYK picture comes out cyan.
    expect(data[0]).toBeGreaterThan(150);
    expect(data[1]).toBeLessThan(80);
    expect(data[2]).toBeLessThan(80);
  });

  it('prefills caption, credit, date and place from the picture’s XMP', async () => {
    const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
 photoshop:City="平顶山" photoshop:DateCreated="2026-03-18T09:12:00">
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">市民在新建的口袋公园里晨练</rdf:li></rdf:Alt></dc:description>
<dc:creator><rdf:Seq><rdf:li>张改华</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
    const bytes = await sharp(await picture(300, 200))
      .withXmp(xmp)
      .jpeg()
      .toBuffer();
    const added = await photos.add(bytes);
    expect(added.metadata).toEqual({
      caption: '市民在新建的口袋公园里晨练',
      credit: '张改华',
      date: '2026-03-18',
      place: '平顶山',
    });
  });

  it('reads the EXIF date, and UTF-8 text that EXIF readers took for Latin-1', async () => {
    const bytes = await sharp(await picture(300, 200))
      .withExif({ IFD2: { DateTimeOriginal: '2026:03:18 09:12:00' } })
      .jpeg()
      .toBuffer();
    expect((await photos.add(bytes)).metadata.date).toBe('2026-03-18');
    expect(repairUtf8(Buffer.from('摄影', 'utf8').toString('latin1'))).toBe('摄影');
    expect(repairUtf8('café')).toBe('café');
  });

  it('ignores what cameras write by themselves as a description', async () => {
    const bytes = await sharp(await picture(300, 200))
      .withExif({ IFD0: { ImageDescription: 'OLYMPUS DIGITAL CAMERA' } })
      .jpeg()
      .toBuffer();
    expect((await photos.add(bytes)).metadata.caption).toBeNull();
  });
});

describe('bad pictures are refused with a clear message and leave nothing behind', () => {
  it.each([
    ['a 0-byte file', async () => new Uint8Array(), /0 字节/],
    [
      'a truncated JPEG',
      async () => {
        const bytes = await grainyJpeg();
        return bytes.subarray(0, bytes.length >> 1);
      },
      /损坏或不完整/,
    ],
    [
      'a JPEG damaged in the middle',
      async () => {
        const bytes = Buffer.from(await grainyJpeg());
        for (let i = 4000; i < 9000; i++) bytes[i] = (i * 7) & 255;
        return bytes;
      },
      /损坏或不完整/,
    ],
    ['a PNG claiming 30,000 × 30,000 pixels', async () => pngClaiming(30_000, 30_000), /像素过多（30000×30000/],
    [
      'an HEIC photo',
      async () =>
        Buffer.concat([
          Buffer.from([0, 0, 0, 0x18]),
          Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
          Buffer.alloc(200),
        ]),
      /HEIC/,
    ],
    [
      'an SVG',
      async () =>
        Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      /SVG 文件里可以带脚本/,
    ],
    ['a GIF', async () => Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), /GIF/],
    ['a text file', async () => Buffer.from('这不是图片'), /无法识别/],
    [
      'a file named .jpg holding a PNG header and garbage',
      async () => Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(100, 7)]),
      /损坏或不完整/,
    ],
  ])('%s', async (_name, make, message) => {
    const bytes = await make();
    const refused = await refusal(photos.add(bytes));
    expect(refused.message).toMatch(message);
    expect(filesUnder(join(dir, 'photos'))).toEqual([]);
    expect(filesUnder(join(dir, 'photo-cache'))).toEqual([]);
  });

  it('refuses a file over the size limit before reading it', () => {
    const huge = new Uint8Array(101 * 1024 * 1024);
    huge.set([0xff, 0xd8, 0xff]);
    expect(() => sniffPhoto(huge)).toThrow(/图片文件太大/);
  });

  it('a refused picture leaves those already stored untouched', async () => {
    const good = await photos.add(await picture(300, 200));
    const before = filesUnder(join(dir, 'photos'));
    await refusal(photos.add(pngClaiming(30_000, 30_000)));
    expect(filesUnder(join(dir, 'photos'))).toEqual(before);
    expect((await store.info(good.info.hash)).width).toBe(300);
  });
});

describe('collecting unreferenced originals', () => {
  it('removes only originals nothing refers to, and none stored after the cut-off', async () => {
    const kept = await photos.add(await picture(300, 200));
    const dropped = await photos.add(await picture(301, 200));
    const referenced = new Set([kept.info.hash]);
    expect(await store.collect(referenced, 0)).toBe(0);
    expect(await store.collect(referenced, Date.now() + 1000)).toBe(1);
    expect(await store.record(dropped.info.hash)).toBeNull();
    expect(filesUnder(join(dir, 'photo-cache')).some((f) => f.includes(dropped.info.hash))).toBe(false);
    expect((await store.info(kept.info.hash)).width).toBe(300);
  });

  it('finds references in articles, revision logs and crash journals', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const h = (c: string) => c.repeat(64);
    mkdirSync(join(dir, 'articles', 'ab'), { recursive: true });
    mkdirSync(join(dir, 'revisions', 'ab'), { recursive: true });
    mkdirSync(join(dir, 'drafts'), { recursive: true });
    writeFileSync(
      join(dir, 'articles', 'ab', 'x.json'),
      JSON.stringify({ body: [{ type: 'photo', hash: h('a') }] }, null, 2),
    );
    writeFileSync(
      join(dir, 'revisions', 'ab', 'x.jsonl'),
      `${JSON.stringify({ body: [{ type: 'photo', hash: h('b') }] })}\n`,
    );
    writeFileSync(join(dir, 'drafts', 'x.json'), JSON.stringify({ content: { body: [{ hash: h('c') }] } }));
    expect([...(await referencedPhotos(new DataPaths(dir)))].sort()).toEqual([h('a'), h('b'), h('c')]);
  });
});
