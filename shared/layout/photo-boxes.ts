import { z } from 'zod';
import type { ArticleContent, PhotoBlock } from '../model/article';
import { bodyPhotos, effectivePpi, PhotoHashSchema } from '../model/photo';
import { paragraphLines } from './copyfit';
import { datelinePrefix } from '../format/house-text';
import { charsWidthMm, MM_PER_PT, moduleChars, type PagePreset } from './presets';

/** A crop of a picture, as fractions of its width and height: the part that prints. */
export const CropSchema = z
  .object({
    x: z.number().min(0).max(1),
    y: z.number().min(0).max(1),
    w: z.number().min(0.02).max(1),
    h: z.number().min(0.02).max(1),
  })
  .refine((c) => c.x + c.w <= 1 + 1e-6 && c.y + c.h <= 1 + 1e-6, '裁切范围超出了图片');

/** A crop value. */
export type Crop = z.infer<typeof CropSchema>;

/**
 * How one photo of a placed report prints: its box on the module's grid
 * (`columns` of the module's columns wide, `lines` body lines tall) and the
 * part of the picture that fills it. Kept with the placement, so the original
 * and the report are never changed by a crop.
 */
export const PhotoPlacementSchema = z.object({
  hash: PhotoHashSchema,
  columns: z.number().int().min(1).max(12),
  lines: z.number().int().min(2).max(400),
  /** The part of the picture shown; null: the largest part of the box's shape around the middle. */
  crop: CropSchema.nullable(),
});

/** A photo's placement. */
export type PhotoPlacement = z.infer<typeof PhotoPlacementSchema>;

/** Most body lines a photo box gets by default: a photo never takes a whole module by itself. */
const DEFAULT_MAX_LINES = 40;

/** A photo as it prints in a module: the block, its box in millimetres and lines, its crop and effective resolution. */
export interface PhotoBox {
  photo: PhotoBlock & { caption: string };
  /** Index among the article's photos. */
  index: number;
  columns: number;
  lines: number;
  /** Lines the caption and credit take under the box, at the box's width. */
  captionLines: number;
  /** The dateline that opens this caption: a 图片新闻's (no text paragraph to open), else empty. */
  dateline: string;
  widthMm: number;
  heightMm: number;
  crop: Crop;
  /** Pixels per inch the picture prints at in the box (the smaller of the two directions). */
  ppi: number;
  /** True when the placement set this box; false when it is the default. */
  placed: boolean;
}

/** The height of one body line in millimetres. */
export function lineMm(preset: Pick<PagePreset, 'bodyPt' | 'lineHeight'>): number {
  return preset.bodyPt * preset.lineHeight * MM_PER_PT;
}

/** The width in millimetres of `columns` columns of the grid, gutters between them included. */
export function columnsWidthMm(preset: Pick<PagePreset, 'bodyPt' | 'charsPerColumn'>, columns: number): number {
  return charsWidthMm(preset, moduleChars(preset, columns));
}

/**
 * The largest part of a picture with the box's shape, centred on `focus`
 * (fractions; the middle by default): what fills a box when no crop is set.
 */
export function coverCrop(
  photo: Pick<PhotoBlock, 'width' | 'height'>,
  boxAspect: number,
  focus = { x: 0.5, y: 0.5 },
): Crop {
  const photoAspect = photo.width / photo.height;
  const w = photoAspect > boxAspect ? boxAspect / photoAspect : 1;
  const h = photoAspect > boxAspect ? 1 : photoAspect / boxAspect;
  const clamp = (v: number, size: number) => Math.min(1 - size, Math.max(0, v - size / 2));
  return { x: clamp(focus.x, w), y: clamp(focus.y, h), w, h };
}

