import { z } from 'zod';
import '../ipc/zod-messages';
import { escapeHtml } from '../format/export-html';
import type { Issue, IssuePage } from './issue';
import { MM_PER_PT, type PagePreset } from './presets';

/**
 * The paper's 报头 (masthead), which 第1版 carries at its head instead of the
 * folio line: the paper's name set large, who publishes it and its serial
 * number, with the issue's date and numbers beside. Set once per paper in
 * 版式设置; its height is in body lines of the page's grid.
 */
export const MastheadSchema = z.object({
  enabled: z.boolean(),
  /** The name as printed (中原报); empty: the issue's paper name. */
  name: z.string().trim().max(20),
  /** Who publishes it (中共郑州市中原区委主办). */
  publisher: z.string().trim().max(60),
  /** The serial number (国内统一连续出版物号 CN41-0000). */
  serial: z.string().trim().max(60),
  /** Height in body lines. */
  lines: z.number().int().min(6, '报头至少 6 行高').max(60, '报头最多 60 行高'),
});

/** The masthead's settings. */
export type Masthead = z.infer<typeof MastheadSchema>;

/**
 * The masthead before the paper sets its own in 版式设置: off (第1版 keeps
 * the folio line, as every page), the issue's paper name, 12 lines tall.
 */
export const DEFAULT_MASTHEAD: Masthead = { enabled: false, name: '', publisher: '', serial: '', lines: 12 };

/** A masthead as one page prints it: the words, and its height in body lines. */
export interface PrintMasthead {
  name: string;
  publisher: string;
  serial: string;
  /** 2026年3月20日 星期五 … as the folio gives it. */
  date: string;
  /** 第 N 期 · 总第 M 期 */
  numbers: string;
  lines: number;
}

/** The paper's masthead if `page` carries it (第1版, when it is on), else null: one rule for fill, 自动排版 and print. */
export function pageMasthead(masthead: Masthead | null | undefined, page: Pick<IssuePage, 'number'>): Masthead | null {
  return masthead?.enabled && page.number === 1 ? masthead : null;
}

/** The masthead a page carries as it prints: 第1版's, when the paper's masthead is on; none for other pages. */
export function mastheadFor(
  issue: Pick<Issue, 'paper' | 'number' | 'totalNumber'>,
  page: Pick<IssuePage, 'number'>,
  masthead: Masthead | null | undefined,
  date: string,
): PrintMasthead | null {
  const head = pageMasthead(masthead, page);
  if (!head) return null;
  return {
    name: head.name || issue.paper,
    publisher: head.publisher,
    serial: head.serial,
    date,
    numbers: `第 ${issue.number} 期\u3000总第 ${issue.totalNumber} 期`,
    lines: head.lines,
  };
}

/**
 * The masthead's markup and its rules (under `cls`): the name in bold 黑体 as
 * large as the height allows (about three fifths of it, and never wider than
 * the page's text block), the publisher and serial under it, the date and
 * numbers at the right, a rule beneath.
 */
export function mastheadHtml(m: PrintMasthead, cls: string, preset: PagePreset, rules: string[]): string {
  const linePt = preset.bodyPt * preset.lineHeight;
  const heightPt = m.lines * linePt;
  const namePt =
    Math.round(Math.min(heightPt * 0.6, ((preset.widthMm / MM_PER_PT) * 0.5) / Math.max(1, m.name.length)) * 10) / 10;
  rules.push(`${cls} .masthead { height: ${heightPt}pt; }`, `${cls} .masthead-name { font-size: ${namePt}pt; }`);
  return [
    '<header class="masthead">',
    '<div class="masthead-main">',
    `<p class="masthead-name">${escapeHtml(m.name)}</p>`,
    m.publisher || m.serial
      ? `<p class="masthead-line">${escapeHtml([m.publisher, m.serial].filter(Boolean).join('\u3000'))}</p>`
      : '',
    '</div>',
    `<div class="masthead-side"><p>${escapeHtml(m.date)}</p><p>${escapeHtml(m.numbers)}</p></div>`,
    '</header>',
  ]
    .filter(Boolean)
    .join('');
}

/** The masthead's styles, shared by every page that has one. */
export const MASTHEAD_CSS = `
.masthead { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 1.5pt solid #000; overflow: hidden; font-family: 'Noto Sans SC', sans-serif; }
.masthead-name { margin: 0; font-weight: 700; line-height: 1.1; letter-spacing: 0.1em; }
.masthead-line, .masthead-side p { margin: 0 0 1mm; font-size: 9pt; line-height: 1.3; }
.masthead-side { text-align: right; }
`;
