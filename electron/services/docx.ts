import mammoth from 'mammoth';
import { inflateRawSync } from 'node:zlib';
import { CopydeskError } from '../../shared/ipc/result';
import { MAX_DOCX_ENTRIES, MAX_DOCX_XML_BYTES } from '../../shared/model/limits';
import type { PhotoInfo } from '../../shared/model/photo';
import { PHOTO_SRC } from '../../shared/format/import-photos';

/** What a Word file gives the import: simple HTML (paragraphs, headings, bold, photos), and what was left out. */
export interface DocxContent {
  html: string;
  /** Images in the file that could not be kept as photos (EMF drawings, damaged pictures…). */
  images: number;
  warnings: string[];
}

/** Adds a picture to the archive as any picture is added (checked, stored once by hash). */
export type AddPhoto = (
  bytes: Uint8Array,
) => Promise<{ info: Pick<PhotoInfo, 'hash' | 'format' | 'width' | 'height'> }>;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Reads a .docx file with mammoth: paragraphs, headings and bold come through
 * as HTML; each embedded picture is added to the archive through `addPhoto`
 * and stands where it was as `<img src="photo:HASH:FORMAT:WxH">` (its alt
 * text, if any, as alt); pictures that cannot be kept (no `addPhoto`, or a
 * format the desk does not take) are counted and left out with the reason;
 * linked external files are never read. A file that is not a .docx, an old
 * .doc, or a damaged or truncated one is refused with a Chinese message.
 */
export async function readDocx(bytes: Uint8Array, addPhoto?: AddPhoto): Promise<DocxContent> {
  if (bytes.length === 0) throw new CopydeskError('INVALID_INPUT', '文件是空的。');
  if (startsWith(bytes, OLE))
    throw new CopydeskError('INVALID_INPUT', '这是旧版 Word（.doc）文件，请在 Word 或 WPS 中另存为 .docx 后再导入。');
  if (!startsWith(bytes, ZIP)) throw new CopydeskError('INVALID_INPUT', '这不是 Word（.docx）文件。');
  checkZipSize(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  let images = 0;
  const refused: string[] = [];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          if (addPhoto)
            try {
              const { info } = await addPhoto(await image.read());
              return { src: `${PHOTO_SRC}${info.hash}:${info.format}:${info.width}x${info.height}` };
            } catch (error) {
              refused.push((error as Error).message);
            }
          images++;
          return { src: '' };
        }),
      },
    );
    return {
      html: result.value,
      images,
      warnings: [
        ...result.messages.filter((m) => m.type === 'error').map((m) => m.message),
        ...[...new Set(refused)].map((reason) => `有图片未能导入：${reason}`),
      ],
    };
  } catch (error) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `Word 文件已损坏或不完整，无法读取（${(error as Error).message.slice(0, 120)}）。请在 Word 或 WPS 中打开后重新保存再导入。`,
    );
  }
}

const DAMAGED = 'Word 文件已损坏或不完整，无法读取。请在 Word 或 WPS 中打开后重新保存再导入。';
const TOO_LARGE = `Word 文件解压后太大（文字部分超过 ${MAX_DOCX_XML_BYTES / 1024 / 1024} MB），不像是正常的稿件文件，已拒绝。`;

/**
 * Refuses a zip bomb before mammoth unpacks anything: the text parts of a
 * .docx (every .xml and .rels entry, which mammoth reads whole into memory)
 * are unpacked here with a hard cap on their total size, so a small file
 * that claims, or really holds, hundreds of megabytes of XML is refused
 * with a message instead of exhausting memory. Entry sizes written in the
 * zip are not trusted: each part is inflated with `maxOutputLength`. Images
 * and other parts are not unpacked (mammoth only counts the images).
 */
export function checkZipSize(zip: Buffer): void {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]), Math.max(0, zip.length - 22));
  if (eocd < 0 || eocd + 22 > zip.length) throw new CopydeskError('INVALID_INPUT', DAMAGED);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  if (count > MAX_DOCX_ENTRIES) throw new CopydeskError('INVALID_INPUT', TOO_LARGE);
  let budget = MAX_DOCX_XML_BYTES;
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new CopydeskError('INVALID_INPUT', DAMAGED);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const declared = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (!/\.(xml|rels)$/i.test(name)) continue;
    if (declared > budget) throw new CopydeskError('INVALID_INPUT', TOO_LARGE);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50)
      throw new CopydeskError('INVALID_INPUT', DAMAGED);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    let size: number;
    if (method === 0) size = data.length;
    else if (method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: budget + 1 }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
          throw new CopydeskError('INVALID_INPUT', TOO_LARGE);
        throw new CopydeskError('INVALID_INPUT', DAMAGED);
      }
    } else throw new CopydeskError('INVALID_INPUT', DAMAGED);
    if (size > budget) throw new CopydeskError('INVALID_INPUT', TOO_LARGE);
    budget -= size;
  }
}
