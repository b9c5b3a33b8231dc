/** Why a file could not be read as text. */
export class TextDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TextDecodeError';
  }
}

/**
 * Decodes a text file the way newsroom files arrive: UTF-8 (with or without
 * BOM), UTF-16 with BOM, or GB18030/GBK (from older Windows tools). Binary
 * files (a NUL byte in UTF-8 text, or bytes valid in no encoding) are refused.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const decoded = decodeBytes(bytes);
  if (!isPlausibleText(decoded.text))
    throw new TextDecodeError('这不是文本文件（内容像是二进制数据或乱码）。请选择 .txt 文本文件。');
  return decoded;
}

function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new TextDecodeError('这不是文本文件（含有二进制内容）。请选择 .txt 文本文件。');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(body), encoding: 'GB18030' };
    } catch {
      throw new TextDecodeError('无法识别文件的文字编码（支持 UTF-8、UTF-16、GB18030/GBK）。');
    }
  }
}

/** Characters of the scripts newsroom copy is written in (Chinese, with Latin, Greek, Cyrillic, Japanese and Korean names and terms). */
const NEWSROOM_SCRIPTS =
  /[\p{Script=Han}\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\p{Script=Hangul}]/u;

/** Control, private-use, unassigned and surrogate code points, and the replacement character (tab and line breaks aside). */
const NOT_TEXT = /[\p{Co}\p{Cn}\p{Cs}\uFFFD]|(?![\t\n\v\f\r])\p{Cc}/u;

/** Share of unlikely characters above which decoded bytes are taken for binary data (random bytes read as UTF-16 give about 28%). */
const MAX_UNLIKELY_SHARE = 0.1;

/**
 * True when decoded text looks like text: at most a tenth of its characters
 * (of a sample of up to 100,000 from its start, middle and end) are control,
 * private-use or unassigned code points or belong to scripts no newsroom copy
 * uses. Random bytes behind a UTF-16 byte-order mark decode without error but
 * fail this.
 */
export function isPlausibleText(text: string): boolean {
  const third = 33_000;
  const sample =
    text.length <= 3 * third
      ? text
      : text.slice(0, third) + text.slice(text.length / 2, text.length / 2 + third) + text.slice(-third);
  let total = 0;
  let unlikely = 0;
  for (const ch of sample) {
    total++;
    if (NOT_TEXT.test(ch) || !NEWSROOM_SCRIPTS.test(ch)) unlikely++;
  }
  return total === 0 || unlikely / total <= MAX_UNLIKELY_SHARE;
}
