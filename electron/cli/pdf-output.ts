import type { PrintPage } from '../../shared/layout/page-html';
import { pagesPdf } from '../services/page-pdf';
import type { Photos } from '../services/photos';
import type { PagePreset } from '../../shared/layout/presets';
import { writeFileAtomic } from '../store/durable-file';
import { overrunPages } from '../services/print-pages';
import { htmlToPdf, printFontCss } from '../services/pdf';
import { UsageError } from './command';

/**
 * Prints pages to a plant-ready PDF at `file` (see pagesPdf), written
 * atomically: a failed export leaves nothing half-written there. `photos`
 * gives the pictures of photo boxes; `grey` makes every page 黑白.
 */
export async function writePdf(
  file: string,
  pages: PrintPage[],
  bleed: boolean,
  options: { photos?: Photos | null; grey?: boolean } = {},
): Promise<void> {
  const { pdf } = await pagesPdf(pages, {
    bleed,
    fontCss: await printFontCss(),
    print: (html, sheet) => htmlToPdf(html, sheet),
    photos: options.photos ?? null,
    forceMono: options.grey ?? false,
  });
  await writeFileAtomic(file, pdf);
}

/** Tells on stderr which pages have copy running past its space (it is printed marked in red, not cut). */
export function warnOverruns(pages: PrintPage[], err: (s: string) => void): void {
  const over = overrunPages(pages);
  if (over.length > 0) err(`注意：第${over.join('、')}版有稿件超出版面，已在 PDF 上用红色标出。\n`);
}

/** The preset a `--preset` names, by name (对开) or id (duikai), from the paper's presets. */
export function findPreset(presets: readonly PagePreset[], wanted: string): PagePreset {
  const preset = presets.find(
    (p) => p.id === wanted || p.name === wanted || p.name.toLowerCase() === wanted.toLowerCase(),
  );
  if (!preset) throw new UsageError(`没有版式“${wanted}”（可用：${presets.map((p) => p.name).join('、')}）`);
  return preset;
}

/** An empty folio, for pages printed outside an issue plan. */
export const NO_FOLIO = { paper: '', date: '', pageNumber: 1, pageName: '', editor: '' };
