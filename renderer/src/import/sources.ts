import type { Client } from '../../../shared/ipc/client';
import { MAX_IMPORT_BYTES } from '../../../shared/model/limits';
import { textToSourceLines, type SourceLine } from '../../../shared/format/parse-reports';
import { decodeText } from '../../../shared/text/decode';
import { htmlToBlocks, parseHtml } from '../editor/core/paste-html';
import { toBase64 } from '../file-io';
import { parsePhotoSrc } from '../../../shared/format/import-photos';

/** Marks a picture's paragraph in a Word file's HTML on its way to source lines (a private-use character). */
const PHOTO_MARK = '\uE000';

/** Copy to be recognised: where it came from, its lines, and notes for the review (e.g. images left out). */
export interface SourceDocument {
  name: string;
  lines: SourceLine[];
  notes: string[];
}

/**
 * One way copy arrives. Sources are tried in order; each says whether it
 * takes a file and reads it into lines for the report parser. Correspondents'
 * submission files (the workflow's .cdsub) will be one more source here.
 */
export interface ImportSource {
  id: string;
  /** Shown in the file picker's hint. */
  label: string;
  extensions: readonly string[];
  accepts(file: File, head: Uint8Array): boolean;
  read(file: File, bytes: Uint8Array, client: Client): Promise<SourceDocument>;
}

const hasExtension = (file: File, extensions: readonly string[]) =>
  extensions.some((e) => file.name.toLowerCase().endsWith(e));

/** Word files: read by mammoth in the main process, the HTML reduced here like a paste from Word. */
const docxSource: ImportSource = {
  id: 'docx',
  label: 'Word 文件（.docx）',
  extensions: ['.docx', '.doc'],
  accepts: (file, head) => hasExtension(file, ['.docx', '.doc']) || (head[0] === 0x50 && head[1] === 0x4b),
  async read(file, bytes, client) {
    const { html, images, warnings } = await client.call('import.readDocx', { data: toBase64(bytes) });
    // Each picture (already in the archive) becomes a paragraph of its own holding its marker, then a photo line.
    const marked = html.replace(
      /<img\b[^>]*?\bsrc="(photo:[^"]+)"[^>]*>/g,
      (_, src: string) => `</p><p>${PHOTO_MARK}${src}${PHOTO_MARK}</p><p>`,
    );
    const lines: SourceLine[] = htmlToBlocks(parseHtml(marked)).map((block) => {
      const text = block.children.map((c) => c.text).join('');
      const photo = text.startsWith(PHOTO_MARK) ? parsePhotoSrc(text.slice(1, -1)) : null;
      if (photo) return { text: '', photo };
      return {
        text,
        leaves: block.children.map((c) => (c.bold ? { text: c.text, bold: true } : { text: c.text })),
        heading: block.type === 'subheading',
      };
    });
    const notes = [
      ...(images > 0 ? [`文件中的 ${images} 张图片无法作为图片导入，已略去。`] : []),
      ...warnings.slice(0, 3).map((w) => `Word 文件中有无法读取的部分：${w}`),
    ];
    return { name: file.name, lines, notes };
  },
};

/** Text files in UTF-8, UTF-16 or GB18030/GBK. */
const textSource: ImportSource = {
  id: 'text',
  label: '文本文件（.txt）',
  extensions: ['.txt', '.text'],
  accepts: () => true,
  async read(file, bytes) {
    const { text, encoding } = decodeText(bytes);
    return {
      name: file.name,
      lines: textToSourceLines(text),
      notes: encoding === 'UTF-8' ? [] : [`文件编码：${encoding}`],
    };
  },
};

/** Every import source, most specific first. */
export const IMPORT_SOURCES: readonly ImportSource[] = [docxSource, textSource];

/** The file picker's accept list. */
export const IMPORT_ACCEPT = IMPORT_SOURCES.flatMap((s) => s.extensions).join(',');

/** Reads an opened or dropped file through the first source that takes it; throws a Chinese message on bad input. */
export async function readImportFile(file: File, client: Client): Promise<SourceDocument> {
  if (file.size === 0) throw new Error('文件是空的。');
  if (file.size > MAX_IMPORT_BYTES)
    throw new Error(
      `文件太大（${(file.size / 1024 / 1024).toFixed(0)} MB），导入最多 ${MAX_IMPORT_BYTES / 1024 / 1024} MB。请拆成几个文件导入。`,
    );
  const bytes = new Uint8Array(await file.arrayBuffer());
  const source = IMPORT_SOURCES.find((s) => s.accepts(file, bytes.subarray(0, 8)))!;
  return source.read(file, bytes, client);
}

/** Pasted text as a source document. */
export function pastedDocument(text: string): SourceDocument {
  return { name: '粘贴的文本', lines: textToSourceLines(text), notes: [] };
}
