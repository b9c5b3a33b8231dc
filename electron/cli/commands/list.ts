import { STATUS_LABELS } from '../../../shared/model/article';
import type { ServiceCommand } from '../command';

/** `list [--json] [--month YYYY-MM] [--trash]`: the archive's articles, newest first. */
export const list: ServiceCommand = {
  name: 'list',
  usage: ['list [--json] [--month YYYY-MM] [--trash]   列出稿件'],
  options: ['json', 'month', 'trash'],
  access: 'read',
  async run({ client, values, out }) {
    const items = [];
    if (values.trash) items.push(...(await client.call('articles.list', { trash: true })).items);
    else {
      const months = values.month ? [{ month: values.month }] : await client.call('articles.months');
      for (const { month } of months) items.push(...(await client.call('articles.list', { month })).items);
    }
    if (values.json) {
      const articles = items.map(({ id, title, status, date, wordCount, updatedAt }) => ({
        id,
        title,
        status,
        date,
        wordCount,
        updatedAt,
      }));
      out(`${JSON.stringify({ articles })}\n`);
      return 0;
    }
    for (const e of items)
      out(
        `${e.id}\t${e.date ?? '未定日期'}\t${STATUS_LABELS[e.status]}\t${e.wordCount}字\t${e.title || '（无标题）'}\n`,
      );
    out(`共 ${items.length} 篇\n`);
    return 0;
  },
};
