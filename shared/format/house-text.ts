import type { ArticleContent, Byline, Dateline } from '../model/article';
import { blockText } from '../model/article-content';

/** The dateline prefix of a lead: `本报讯 3月18日上午，`. */
export function datelinePrefix(dateline: Dateline): string {
  const [, month, day] = dateline.date.split('-').map(Number);
  return `${dateline.source} ${month}月${day}日${dateline.timeOfDay ?? ''}，`;
}

const BYLINE_ROLES: ReadonlyArray<[keyof Byline, string]> = [
  ['reporters', '记者'],
  ['correspondents', '通讯员'],
  ['photographers', '摄影'],
  ['interns', '实习生'],
];

/** Byline lines as printed at the end of a report: `记者 张改华`, `通讯员 木坤坤 郝欢欢`. */
export function bylineLines(byline: Byline): string[] {
  return BYLINE_ROLES.filter(([key]) => byline[key].length > 0).map(
    ([key, label]) => `${label} ${byline[key].join(' ')}`,
  );
}

/** The headline lines: kicker on its own line, then title with the subtitle after a space. */
export function headlineLines(content: Pick<ArticleContent, 'kicker' | 'title' | 'subtitle'>): string[] {
  const lines: string[] = [];
  if (content.kicker?.trim()) lines.push(content.kicker.trim());
  const title = content.title.trim();
  const subtitle = content.subtitle?.trim();
  lines.push(subtitle ? `${title} ${subtitle}` : title);
  return lines;
}

/**
 * Renders an article as house-format text: headline lines, a blank line, the
 * lead with its dateline prefix, the other paragraphs, and the byline lines,
 * paragraphs separated by blank lines as on the printed page.
 */
export function renderHouseText(content: ArticleContent): string {
  const paragraphs = content.body
    .map(blockText)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  if (content.dateline) {
    const prefix = datelinePrefix(content.dateline);
    if (paragraphs.length > 0) paragraphs[0] = prefix + paragraphs[0];
    else paragraphs.push(prefix);
  }
  const blocks = [headlineLines(content).join('\n'), ...paragraphs];
  const byline = bylineLines(content.byline);
  if (byline.length > 0) blocks.push(byline.join('\n'));
  return blocks.join('\n\n') + '\n';
}

/** A file name for an exported article: date and title, without characters file systems reject. */
export function exportFileName(content: Pick<ArticleContent, 'title' | 'dateline'>, extension: string): string {
  const title =
    content.title
      .replace(/[\\/:*?"<>|\p{Cc}]/gu, '')
      .trim()
      .slice(0, 60) || '无标题';
  const date = content.dateline?.date ?? '';
  return `${date ? `${date} ` : ''}${title}.${extension}`;
}
