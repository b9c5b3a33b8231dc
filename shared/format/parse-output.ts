import { TIMES_OF_DAY, isRealDate, type ArticleContent, type Dateline } from '../model/article';
import { isoDate } from '../model/date';
import type { ParsedReport } from './parse-reports';

/** A parsed report as `copydesk parse --json` prints it. */
export interface ReportJson {
  kicker: string | null;
  /** Null when the copy has no headline (it opens with the lead). */
  title: string | null;
  subtitle: string | null;
  /** `source` is null for a date with no source words (`3月18日下午，…`). */
  dateline: { source: string | null; month: number | null; day: number | null; timeOfDay: string | null } | null;
  paragraphs: string[];
  reporters: string[];
  correspondents: string[];
  photographers: string[];
}

/** The JSON form of a parsed report, keys in the documented order. */
export function reportToJson(report: ParsedReport): ReportJson {
  const d = report.dateline;
  return {
    kicker: report.kicker,
    title: report.title,
    subtitle: report.subtitle,
    dateline: d && { source: d.source, month: d.month, day: d.day, timeOfDay: d.timeOfDay },
    paragraphs: report.paragraphs.map((p) => p.children.map((c) => c.text).join('')),
    reporters: [...report.byline.reporters],
    correspondents: [...report.byline.correspondents],
    photographers: [...report.byline.photographers],
  };
}

/** The dateline a parsed one becomes in an article, or null when it cannot stand as a dateline chip. */
export function articleDateline(report: ParsedReport, defaultYear: number): Dateline | null {
  const d = report.dateline;
  if (
    !d ||
    !d.whole ||
    d.source === null ||
    d.month === null ||
    d.day === null ||
    (d.relative !== null && d.relative !== '今年') ||
    !/^[\p{Script=Han}]{2,8}$/u.test(d.source)
  )
    return null;
  if (d.timeOfDay !== null && !(TIMES_OF_DAY as readonly string[]).includes(d.timeOfDay)) return null;
  const date = isoDate(d.year ?? defaultYear, d.month, d.day);
  if (!isRealDate(date)) return null;
  return { source: d.source, date, timeOfDay: (d.timeOfDay as Dateline['timeOfDay']) ?? null };
}

/**
 * What is wrong with a parsed report's date, in Chinese, or null: a month or
 * day that does not exist in `year` (2月30日, 13月). Shown where the date is
 * typed and checked before import, so a wrong date is never dropped silently.
 */
export function datelineDateProblem(report: ParsedReport, year: number): string | null {
  const d = report.dateline;
  if (!d || d.month === null || d.day === null) return null;
  if (d.month < 1 || d.month > 12) return `没有${d.month}月，请改正电头日期`;
  // 去年2月29日 is checked in last year.
  const y = d.year ?? year - (d.relative === '去年' ? 1 : d.relative === '前年' ? 2 : 0);
  return isRealDate(isoDate(y, d.month, d.day)) ? null : `${y}年${d.month}月没有${d.day}日，请改正电头日期`;
}

/**
 * The article content for a parsed report. A dateline with a date becomes the
 * dateline chip (the year, when the source has none, is `defaultYear`); one
 * the chip cannot hold (本报讯 近日，, 晚间) stays in the lead as written.
 */
export function reportToContent(report: ParsedReport, defaultYear: number): ArticleContent {
  const dateline = articleDateline(report, defaultYear);
  const body = report.paragraphs.map((p) => ({ ...p, children: p.children.map((c) => ({ ...c })) }));
  if (!dateline && report.dateline) {
    const prefix = report.dateline.prefix;
    const lead = body[0];
    const first = lead?.children[0];
    if (first && !('type' in first) && !first.bold) first.text = prefix + first.text;
    else if (lead) lead.children.unshift({ text: prefix });
    else body.push({ type: 'paragraph', children: [{ text: prefix.trim() }] });
  }
  return {
    kicker: report.kicker,
    title: report.title ?? '',
    subtitle: report.subtitle,
    dateline,
    body,
    byline: { ...report.byline },
    kind: null,
    page: null,
    proofIgnores: [],
    notes: [],
    // Imported text in 【】 (【打印】, 【编者按】) is text: no template placed placeholders here.
    placeholders: [],
  };
}
