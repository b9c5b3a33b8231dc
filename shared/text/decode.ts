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
