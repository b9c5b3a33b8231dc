import { useEffect, useState } from 'react';
import { useNotify } from '../app/notify';
import type { Article, CatalogEntry } from '../../../shared/model/article';
import type { IssueInput } from '../../../shared/layout/issue';
import { useClient } from '../api/use-client';

/** The archive of the plan's month (to place reports from) and the placed articles (for copyfitting), as they load. */
export function usePlanArticles(plan: IssueInput | null) {
  const client = useClient();
  const notify = useNotify();
  const [archive, setArchive] = useState<CatalogEntry[]>([]);
  const [articles, setArticles] = useState<ReadonlyMap<string, Article>>(new Map());

  const month = plan?.date.slice(0, 7) ?? null;
  useEffect(() => {
    if (!month) return;
    let live = true;
    client
      .call('articles.list', { month })
      .then((list) => live && setArchive(list.items))
      .catch((e: unknown) => live && notify.fail(e));
    return () => {
      live = false;
    };
  }, [client, month, notify]);

  const placedIds = plan?.pages.flatMap((p) => p.placements.map((pl) => pl.articleId)) ?? [];
  const missing = placedIds.filter((id) => !articles.has(id)).join(',');
  useEffect(() => {
    if (!missing) return;
    let live = true;
    Promise.all(missing.split(',').map((id) => client.call('articles.get', { id })))
      .then((list) => live && setArticles((known) => new Map([...known, ...list.map((a) => [a.id, a] as const)])))
      .catch((e: unknown) => live && notify.fail(e));
    return () => {
      live = false;
    };
  }, [client, missing, notify]);

  return { archive, articles };
}
