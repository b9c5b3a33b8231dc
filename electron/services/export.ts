import iconv from 'iconv-lite';
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import type { ArticleContent, PhotoBlock } from '../../shared/model/article';
import { blockText } from '../../shared/model/article-content';
import { isPhotoBlock, photoHashes } from '../../shared/model/photo';
import {
  bylineParts,
  datelinePrefix,
  headlineLines,
  renderHouseText,
  resolvedBylineLayout,
} from '../../shared/format/house-text';
import { leadIndex, renderArticlesHtml } from '../../shared/format/export-html';
import { CopydeskError } from '../../shared/ipc/result';
import { jpegDataUrl } from './photos';

/** Text encodings a house-format export can be written in. */
export type TextEncodingName = 'utf-8' | 'gb18030' | 'gbk';

/**
 * House-format text as bytes: UTF-8, or GB18030/GBK for older 方正 layout
 * software, with LF or CRLF line ends. GBK cannot hold every character (rare
 * characters in names): such characters are refused with where they stand, so
 * nothing is silently turned into question marks.
 */
export function encodeHouseText(
  content: ArticleContent | readonly ArticleContent[],
  encoding: TextEncodingName,
  crlf: boolean,
): Buffer {
  // Several reports follow one another with a blank line between, as on a page dump.
  let text = (Array.isArray(content) ? content : [content]).map(renderHouseText).join('\n');
  if (crlf) text = text.replace(/\n/g, '\r\n');
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'gbk') {
    const outside = [...new Set([...text].filter((c) => iconv.decode(iconv.encode(c, 'gbk'), 'gbk') !== c))];
    if (outside.length > 0)
      throw new CopydeskError(
        'INVALID_INPUT',
        `以下字符不在 GBK 字符集中，无法按 GBK 导出：${outside.slice(0, 10).join('、')}${outside.length > 10 ? '等' : ''}。请改用 GB18030（可容纳全部汉字）。`,
      );
  }
  return iconv.encode(text, encoding);
}

/**
 * How an export gets the picture of a photo: a JPEG (sRGB, orientation
 * applied) of at most 1400 px, by the original's hash. Without one, exports
 * leave photos' pictures out and keep their captions.
 */
export type PhotoPictures = (hash: string) => Promise<Buffer>;

/** The pictures of every photo in `contents`, fetched once each. */
async function picturesOf(
  contents: readonly ArticleContent[],
  pictures: PhotoPictures | undefined,
): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (!pictures) return out;
  for (const hash of photoHashes(...contents.map((content) => content.body))) out.set(hash, await pictures(hash));
  return out;
}

const KAI = { ascii: 'Times New Roman', eastAsia: '楷体', hAnsi: 'Times New Roman' };
/** Widest a photo is set in the Word file, in pixels at 96 to the inch (the text width of an A4 page is about 600). */
const DOCX_PHOTO_WIDTH = 560;

const SONG = { ascii: 'Times New Roman', eastAsia: '宋体', hAnsi: 'Times New Roman' };
const HEI = { ascii: 'Arial', eastAsia: '黑体', hAnsi: 'Arial' };
/** Half-points: 小二 18 pt for the title, 四号 14 pt for kicker and subtitle, 五号 10.5 pt for the body. */
const SIZE = { title: 36, deck: 28, body: 21 };

/**
 * Reports as a Word file in the house style, each from a new page: the
 * headline stack centred in 黑体 (title 小二 bold, kicker and subtitle 四号),
 * the body in 宋体 五号 with a first-line indent of two characters, 小标题 in
 * 黑体, bold kept, the dateline at the start of the lead and the byline at the
 * end as the layout says. Photos stand where they are in the text, as wide as
 * the text, with the 图片说明 under them in 楷体 and the credit after it.
 */
