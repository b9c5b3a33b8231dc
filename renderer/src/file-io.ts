import { decodeText } from '../../shared/text/decode';
import { MAX_CSV_BYTES } from '../../shared/model/limits';

/** Offers a blob to the user as a file download (works in Electron and in the browser). */
function offer(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers text as a file download. */
export function downloadText(fileName: string, text: string, type = 'text/plain;charset=utf-8'): void {
  offer(fileName, new Blob([text], { type }));
}

/** Offers a CSV file (for Excel or WPS) as a download. */
export function downloadCsv(fileName: string, text: string): void {
  downloadText(fileName, text, 'text/csv;charset=utf-8');
}

/**
 * The text of a file the user chose (UTF-8, UTF-16 or GB18030, detected),
 * refused with `tooLarge(size in MB)` when it is over `maxBytes`.
 */
export async function readTextFile(file: File, maxBytes: number, tooLarge: (mb: number) => string): Promise<string> {
  if (file.size > maxBytes) throw new Error(tooLarge(Math.round(file.size / 1024 / 1024)));
  return decodeText(new Uint8Array(await file.arrayBuffer())).text;
}

/** The text of a CSV file the user chose (`what`: 人员表, 词表), refused over the CSV size limit with a message naming it. */
export function readCsvFile(file: File, what: string): Promise<string> {
  return readTextFile(
    file,
    MAX_CSV_BYTES,
    (mb) => `文件太大（${mb} MB），${what}最多 ${MAX_CSV_BYTES / 1024 / 1024} MB。`,
  );
}

/** Offers the CSV a service call gives (`{text, fileName}`) as a download; a failed call is passed on. */
export async function downloadCsvFrom(get: () => Promise<{ text: string; fileName: string }>): Promise<void> {
  const { text, fileName } = await get();
  downloadCsv(fileName, text);
}

/** Base64 of bytes, in chunks (a spread of megabytes would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Offers bytes sent as base64 as a file download. */
export function downloadBytes(fileName: string, base64: string, type: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  offer(fileName, new Blob([bytes], { type }));
}