/** The default box of a photo in a module `span` columns wide: the whole width, as tall as the picture's shape asks. */
export function defaultPhotoPlacement(
  photo: Pick<PhotoBlock, 'hash' | 'width' | 'height'>,
  span: number,
  preset: PagePreset,
): PhotoPlacement {
  const heightMm = (columnsWidthMm(preset, span) * photo.height) / photo.width;
  const lines = Math.min(DEFAULT_MAX_LINES, Math.max(2, Math.round(heightMm / lineMm(preset))));
  return { hash: photo.hash, columns: span, lines, crop: null };
}

/**
 * The boxes the photos of a placed report take, in their order in the
 * report: each photo's placement (the first unused one with its hash), else
 * its default box; a box never wider than the module. The caption and
 * credit are set under the box at its width.
 */
export function photoBoxes(
  content: Pick<ArticleContent, 'body'> & { dateline?: ArticleContent['dateline'] },
  placement: { span: number; photos?: readonly PhotoPlacement[] },
  preset: PagePreset,
): PhotoBox[] {
  const unused = [...(placement.photos ?? [])];
  // A 图片新闻 (photos and no text paragraph): its first caption opens with the dateline.
  const opensWithPhoto = content.dateline && !content.body.some((block) => block.type === 'paragraph');
  return bodyPhotos(content.body).map((photo, index) => {
    const dateline = opensWithPhoto && index === 0 ? datelinePrefix(content.dateline!) : '';
    const at = unused.findIndex((p) => p.hash === photo.hash);
    const set = at >= 0 ? unused.splice(at, 1)[0]! : null;
    const chosen = set ?? defaultPhotoPlacement(photo, placement.span, preset);
    const columns = Math.min(chosen.columns, placement.span);
    const widthMm = columnsWidthMm(preset, columns);
    const heightMm = chosen.lines * lineMm(preset);
    const crop = chosen.crop ?? coverCrop(photo, widthMm / heightMm);
    const captionText = dateline + photo.caption + (photo.credit ? `（${photo.credit}）` : '');
    const captionLines = captionText.trim() ? paragraphLines(captionText, moduleChars(preset, columns), 0) : 0;
    const ppi = Math.min(effectivePpi(crop.w * photo.width, widthMm), effectivePpi(crop.h * photo.height, heightMm));
    return {
      photo,
      index,
      columns,
      lines: chosen.lines,
      captionLines,
      dateline,
      widthMm,
      heightMm,
      crop,
      ppi,
      placed: set !== null,
    };
  });
}

/**
 * Body lines the photos of a report take from each column of its module: a
 * box and its caption take rows across the whole module (the text starts
 * under them), so every column loses them.
 */
export function photoRows(boxes: readonly PhotoBox[]): number {
  return boxes.reduce((sum, box) => sum + box.lines + box.captionLines, 0);
}

/** How a crop is adjusted in the planner: 放大 (1 = the whole box's shape of the picture) and the centre it keeps. */
export interface CropControls {
  zoom: number;
  focus: { x: number; y: number };
}

/** The crop for the planner's controls: the cover crop for the box's shape, `zoom` times closer, centred on `focus` (kept inside the picture). */
export function zoomCrop(photo: Pick<PhotoBlock, 'width' | 'height'>, boxAspect: number, controls: CropControls): Crop {
  const base = coverCrop(photo, boxAspect);
  const zoom = Math.max(1, controls.zoom);
  const w = base.w / zoom;
  const h = base.h / zoom;
  const clamp = (v: number, size: number) => Math.min(1 - size, Math.max(0, v - size / 2));
  return { x: clamp(controls.focus.x, w), y: clamp(controls.focus.y, h), w, h };
}

/** The planner's controls that give a crop (its zoom against the cover crop, and its centre). */
export function cropControls(photo: Pick<PhotoBlock, 'width' | 'height'>, boxAspect: number, crop: Crop): CropControls {
  const base = coverCrop(photo, boxAspect);
  return {
    zoom: Math.max(1, Math.round((base.w / crop.w) * 100) / 100),
    focus: { x: crop.x + crop.w / 2, y: crop.y + crop.h / 2 },
  };
}
