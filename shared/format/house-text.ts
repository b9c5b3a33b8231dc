import type { ArticleContent, Byline, Dateline } from '../model/article';
import { blockText } from '../model/article-content';
import { isPhotoBlock, photoTextLine } from '../model/photo';

/** The dateline prefix of a lead: `本报讯 3月18日上午，`. */
export function datelinePrefix(dateline: Dateline): string {
  const [, month, day] = dateline.date.split('-').map(Number);
  return `${dateline.source} ${month}月${day}日${dateline.timeOfDay ?? ''}，`;
}

const BYLINE_ROLES: ReadonlyArray<[keyof Omit<Byline, 'layout'>, string]> = [
  ['reporters', '记者'],
  ['correspondents', '通讯员'],
  ['photographers', '摄影'],
  ['interns', '实习生'],
];

/** One part per role present, as printed: `记者 张改华`, `通讯员 木坤坤 郝欢欢`. */
export function bylineParts(byline: Byline): string[] {
  return BYLINE_ROLES.filter(([key]) => byline[key].length > 0).map(
    ([key, label]) => `${label} ${byline[key].join(' ')}`,
  );
}

/**
 * The longest byline, in characters with its spaces, that the `auto` layout
 * sets on one line (`记者 张改华 通讯员 张莉 崔捷` is 16). A judgement from the
 * reference page; the layout can always be chosen per article.
 */
export const INLINE_BYLINE_MAX = 16;

/** The byline layout to use: `auto` resolved by length. */
export function resolvedBylineLayout(byline: Byline): 'lines' | 'inline' | 'glued' {
  if (byline.layout !== 'auto') return byline.layout;
  return bylineParts(byline).join(' ').length <= INLINE_BYLINE_MAX ? 'inline' : 'lines';
}

/** The headline blocks: the kicker on its own, then the title with the subtitle after a space. */
export function headlineLines(content: Pick<ArticleContent, 'kicker' | 'title' | 'subtitle'>): string[] {
  const lines: string[] = [];
  if (content.kicker?.trim()) lines.push(content.kicker.trim());
  const title = content.title.trim();
  const subtitle = content.subtitle?.trim();
  lines.push(subtitle ? `${title} ${subtitle}` : title);
  return lines;
}

/**
 * Renders an article as house-format text, as on the reference page: the
 * kicker, the title line (subtitle after a space), the lead with its dateline
 * prefix, the other paragraphs, and the byline (a role a line, on one line, or
 * run on after the last sentence), blocks separated by blank lines. A photo
 * prints as `[图片] 图片说明（摄影）` where it stands; in a 图片新闻 without
 * text paragraphs the dateline opens the first caption.
 */
export function renderHouseText(content: ArticleContent): string {
  const lines = content.body
    .map((block) => ({ photo: isPhotoBlock(block) ? block : null, text: blockText(block).trim() }))
    .filter((line) => line.photo !== null || line.text.length > 0);
  if (content.dateline) {
    const prefix = datelinePrefix(content.dateline);
    const lead = lines.find((line) => line.photo === null) ?? lines[0];
    if (lead) lead.text = prefix + lead.text;
    else lines.push({ photo: null, text: prefix });
  }
  const paragraphs = lines.map((line) => (line.photo ? photoTextLine(line.text, line.photo.credit) : line.text));
  const blocks = [...headlineLines(content), ...paragraphs];
  const parts = bylineParts(content.byline);
  if (parts.length > 0) {
    const layout = resolvedBylineLayout(content.byline);
    const last = lines[lines.length - 1];
    if (layout === 'glued' && last && last.photo === null) blocks[blocks.length - 1] += parts.join(' ');
    else blocks.push(parts.join(layout === 'lines' ? '\n' : ' '));
  }
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
