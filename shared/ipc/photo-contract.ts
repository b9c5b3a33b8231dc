import { z } from 'zod';
import { base64Length } from '../model/limits';
import { AddedPhotoSchema, MAX_PHOTO_BYTES, PhotoHashSchema, PhotoInfoSchema } from '../model/photo';

/** Declares one channel: the schema of what goes in and of what comes back. */
function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

/** The photo channels: adding a picture to the archive and reading back what the editor and planner show. */
export const photoContract = {
  /**
   * Adds a picture (JPEG, PNG, TIFF or WebP, base64) to the archive, once by
   * its hash: checked from its header before anything is decoded, refused
   * with a Chinese message when empty, damaged, too large, HEIC or SVG.
   * Returns its record and what its metadata says (caption, credit, date,
   * place) to prefill the photo's fields.
   */
  'photos.add': channel(
    z.object({
      data: z
        .string()
        .max(base64Length(MAX_PHOTO_BYTES), `图片文件太大，单张图片最多 ${MAX_PHOTO_BYTES / 1024 / 1024} MB`),
    }),
    AddedPhotoSchema,
  ),
  /** A stored picture's record: format, size in pixels, colour space, ICC profile. */
  'photos.info': channel(z.object({ hash: PhotoHashSchema }), PhotoInfoSchema),
  /**
   * A rendition of a stored picture as a `data:image/jpeg` URL, sRGB with
   * EXIF orientation applied: `thumb` (220 px) for lists, `view` (1000 px)
   * for the editor and the planner.
   */
  'photos.rendition': channel(
    z.object({ hash: PhotoHashSchema, rendition: z.enum(['thumb', 'view']) }),
    z.object({ url: z.string() }),
  ),
};

/** The photo channels' names. */
export type PhotoChannels = keyof typeof photoContract;
