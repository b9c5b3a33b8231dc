import { templateLabels } from '../../../shared/format/placeholders';
import type { ArticleContent } from '../../../shared/model/article';
import type { Migration } from './types';

/**
 * Version 7 records, per article, the placeholder labels its template
 * inserted: only those are placeholders now, so text in 【】 that came with
 * imported copy (【打印】, 【编者按】) is text. Older articles did not record
 * where their labels came from; every label-shaped 【…】 they hold is kept as
 * a placeholder, so an unfilled template written before the upgrade is still
 * refused at export, as it was.
 */
export const migration007: Migration = {
  to: 7,
  description: 'template placeholder labels per article',
  article(doc) {
    const body = Array.isArray(doc.body) ? doc.body : [];
    const labels = templateLabels({
      kicker: typeof doc.kicker === 'string' ? doc.kicker : null,
      title: typeof doc.title === 'string' ? doc.title : '',
      subtitle: typeof doc.subtitle === 'string' ? doc.subtitle : null,
      body: body as ArticleContent['body'],
    });
    return { ...doc, placeholders: labels };
  },
  catalogEntry(entry) {
    return entry;
  },
};
