import { chineseDate } from '../../shared/model/date';
import { decodeText } from '../../shared/text/decode';

/** Shows an ISO timestamp as local 月日 时:分 for lists. */
export function formatUpdated(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const hm = d.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
  if (d.toDateString() === now.toDateString()) return `今天 ${hm}`;
  const md = `${d.getMonth() + 1}月${d.getDate()}日`;
  return d.getFullYear() === now.getFullYear() ? `${md} ${hm}` : `${d.getFullYear()}年${md}`;
}

/** Shows an ISO timestamp as local date and time to the second (2026/11/28 17:20:11), for records. */
export function formatMoment(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { hour12: false });
}

/** Shows a dateline date (YYYY-MM-DD) as 2020年3月18日. */
export function formatDate(date: string | null): string {
  return date ? chineseDate(date) : '未定日期';
}

/** Shows a month key as 2020年3月 (or 未定日期). */
export function formatMonth(month: string): string {
  if (month === 'undated') return '未定日期';
  const [y, m] = month.split('-').map(Number);
  return `${y}年${m}月`;
}

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

/** Today's local date as YYYY-MM-DD (for new datelines). */
export { todayIso } from '../../shared/model/date';
