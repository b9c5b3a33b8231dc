import { z } from 'zod';
import '../ipc/zod-messages';
import type { PhotoBlock } from './article';

/**
 * Photos (图片): what the archive keeps of a picture and how a report refers
 * to it. The original is stored unchanged, named by the SHA-256 of its bytes,
 * so a picture used twice is stored once and a reference never goes stale.
 */

/** Picture formats the desk accepts, as sharp names them. */
export const PHOTO_FORMATS = ['jpeg', 'png', 'tiff', 'webp'] as const;

/** A picture format. */
export type PhotoFormat = (typeof PHOTO_FORMATS)[number];

/** The file extension each format is stored with. */
export const PHOTO_EXTENSIONS: Record<PhotoFormat, string> = { jpeg: 'jpg', png: 'png', tiff: 'tif', webp: 'webp' };

/** Largest picture file accepted, in bytes (an uncompressed 24-megapixel TIFF is about 72 MB). */
export const MAX_PHOTO_BYTES = 100 * 1024 * 1024;

/** Most pixels a picture may have; larger ones are refused from their header, before any decoding. */
export const MAX_PHOTO_PIXELS = 100_000_000;

/** Below this effective resolution (pixels per inch at the printed size) a picture prints soft on newsprint: a warning. */
export const PPI_WARNING = 170;

/** Below this effective resolution a picture is not fit to print: an error. */
export const PPI_ERROR = 100;

/** Pictures are downsampled to this resolution at their printed size for the page PDF. */
export const PPI_PRINT_MAX = 300;

/** The longest edge, in pixels, of each rendition made from an original: lists, the editor and planner, Word and web exports. */
export const PHOTO_RENDITIONS = { thumb: 220, view: 1000, base: 1400 } as const;

/** A rendition's name. */
export type PhotoRendition = keyof typeof PHOTO_RENDITIONS;

/** Longest 图片说明 accepted, in characters. */
export const MAX_CAPTION_CHARS = 1000;

/** Longest credit (本报记者 张三 摄) accepted, in characters. */
export const MAX_CREDIT_CHARS = 60;

/** A stored original's name: the SHA-256 of its bytes, in lower-case hex. */
export const PhotoHashSchema = z.string().regex(/^[0-9a-f]{64}$/, '图片编号无效');

/**
 * What the archive records of a stored original: its format and byte size,
 * its size in pixels as displayed (EXIF orientation applied), its colour
 * space (srgb, cmyk, b-w…), the description of its ICC profile when it has
 * one, and whether it has an alpha channel.
 */
