import { createHash } from 'node:crypto';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { CopydeskError } from '../../shared/ipc/result';
import {
  MAX_PHOTO_BYTES,
  MAX_PHOTO_PIXELS,
  PHOTO_RENDITIONS,
  PPI_PRINT_MAX,
  type AddedPhoto,
  type PhotoFormat,
  type PhotoInfo,
  type PhotoRendition,
  photoHashes,
} from '../../shared/model/photo';
import type { PhotoStore } from '../store/photo-store';
import type { Crop } from '../../shared/layout/photo-boxes';
import { readPhotoMetadata } from './photo-metadata';
import type { Handlers } from '../../shared/ipc/contract';
import type { PhotoChannels } from '../../shared/ipc/photo-contract';

// sharp keeps decoded tiles in a cache of its own; the desk decodes each
// original once per rendition, so a small cache is enough and keeps memory flat.
sharp.cache({ memory: 64, files: 0, items: 20 });

const FORMATS_WE_TAKE = 'JPEG、PNG、TIFF 或 WebP';

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/**
 * The format of a picture file from its first bytes, or a refusal in Chinese
 * that says why: empty, too large, HEIC (phones' default, not supported),
 * SVG (can carry scripts), GIF or BMP, or not a picture at all. Nothing is
 * decoded before this passes.
 */
export function sniffPhoto(bytes: Uint8Array): PhotoFormat {
  if (bytes.length === 0)
    throw new CopydeskError('INVALID_INPUT', '图片文件是空的（0 字节），请重新拷贝或导出后再插入。');
  if (bytes.length > MAX_PHOTO_BYTES)
    throw new CopydeskError(
      'TOO_LARGE',
      `图片文件太大（${(bytes.length / 1024 / 1024).toFixed(0)} MB），单张图片最多 ${MAX_PHOTO_BYTES / 1024 / 1024} MB。`,
    );
  const b = bytes;
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (ascii(b, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a) || (b[0] === 0x4d && b[1] === 0x4d && b[3] === 0x2a))
    return 'tiff';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  if (ascii(b, 4, 8) === 'ftyp') {
    const brand = ascii(b, 8, 12);
    if (/^(avif|avis)$/.test(brand))
      throw new CopydeskError('INVALID_INPUT', `不支持 AVIF 图片，请导出为 ${FORMATS_WE_TAKE} 后再插入。`);
    throw new CopydeskError(
      'INVALID_INPUT',
      `不支持 HEIC/HEIF 图片（苹果等手机的默认格式）。请在手机上把相机格式设为“兼容性最佳”，或导出为 JPEG 后再插入。`,
    );
  }
  const head = new TextDecoder('utf-8')
    .decode(b.subarray(0, 2048))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^<(\?xml|svg|!DOCTYPE svg|!--)/i.test(head) || /<svg[\s>]/i.test(head))
    throw new CopydeskError(
      'INVALID_INPUT',
      `不接受 SVG 图片：SVG 文件里可以带脚本，不安全。请导出为 ${FORMATS_WE_TAKE} 后再插入。`,
    );
  if (ascii(b, 0, 4) === 'GIF8')
    throw new CopydeskError('INVALID_INPUT', `不支持 GIF 动图，请导出为 ${FORMATS_WE_TAKE}。`);
  if (ascii(b, 0, 2) === 'BM')
    throw new CopydeskError('INVALID_INPUT', `不支持 BMP 图片，请导出为 ${FORMATS_WE_TAKE}。`);
  throw new CopydeskError('INVALID_INPUT', `无法识别这个文件：它不是 ${FORMATS_WE_TAKE} 图片，或者已经损坏。`);
}

const DAMAGED = '图片文件已损坏或不完整（可能没有拷贝完），无法读取。请重新拷贝原图后再插入。';

/** A sharp pipeline over an original: refuses pictures over the pixel limit from the header, fails on damaged data, applies EXIF orientation. */
function open(bytes: Uint8Array): Sharp {
  return sharp(bytes, {
    failOn: 'warning',
    limitInputPixels: MAX_PHOTO_PIXELS,
    autoOrient: true,
    sequentialRead: true,
  });
}

/** Maps sharp's (English, libvips) errors to the desk's Chinese ones. */
function decodeError(error: unknown): CopydeskError {
  if (error instanceof CopydeskError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message))
    return new CopydeskError(
      'TOO_LARGE',
      `图片像素过多，最多 ${MAX_PHOTO_PIXELS / 1_000_000} 百万像素。请缩小后再插入。`,
    );
  return new CopydeskError('INVALID_INPUT', DAMAGED);
}

/** A JPEG rendition, sRGB, at most `edge` pixels on its longest side. */
async function renditionOf(pipeline: Sharp, edge: number): Promise<Buffer> {
  return pipeline
    .resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb')
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: false })
    .toBuffer();
}

/**
 * Photos from camera to page: checking and adding pictures to the archive,
 * and the renditions the editor, the planner and the page PDF show.
 */
