// The long article of real copy for bench:editor: the real-copy corpus's
// reports, paragraph by paragraph, with the slips that imported copy brings
// (half-width commas and quotes, a doubled character), repeated with a varying
// closing clause until it is long enough. No two paragraphs are the same, so
// the proofreader's per-paragraph cache cannot hide the work.
import { parseReports } from '../../shared/format/parse-reports';
import { blockText } from '../../shared/model/article-content';
import { realCopyCases } from '../helpers/real-copy';

/** The corpus's body paragraphs, in order. */
function corpusParagraphs(): string[] {
  const out: string[] = [];
  for (const { text } of realCopyCases())
    for (const report of parseReports(text).reports)
      for (const block of report.paragraphs) {
        const line = blockText(block).trim();
        if (line.length >= 20) out.push(line);
      }
  return out;
}

/** Imported copy's slips, by paragraph number: every third with ASCII commas, every seventh with straight quotes. */
function withSlips(text: string, i: number): string {
  let out = text;
  if (i % 3 === 0) out = out.replaceAll('，', ',');
  if (i % 7 === 0) out = out.replaceAll('“', '"').replaceAll('”', '"');
  if (i % 11 === 0) out = out.replace('的', '的的');
  return out;
}

/** About `chars` characters of real copy with imported slips, one paragraph a line. */
export function realArticleText(chars: number): string {
  const source = corpusParagraphs();
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const base = source[i % source.length]!;
    const round = Math.floor(i / source.length);
    const line = withSlips(round === 0 ? base : `${base}截至${(round % 12) + 1}月${(i % 28) + 1}日，已完成${i}项。`, i);
    lines.push(line);
    length += line.length;
  }
  return lines.join('\n');
}
