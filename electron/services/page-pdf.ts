import { CopydeskError } from '../../shared/ipc/result';
import { renderPages, sheetSizeMm, type BoxPicture, type PrintPage } from '../../shared/layout/page-html';
import { photoBoxes, type PhotoBox } from '../../shared/layout/photo-boxes';
import type { PageInk } from '../../shared/layout/presets';
import { plantReadyPdf, type PlantReport } from './plant-pdf';
import { jpegDataUrl, type Photos } from './photos';

/** How pages are printed: the printer's fonts and print call, and where photos come from. */
export interface PagePdfOptions {
  bleed: boolean;
  sizes?: Readonly<Record<string, number>>;
  /** @font-face rules of the bundled fonts, as the printer can load them. */
  fontCss: string;
  /** Prints print HTML at the sheet size (Electron's printToPDF, or the system Chromium's page.pdf). */
  print(html: string, sheet: { widthMm: number; heightMm: number }): Promise<Uint8Array>;
  /** The archive's photos; without them, photo boxes print empty. */
  photos: Photos | null;
  /** Every page 黑白, whatever the plan says (`copydesk pdf --grey`). */
  forceMono?: boolean;
}

/** The key of a photo box's print picture: the picture, its crop and its printed size. */
const boxKey = (box: PhotoBox, ink: PageInk) =>
  `${box.photo.hash}:${box.crop.x},${box.crop.y},${box.crop.w},${box.crop.h}:${box.widthMm}x${box.heightMm}:${ink}`;

/**
 * Prints pages to a PDF a newspaper plant accepts: each photo box gets its
 * crop of the original at no more than 300 ppi (greyscale on a 黑白 page),
 * the pages are printed by Chromium with the bundled TrueType-outline fonts
 * (CID TrueType subsets), and the PDF is then rewritten so text and rules
 * use black ink only and a 黑白 page no C, M or Y at all (plant-pdf.ts).
 */
export async function pagesPdf(
  pages: readonly PrintPage[],
  options: PagePdfOptions,
): Promise<{ pdf: Uint8Array; inks: PageInk[]; report: PlantReport }> {
  const inks = pages.map((page) => (options.forceMono ? 'mono' : (page.ink ?? page.preset.ink)));
  const pictures = new Map<string, BoxPicture>();
  if (options.photos) {
    for (const [s, page] of pages.entries())
      for (const module of page.modules)
        for (const box of photoBoxes(module.content, { span: module.span, photos: module.photos }, page.preset)) {
          const key = boxKey(box, inks[s]!);
          if (pictures.has(key)) continue;
          try {
            const jpeg = await options.photos.printRendition(box.photo.hash, box.crop, box, inks[s] === 'mono');
            pictures.set(key, { src: jpegDataUrl(jpeg), cropped: true });
          } catch (error) {
            throw new CopydeskError(
              (error as CopydeskError).code ?? 'INTERNAL',
              `第${page.folio.pageNumber}版《${module.content.title}》的图片无法印出：${(error as Error).message}`,
            );
          }
        }
  }
  const html = renderPages(pages, options.fontCss, {
    bleed: options.bleed,
    sizes: options.sizes,
    pictureOf: (box, sheet) => pictures.get(boxKey(box, inks[sheet]!)) ?? null,
  });
  const raw = await options.print(html, sheetSizeMm(pages[0]!.preset, options.bleed));
  const { pdf, report } = await plantReadyPdf(raw, (index) => inks[index] === 'mono');
  return { pdf, inks, report };
}
