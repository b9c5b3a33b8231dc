import type { ArticleKind } from './article';

/**
 * The usual length of each kind of report, in 字数, shown beside the live
 * count. A judgement for a district paper's news pages; desks differ.
 */
export const KIND_TARGET_WORDS: Record<ArticleKind, number> = {
  会议报道: 800,
  调研报道: 800,
  活动报道: 600,
  简讯: 300,
  图片新闻: 150,
  通讯: 2500,
};