export async function renderDocx(
  content: ArticleContent | readonly ArticleContent[],
  pictures?: PhotoPictures,
): Promise<Buffer> {
  const contents: readonly ArticleContent[] = Array.isArray(content) ? content : [content];
  const loaded = await picturesOf(contents, pictures);
  const children = contents.flatMap((c, i) => reportParagraphs(c, i > 0, loaded));
  const doc = new Document({
    creator: '采编台 Copydesk',
    title: contents.map((c) => headlineLines(c).join(' ')).join('；'),
    styles: { default: { document: { run: { font: SONG, size: SIZE.body } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/** The paragraphs of one report; `newPage` starts it on a new page. */
function reportParagraphs(
  content: ArticleContent,
  newPage: boolean,
  pictures: ReadonlyMap<string, Buffer>,
): Paragraph[] {
  const head = (text: string, size: number, pageBreakBefore = false) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      pageBreakBefore,
      children: [new TextRun({ text, font: HEI, size })],
    });
  const children: Paragraph[] = [];
  if (content.kicker) children.push(head(content.kicker, SIZE.deck, newPage));
  children.push(
    new Paragraph({
      heading: HeadingLevel.TITLE,
      pageBreakBefore: newPage && !content.kicker,
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: content.title, font: HEI, size: SIZE.title, bold: true, color: '000000' })],
    }),
  );
  if (content.subtitle) children.push(head(content.subtitle, SIZE.deck));
  const parts = bylineParts(content.byline);
  const layout = parts.length > 0 ? resolvedBylineLayout(content.byline) : null;
  const lastParagraph = content.body.map((b) => b.type).lastIndexOf('paragraph');
  const body = (runs: TextRun[]) =>
    new Paragraph({
      indent: { firstLineChars: 200 },
      spacing: { line: 360 },
      alignment: AlignmentType.BOTH,
      children: runs,
    });
  const lead = leadIndex(content.body);
  content.body.forEach((block, i) => {
    if (isPhotoBlock(block)) {
      children.push(...photoParagraphs(block, pictures.get(block.hash), i === lead ? content.dateline : null));
      return;
    }
    const runs = block.children.map(
      (c) =>
        new TextRun({
          text: c.text,
          bold: !('type' in c) && c.bold,
          font: block.type === 'subheading' ? HEI : SONG,
          size: SIZE.body,
        }),
    );
    if (i === lead && content.dateline)
      runs.unshift(new TextRun({ text: datelinePrefix(content.dateline), font: HEI, size: SIZE.body }));
    // A byline run on after the last sentence.
    if (layout === 'glued' && i === lastParagraph)
      runs.push(new TextRun({ text: parts.join(' '), font: HEI, size: SIZE.body }));
    children.push(
      block.type === 'subheading' ? new Paragraph({ children: runs, spacing: { before: 120, after: 60 } }) : body(runs),
    );
  });
  if (layout && !(layout === 'glued' && lastParagraph >= 0)) {
    const lines = layout === 'lines' ? parts : [parts.join(' ')];
    for (const line of lines)
      children.push(new Paragraph({ children: [new TextRun({ text: line, font: HEI, size: SIZE.body })] }));
  }
  return children;
}

/** A photo in the Word file: the picture (when there is one) as wide as the text, then its caption and credit. */
function photoParagraphs(
  photo: PhotoBlock,
  picture: Buffer | undefined,
  dateline: ArticleContent['dateline'],
): Paragraph[] {
  const out: Paragraph[] = [];
  const caption = blockText(photo).trim();
  if (picture) {
    const width = Math.min(DOCX_PHOTO_WIDTH, photo.width);
    const height = Math.round((width * photo.height) / photo.width);
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120 },
        children: [
          new ImageRun({
            type: 'jpg',
            data: picture,
            transformation: { width, height },
            altText: { name: `photo-${photo.hash.slice(0, 12)}`, description: caption, title: caption },
          }),
        ],
      }),
    );
  }
  const runs = [new TextRun({ text: caption, font: KAI, size: SIZE.body })];
  if (dateline) runs.unshift(new TextRun({ text: datelinePrefix(dateline), font: HEI, size: SIZE.body }));
  if (photo.credit.trim()) runs.push(new TextRun({ text: `（${photo.credit.trim()}）`, font: KAI, size: SIZE.body }));
  out.push(new Paragraph({ spacing: { after: 120 }, alignment: AlignmentType.BOTH, children: runs }));
  return out;
}

/** The HTML export (one report or several) as bytes, pictures inlined as data URLs. */
export async function encodeHtml(
  content: ArticleContent | readonly ArticleContent[],
  pictures?: PhotoPictures,
): Promise<Buffer> {
  const contents: readonly ArticleContent[] = Array.isArray(content) ? content : [content];
  const loaded = await picturesOf(contents, pictures);
  const src = (photo: PhotoBlock) => {
    const picture = loaded.get(photo.hash);
    return picture ? jpegDataUrl(picture) : null;
  };
  return Buffer.from(renderArticlesHtml(contents, src), 'utf8');
}
