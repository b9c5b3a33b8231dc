import iconv from 'iconv-lite';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ArticleContent } from '../../shared/model/article';
import {
  bylineParts,
  datelinePrefix,
  headlineLines,
  renderHouseText,
  resolvedBylineLayout,
} from '../../shared/format/house-text';
import { renderArticlesHtml } from '../../shared/format/export-html';
import { CopydeskError } from '../../shared/ipc/result';

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

const SONG = { ascii: 'Times New Roman', eastAsia: '宋体', hAnsi: 'Times New Roman' };
const HEI = { ascii: 'Arial', eastAsia: '黑体', hAnsi: 'Arial' };
/** Half-points: 小二 18 pt for the title, 四号 14 pt for kicker and subtitle, 五号 10.5 pt for the body. */
const SIZE = { title: 36, deck: 28, body: 21 };

/**
 * Reports as a Word file in the house style, each from a new page: the
 * headline stack centred in 黑体 (title 小二 bold, kicker and subtitle 四号),
 * the body in 宋体 五号 with a first-line indent of two characters, 小标题 in
 * 黑体, bold kept, the dateline at the start of the lead and the byline at the
 * end as the layout says.
 */
export async function renderDocx(content: ArticleContent | readonly ArticleContent[]): Promise<Buffer> {
  const contents: readonly ArticleContent[] = Array.isArray(content) ? content : [content];
  const children = contents.flatMap((c, i) => reportParagraphs(c, i > 0));
  const doc = new Document({
    creator: '采编台 Copydesk',
    title: contents.map((c) => headlineLines(c).join(' ')).join('；'),
    styles: { default: { document: { run: { font: SONG, size: SIZE.body } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/** The paragraphs of one report; `newPage` starts it on a new page. */
function reportParagraphs(content: ArticleContent, newPage: boolean): Paragraph[] {
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
  content.body.forEach((block, i) => {
    const runs = block.children.map(
      (c) =>
        new TextRun({
          text: c.text,
          bold: !('type' in c) && c.bold,
          font: block.type === 'subheading' ? HEI : SONG,
          size: SIZE.body,
        }),
    );
    if (i === 0 && content.dateline)
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

/** The HTML export (one report or several) as bytes. */
export function encodeHtml(content: ArticleContent | readonly ArticleContent[]): Buffer {
  return Buffer.from(renderArticlesHtml(Array.isArray(content) ? content : [content]), 'utf8');
}
