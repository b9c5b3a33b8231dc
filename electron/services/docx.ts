import mammoth from 'mammoth';
import { CopydeskError } from '../../shared/ipc/result';

/** What a Word file gives the import: simple HTML (paragraphs, headings, bold), and what was left out. */
export interface DocxContent {
  html: string;
  /** Images in the file, not imported (photos come with a later version). */
  images: number;
  warnings: string[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Reads a .docx file with mammoth: paragraphs, headings and bold come through
 * as HTML; images are counted and left out; linked external files are never
 * read. A file that is not a .docx, an old .doc, or a damaged or truncated
 * one is refused with a Chinese message.
 */
export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  if (bytes.length === 0) throw new CopydeskError('INVALID_INPUT', '文件是空的。');
  if (startsWith(bytes, OLE))
    throw new CopydeskError('INVALID_INPUT', '这是旧版 Word（.doc）文件，请在 Word 或 WPS 中另存为 .docx 后再导入。');
  if (!startsWith(bytes, ZIP)) throw new CopydeskError('INVALID_INPUT', '这不是 Word（.docx）文件。');
  let images = 0;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => {
          images++;
          return { src: '' };
        }),
      },
    );
    return {
      html: result.value,
      images,
      warnings: result.messages.filter((m) => m.type === 'error').map((m) => m.message),
    };
  } catch (error) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `Word 文件已损坏或不完整，无法读取（${(error as Error).message.slice(0, 120)}）。请在 Word 或 WPS 中打开后重新保存再导入。`,
    );
  }
}
