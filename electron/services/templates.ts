import { ArticleContentSchema, type ArticleContent } from '../../shared/model/article';
import { templateLabels } from '../../shared/format/placeholders';
import meeting from '../../assets/templates/meeting.json';
import inspection from '../../assets/templates/inspection.json';
import event from '../../assets/templates/event.json';
import brief from '../../assets/templates/brief.json';
import photo from '../../assets/templates/photo.json';

/** A template offered by 新建稿件. */
export interface TemplateInfo {
  id: string;
  name: string;
  builtIn: boolean;
  content: ArticleContent;
}

/** The built-in templates (assets/templates/), checked against the article schema when loaded. */
export const BUILT_IN_TEMPLATES: readonly TemplateInfo[] = Object.entries({
  meeting,
  inspection,
  event,
  brief,
  photo,
}).map(([slug, raw]) => ({
  id: `builtin:${slug}`,
  name: raw.name,
  builtIn: true,
  content: withTemplateLabels(ArticleContentSchema.parse(raw.content)),
}));

/**
 * A template's content with its placeholder labels recorded: the labels it
 * names already (a template saved from an article keeps the article's) and
 * every label-shaped 【…】 written in it, which in a template is a placeholder.
 * An article made from it inherits them.
 */
export function withTemplateLabels(content: ArticleContent): ArticleContent {
  return { ...content, placeholders: [...new Set([...content.placeholders, ...templateLabels(content)])] };
}
