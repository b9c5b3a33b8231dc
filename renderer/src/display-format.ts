import { chineseDate } from '../../shared/model/date';

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
