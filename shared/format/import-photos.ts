import type { PhotoBlock } from '../model/article';
import { PHOTO_FORMATS, type PhotoFormat } from '../model/photo';

/**
 * Pictures in imported copy. A Word file's pictures are added to the archive
 * when it is read; each then stands in the HTML as `<img src="photo:…">` and
 * in the import's source lines as a photo line, which the report parser keeps
 * as a photo block with the caption line under it.
 */

/** The start of an imported picture's src: `photo:HASH:FORMAT:WIDTHxHEIGHT`. */
export const PHOTO_SRC = 'photo:';

/** What a photo line carries: the stored picture. */
export type PhotoRef = Pick<PhotoBlock, 'hash' | 'format' | 'width' | 'height'>;

/** The picture an imported `photo:` src names, or null when it is not one. */
export function parsePhotoSrc(src: string): PhotoRef | null {
  const match = /^photo:([0-9a-f]{64}):([a-z]+):(\d{1,6})x(\d{1,6})$/.exec(src);
  if (!match || !(PHOTO_FORMATS as readonly string[]).includes(match[2]!)) return null;
  const width = Number(match[3]);
  const height = Number(match[4]);
  if (width < 1 || height < 1) return null;
  return { hash: match[1]!, format: match[2] as PhotoFormat, width, height };
}

/**
 * A caption's text and its credit, when the credit ends it: `（本报记者 张三 摄）`,
 * `(李四摄)`, ` 王五/图`, `记者 赵六 摄`, `新华社发`. The credit comes back
 * without its brackets; a caption with none gives an empty credit.
 */
export function splitCaptionCredit(text: string): { caption: string; credit: string } {
  const trimmed = text.trim().replace(/^[▲△■●]\s*/u, '');
  const bracketed = /[（(]([^（）()]{1,40}?(?:摄|供图|\/图|发|资料图片?))[)）]$/u.exec(trimmed);
  if (bracketed)
    return { caption: trimmed.slice(0, bracketed.index).trim(), credit: bracketed[1]!.trim().replace(/\/图$/u, ' 摄') };
  const bare = /(?:^|[。！？\s])((?:本报记者|记者|通讯员|特约记者)?\s*[\p{Script=Han}·]{2,8}\s*(?:摄|\/图))$/u.exec(
    trimmed,
  );
  if (bare) {
    const credit = bare[1]!.trim();
    return {
      caption: trimmed.slice(0, trimmed.length - credit.length).trim(),
      credit: credit.replace(/\s*\/图$/u, ' 摄'),
    };
  }
  return { caption: trimmed, credit: '' };
}