export const PhotoInfoSchema = z.object({
  hash: PhotoHashSchema,
  format: z.enum(PHOTO_FORMATS),
  bytes: z.number().int().positive(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  space: z.string().max(20),
  icc: z.string().max(200).nullable(),
  alpha: z.boolean(),
});

/** A stored original's record. */
export type PhotoInfo = z.infer<typeof PhotoInfoSchema>;

/**
 * What a picture's embedded metadata (IPTC, XMP, EXIF) says, to prefill the
 * photo's fields: caption, credit (the photographer), the day it was taken
 * (YYYY-MM-DD) and the place; each null when the picture does not say.
 */
export const PhotoMetadataSchema = z.object({
  caption: z.string().max(MAX_CAPTION_CHARS).nullable(),
  credit: z.string().max(MAX_CREDIT_CHARS).nullable(),
  date: z.string().nullable(),
  place: z.string().max(200).nullable(),
});

/** Embedded metadata of a picture. */
export type PhotoMetadata = z.infer<typeof PhotoMetadataSchema>;

/** A picture just added to the archive: its record and what its metadata says. */
export const AddedPhotoSchema = z.object({ info: PhotoInfoSchema, metadata: PhotoMetadataSchema });

/** A picture just added. */
export type AddedPhoto = z.infer<typeof AddedPhotoSchema>;

/** The ppi a picture of `pixels` (along one edge) has when printed `mm` long. */
export function effectivePpi(pixels: number, mm: number): number {
  if (mm <= 0) return Infinity;
  return pixels / (mm / 25.4);
}

/** How fit a resolution is to print: fine, soft (warning) or unfit (error). */
export function ppiLevel(ppi: number): 'ok' | 'warning' | 'error' {
  if (ppi < PPI_ERROR) return 'error';
  if (ppi < PPI_WARNING) return 'warning';
  return 'ok';
}

/** The Chinese words for a resolution's fitness, as the planner and the editor show it. */
export function ppiMessage(ppi: number): string {
  const shown = Math.round(ppi);
  switch (ppiLevel(ppi)) {
    case 'error':
      return `图片精度仅 ${shown} ppi，低于 ${PPI_ERROR} ppi，印出会模糊，请换用原图或缩小图框。`;
    case 'warning':
      return `图片精度 ${shown} ppi，低于 ${PPI_WARNING} ppi，印在新闻纸上会发虚。`;
    default:
      return `图片精度 ${shown} ppi。`;
  }
}

/**
 * The credit as the house prints it for a photographer of the paper's own
 * (`本报记者 张三 摄`), a correspondent (`通讯员 李四 摄`) or anyone else
 * (`王五 摄`). A credit that already ends in 摄 or 发, or names a source
 * (资料图片, 新华社发), is kept as written.
 */
export function creditFor(name: string, role: 'reporter' | 'correspondent' | 'other' = 'other'): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed === '' || /(摄|发|图片|供图|提供)$/.test(trimmed)) return trimmed;
  const prefix = role === 'reporter' ? '本报记者 ' : role === 'correspondent' ? '通讯员 ' : '';
  return `${prefix}${trimmed} 摄`;
}

/** The line house-format text prints where a photo stands: `[图片] 图片说明（摄影）`. */
export function photoTextLine(caption: string, credit: string): string {
  const c = caption.trim();
  const by = credit.trim();
  return `[图片] ${c}${by ? `（${by}）` : ''}`.trimEnd();
}

/** A new photo block showing a stored picture, with its caption and credit. */
export function photoBlock(
  info: Pick<PhotoInfo, 'hash' | 'format' | 'width' | 'height'>,
  caption: string,
  credit: string,
): PhotoBlock {
  return {
    type: 'photo',
    hash: info.hash,
    format: info.format,
    width: info.width,
    height: info.height,
    credit: credit.trim().slice(0, MAX_CREDIT_CHARS),
    children: [{ text: caption.trim().slice(0, MAX_CAPTION_CHARS) }],
  };
}

/** True when a body block is a photo. */
export function isPhotoBlock(block: { type: string }): block is PhotoBlock {
  return block.type === 'photo';
}

/** The distinct pictures the photos of one or more bodies show, by hash, in order of first showing. */
export function photoHashes(...bodies: ReadonlyArray<readonly { type: string }[]>): string[] {
  return [...new Set(bodies.flatMap((body) => body.filter(isPhotoBlock).map((block) => block.hash)))];
}

/** The photos of a body, in order, with their captions as text. */
export function bodyPhotos(body: readonly { type: string }[]): Array<PhotoBlock & { caption: string }> {
  return body
    .filter(isPhotoBlock)
    .map((block) => ({ ...block, caption: block.children.map((leaf) => leaf.text).join('') }));
}

/**
 * The caption a new photo starts with: the picture's own caption when it has
 * one; else, when it says when and where it was taken, that as the caption's
 * opening (`3月17日，平顶山`), for the editor to go on from; else nothing.
 */
export function prefilledCaption(metadata: PhotoMetadata): string {
  if (metadata.caption) return metadata.caption;
  const day = metadata.date ? /^\d{4}-(\d{2})-(\d{2})$/.exec(metadata.date) : null;
  const when = day ? `${Number(day[1])}月${Number(day[2])}日` : '';
  return [when, metadata.place ?? ''].filter(Boolean).join('，');
}
