import exifr from 'exifr';
import { MAX_CAPTION_CHARS, MAX_CREDIT_CHARS, type PhotoMetadata } from '../../shared/model/photo';
import { isoDate, todayIso } from '../../shared/model/date';

/** What exifr hands back with mergeOutput: every tag by name, values revived. */
type Tags = Record<string, unknown>;

/**
 * Text a camera or phone wrote as UTF-8 into a tag that exifr read as Latin-1
 * (EXIF ImageDescription and Artist are ASCII by the standard; Chinese phones
 * and agencies write UTF-8 there): decoded again when that makes valid UTF-8.
 */
export function repairUtf8(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || [...text].some((c) => c.charCodeAt(0) > 0xff)) return text;
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

/** Descriptions cameras write by themselves, which say nothing of the picture. */
const CAMERA_FILLER =
  /^(|OLYMPUS DIGITAL CAMERA|SONY DSC|DCIM.*|default|Default|Image|image|Picture|Screenshot|Photo)$/;

/** A tag's text: strings as they are, XMP language alternatives by their value, lists joined. */
function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return repairUtf8(value).replaceAll('\u0000', '').trim() || null;
  if (Array.isArray(value)) {
    const parts = value.map(text).filter((part): part is string => part !== null);
    return parts.length > 0 ? parts.join('、') : null;
  }
  if (typeof value === 'object' && 'value' in value) return text((value as { value: unknown }).value);
  return null;
}

function first(tags: Tags, names: readonly string[]): string | null {
  for (const name of names) {
    const found = text(tags[name]);
    if (found !== null) return found;
  }
  return null;
}

/** The day a Date or an EXIF/IPTC date string names, as YYYY-MM-DD, or null. */
function day(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return todayIso(value);
  if (typeof value === 'string') {
    const match = /^(\d{4})[-:]?(\d{2})[-:]?(\d{2})/.exec(value.trim());
    if (match && match[1] !== '0000') return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  }
  return null;
}

/**
 * What a picture's IPTC, XMP and EXIF say of it, to prefill its caption,
 * credit, date and place. Unreadable metadata is no reason to refuse a
 * picture: it only leaves the fields empty.
 */
export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata & { iccName: string | null }> {
  let tags: Tags;
  try {
    tags =
      ((await exifr.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
        tiff: true,
        exif: true,
        iptc: true,
        xmp: true,
        icc: true,
        gps: false,
        interop: false,
        mergeOutput: true,
        translateValues: true,
        reviveValues: true,
      })) as Tags | undefined) ?? {};
  } catch {
    tags = {};
  }
  const caption = first(tags, ['Caption', 'description', 'ImageDescription', 'Headline', 'title', 'ObjectName']);
  const credit = first(tags, ['Byline', 'creator', 'Artist', 'Creator', 'Credit']);
  const place = [first(tags, ['City', 'city']), first(tags, ['Sublocation', 'Location', 'location'])]
    .filter((part): part is string => part !== null)
    .join(' ');
  return {
    caption: caption !== null && !CAMERA_FILLER.test(caption) ? caption.slice(0, MAX_CAPTION_CHARS) : null,
    credit: credit !== null ? credit.slice(0, MAX_CREDIT_CHARS) : null,
    date: day(tags.DateTimeOriginal) ?? day(tags.DateCreated) ?? day(tags.CreateDate) ?? null,
    place: place ? place.slice(0, 200) : null,
    iccName: first(tags, ['ProfileDescription', 'Description'])?.slice(0, 200) ?? null,
  };
}
