import { ARTICLE_KINDS, ARTICLE_STATUSES, STATUS_LABELS, type ArticleStatus } from '../../../shared/model/article';
import { MAX_SEARCH_PAGE } from '../../../shared/ipc/search-contract';
import { UsageError, type ServiceCommand } from '../command';

/** A status given by its key (`pending`) or its label (`待签发`). */
function statusOf(value: string): ArticleStatus {
  const status = ARTICLE_STATUSES.find((s) => s === value || STATUS_LABELS[s] === value);
  if (!status)
    throw new UsageError(
      `不认识的稿件状态：${value}（可用：${ARTICLE_STATUSES.map((s) => STATUS_LABELS[s]).join('、')}）`,
    );
  return status;
}

/** A whole number of results from 1 to MAX_SEARCH_PAGE. */
function limitOf(value: string | undefined): number {
  if (value === undefined) return 20;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_SEARCH_PAGE)
    throw new UsageError(`--limit 应为 1 到 ${MAX_SEARCH_PAGE} 的整数`);
  return n;
}

/**
 * `search QUERY …`: searches the archive (read-only, while the app may have
 * it open); waits until the index is complete, so the answer is whole.
 */
export const search: ServiceCommand = {
  name: 'search',
  usage: [
    'search QUERY [--json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status S] [--author NAME] [--kind K] [--limit N]',
    '                                            检索稿件库（空格分隔的词须同时出现，"…" 为词组，-词 表示排除）',
  ],
  options: ['json', 'from', 'to', 'status', 'author', 'kind', 'limit', 'trash'],
  access: 'read',
  async run({ services, client, args, values, out }) {
    if (values.kind && !ARTICLE_KINDS.includes(values.kind as never))
      throw new UsageError(`不认识的稿件类型：${values.kind}（可用：${ARTICLE_KINDS.join('、')}）`);
    await services.search.whenComplete();
    const result = await client.call('search.query', {
      query: args.join(' '),
      filters: {
        from: values.from ?? null,
        to: values.to ?? null,
        statuses: values.status ? values.status.split(',').map(statusOf) : [],
        kinds: values.kind ? [values.kind as (typeof ARTICLE_KINDS)[number]] : [],
        author: values.author ?? null,
        trash: values.trash ? 'include' : 'exclude',
      },
      limit: limitOf(values.limit),
    });
    if (result.message) throw new UsageError(result.message);
    if (values.json) {
      const hits = result.hits.map(({ id, title, date, status, snippet }) => ({ id, title, date, status, snippet }));
      out(`${JSON.stringify({ total: result.total, hits })}\n`);
      return 0;
    }
    for (const note of result.notes) out(`注意：${note}\n`);
    for (const hit of result.hits)
      out(
        `${hit.id}\t${hit.date ?? '未定日期'}\t${STATUS_LABELS[hit.status]}\t${hit.title || '（无标题）'}\n  ${hit.snippet}\n`,
      );
    out(`共找到 ${result.total} 篇${result.total > result.hits.length ? `，显示前 ${result.hits.length} 篇` : ''}\n`);
    return 0;
  },
};

/** `similar ID`: archive articles whose text overlaps strongly with this one (重稿). */
export const similar: ServiceCommand = {
  name: 'similar',
  usage: ['similar ID [--json]                         列出与这篇稿件高度重合的稿件（重稿）'],
  options: ['json'],
  access: 'read',
  async run({ services, client, args, values, out }) {
    if (!args[0]) throw new UsageError('similar 需要稿件编号');
    await services.search.whenComplete();
    const { similar: list } = await client.call('search.similar', { id: args[0] });
    if (values.json) {
      out(
        `${JSON.stringify({ similar: list.map(({ id, title, date, overlap }) => ({ id, title, date, overlap })) })}\n`,
      );
      return 0;
    }
    for (const s of list)
      out(`${s.id}\t${s.date ?? '未定日期'}\t重合 ${Math.round(s.overlap * 100)}%\t${s.title || '（无标题）'}\n`);
    out(list.length > 0 ? `共 ${list.length} 篇高度重合的稿件\n` : '没有高度重合的稿件\n');
    return 0;
  },
};
