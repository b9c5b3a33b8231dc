import { ArticleContentSchema, type ArticleContent } from '../../shared/model/article';
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
  content: ArticleContentSchema.parse(raw.content),
}));
