import { useCallback, useEffect, useState } from 'react';
import { useNotify } from '../app/notify';
import type { Client } from '../../../shared/ipc/client';
import type { CatalogEntry } from '../../../shared/model/article';
import { STATUS_LABELS } from '../../../shared/model/article';
import { useClient } from '../api/use-client';
import { formatDate, formatMonth, formatUpdated } from '../display-format';

interface Listing {
  months: Array<{ month: string; count: number }>;
  month: string | null;
  items: CatalogEntry[];
}

async function fetchListing(client: Client, mode: 'library' | 'trash', wanted: string | null): Promise<Listing> {
  if (mode === 'trash')
    return { months: [], month: null, items: (await client.call('articles.list', { trash: true })).items };
  const list = await client.call('articles.list', wanted ? { month: wanted } : {});
  return { months: await client.call('articles.months'), month: list.month, items: list.items };
}

interface Props {
  mode: 'library' | 'trash';
  onOpen(id: string): void;
  /** Called after each successful load. */
  onLoaded(): void;
}

/** 稿件库 (by month) or 回收站: the archive list. */
export function ArticleList({ mode, onOpen, onLoaded }: Props) {
  const notify = useNotify();
  const client = useClient();
  const [months, setMonths] = useState<Array<{ month: string; count: number }>>([]);
  const [month, setMonth] = useState<string | null>(null);
  const [items, setItems] = useState<CatalogEntry[] | null>(null);

  const apply = useCallback(
    (listing: Listing) => {
      setMonths(listing.months);
      setMonth(listing.month);
      setItems(listing.items);
      onLoaded();
    },
    [onLoaded],
  );

  useEffect(() => {
    let live = true;
    fetchListing(client, mode, null)
      .then((listing) => live && apply(listing))
      .catch((error: unknown) => live && notify.fail(error));
    return () => {
      live = false;
    };
  }, [client, mode, apply, notify]);

  const load = async (wanted: string | null) => {
    try {
      apply(await fetchListing(client, mode, wanted));
    } catch (error) {
      notify.fail(error);
    }
  };

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      await load(month);
    } catch (error) {
      notify.fail(error);
    }
  };

  return (
    <section className="list" aria-label={mode === 'trash' ? '回收站' : '稿件库'}>
      <div className="list-bar">
        {mode === 'library' ? (
          <label>
            月份
            <select
              data-testid="month-select"
              value={month ?? ''}
              onChange={(e) => void load(e.target.value)}
              disabled={months.length === 0}
            >
              {months.map((m) => (
                <option key={m.month} value={m.month}>
                  {formatMonth(m.month)}（{m.count}）
                </option>
              ))}
            </select>
          </label>
        ) : (
          <button
            type="button"
            disabled={!items || items.length === 0}
            onClick={() =>
              void run(async () => {
                if (window.confirm('清空回收站后，其中的稿件将被永久删除，无法恢复。确定清空吗？')) {
                  await client.call('articles.emptyTrash');
                }
              })
            }
          >
            清空回收站
          </button>
        )}
      </div>
      {items === null ? (
        <p className="muted">正在载入……</p>
      ) : items.length === 0 ? (
        <p className="muted" data-testid="empty-list">
          {mode === 'trash' ? '回收站是空的。' : '还没有稿件。点击“新建稿件”开始写稿。'}
        </p>
      ) : (
        <table data-testid="article-table">
          <thead>
            <tr>
              <th>标题</th>
              <th>状态</th>
              <th>日期</th>
              <th className="num">字数</th>
              <th>{mode === 'trash' ? '删除时间' : '更新时间'}</th>
              {mode === 'trash' && <th>操作</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-testid="article-row" data-id={item.id}>
                <td>
                  {mode === 'library' ? (
                    <button type="button" className="link" onClick={() => onOpen(item.id)}>
                      {item.title || '（无标题）'}
                    </button>
                  ) : (
                    item.title || '（无标题）'
                  )}
                </td>
                <td>{STATUS_LABELS[item.status]}</td>
                <td>{formatDate(item.date)}</td>
                <td className="num">{item.wordCount}</td>
                <td>{formatUpdated(mode === 'trash' ? (item.deletedAt ?? item.updatedAt) : item.updatedAt)}</td>
                {mode === 'trash' && (
                  <td>
                    <button
                      type="button"
                      onClick={() => void run(() => client.call('articles.restore', { id: item.id }))}
                    >
                      恢复
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