export class Photos {
  constructor(
    private readonly store: PhotoStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Checks a picture file and adds it to the archive (once, by its hash):
   * the format from its first bytes, the pixel count from its header before
   * anything is decoded, then one full decode that makes the editor's view
   * (a damaged or truncated file fails here, before anything is stored).
   * Returns its record and what its metadata says, to prefill the fields.
   */
  async add(bytes: Uint8Array): Promise<AddedPhoto> {
    const format = sniffPhoto(bytes);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const stored = await this.store.record(hash);
    if (stored) {
      const again = await this.store.put(stored.info, stored.metadata, bytes, this.now());
      return { info: again.info, metadata: again.metadata };
    }
    let meta: Metadata;
    try {
      meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    } catch (error) {
      throw decodeError(error);
    }
    if (meta.format !== format) throw new CopydeskError('INVALID_INPUT', DAMAGED);
    const rawWidth = meta.width ?? 0;
    const rawHeight = meta.height ?? 0;
    if (rawWidth * rawHeight > MAX_PHOTO_PIXELS)
      throw new CopydeskError(
        'TOO_LARGE',
        `图片像素过多（${rawWidth}×${rawHeight}，约 ${Math.round((rawWidth * rawHeight) / 1_000_000)} 百万像素），最多 ${MAX_PHOTO_PIXELS / 1_000_000} 百万像素。请缩小后再插入。`,
      );
    if (rawWidth === 0 || rawHeight === 0) throw new CopydeskError('INVALID_INPUT', DAMAGED);
    const turned = (meta.orientation ?? 1) >= 5;
    let view: Buffer;
    try {
      view = await renditionOf(open(bytes), PHOTO_RENDITIONS.view);
    } catch (error) {
      throw decodeError(error);
    }
    const thumb = await renditionOf(sharp(view), PHOTO_RENDITIONS.thumb);
    const found = await readPhotoMetadata(bytes);
    const info: PhotoInfo = {
      hash,
      format,
      bytes: bytes.length,
      width: turned ? rawHeight : rawWidth,
      height: turned ? rawWidth : rawHeight,
      space: String(meta.space ?? 'srgb').slice(0, 20),
      icc: meta.icc ? (found.iccName ?? '已嵌入') : null,
      alpha: meta.hasAlpha ?? false,
    };
    const { iccName: _icc, ...metadata } = found;
    void _icc;
    const record = await this.store.put(info, metadata, bytes, this.now());
    await this.store.rendition(hash, 'view', async () => view);
    await this.store.rendition(hash, 'thumb', async () => thumb);
    return { info: record.info, metadata: record.metadata };
  }

  /** Removes originals nothing refers to any more (after 清空回收站); returns how many. */
  async collect(): Promise<number> {
    return this.store.collectUnreferenced(this.now());
  }

  /**
   * Refuses content whose photos are not all stored here (a hash typed by
   * hand, or a picture whose original was lost), so that no report is saved
   * with a picture that cannot be shown or printed.
   */
  async requireStored(body: readonly { type: string }[]): Promise<void> {
    for (const hash of photoHashes(body))
      if (!(await this.store.record(hash)))
        throw new CopydeskError(
          'NOT_FOUND',
          `稿件中的一张图片（${hash.slice(0, 12)}）在本机找不到原图，请重新插入这张图片。`,
        );
  }

  /** A stored original's bytes, as they arrived, with its record. */
  async original(hash: string): Promise<{ info: PhotoInfo; bytes: Buffer }> {
    return this.store.original(hash);
  }

  /** A stored picture's record. */
  async info(hash: string): Promise<PhotoInfo> {
    return this.store.info(hash);
  }

  /**
   * The picture a photo box prints: the crop of the original (orientation
   * applied), colour-managed to sRGB or, for a 黑白 page, to greyscale, at
   * most 300 ppi at the box's printed size (never enlarged), as a JPEG.
   * Cached by crop, size and ink.
   */
  async printRendition(
    hash: string,
    crop: Crop,
    box: { widthMm: number; heightMm: number },
    grey: boolean,
  ): Promise<Buffer> {
    const info = await this.store.info(hash);
    const region = {
      left: Math.min(info.width - 1, Math.max(0, Math.round(crop.x * info.width))),
      top: Math.min(info.height - 1, Math.max(0, Math.round(crop.y * info.height))),
      width: 0,
      height: 0,
    };
    region.width = Math.max(1, Math.min(info.width - region.left, Math.round(crop.w * info.width)));
    region.height = Math.max(1, Math.min(info.height - region.top, Math.round(crop.h * info.height)));
    const width = Math.max(1, Math.min(region.width, Math.round((box.widthMm / 25.4) * PPI_PRINT_MAX)));
    const height = Math.max(1, Math.min(region.height, Math.round((box.heightMm / 25.4) * PPI_PRINT_MAX)));
    const key = `p-${region.left}-${region.top}-${region.width}-${region.height}-${width}x${height}-${grey ? 'k' : 'c'}`;
    return this.store.rendition(hash, key, async () => {
      const { bytes } = await this.store.original(hash);
      try {
        // Extract before resize: the crop is cut from the original (oriented), then scaled.
        return await open(bytes)
          .extract(region)
          .resize({ width, height, fit: 'fill' })
          .toColourspace(grey ? 'b-w' : 'srgb')
          .flatten({ background: '#ffffff' })
          .jpeg({ quality: 88, chromaSubsampling: '4:4:4' })
          .toBuffer();
      } catch (error) {
        throw decodeError(error);
      }
    });
  }

  /** A rendition (JPEG) of a stored picture, made from the original when not cached. */
  async rendition(hash: string, name: PhotoRendition): Promise<Buffer> {
    return this.store.rendition(hash, name, async () => {
      const { bytes } = await this.store.original(hash);
      return renditionOf(open(bytes), PHOTO_RENDITIONS[name]).catch((error: unknown) => {
        throw decodeError(error);
      });
    });
  }
}

/** A JPEG rendition as a `data:` URL, as the renderer, the HTML export and the print pages take pictures. */
export function jpegDataUrl(jpeg: Buffer): string {
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

/** The photo channels over the archive's photos. */
export function photoHandlers(photos: Photos): Pick<Handlers, PhotoChannels> {
  return {
    'photos.add': async ({ data }) => photos.add(Buffer.from(data, 'base64')),
    'photos.info': async ({ hash }) => photos.info(hash),
    'photos.rendition': async ({ hash, rendition }) => ({
      url: jpegDataUrl(await photos.rendition(hash, rendition)),
    }),
  };
}
