import { useEffect, useMemo, useState } from 'react';
import type { ArticleContent } from '../../../../shared/model/article';
import {
  placementFit,
  placementMessage,
  presetOf,
  type IssuePage,
  type Placement,
} from '../../../../shared/layout/issue';
import { sizeTable, type PagePreset } from '../../../../shared/layout/presets';
import { useClient } from '../../api/use-client';

/** How the open article fits each module it is placed in (本稿在第2版超出 12 行…), as its content is now. */
export function usePlacementFits(id: string, content: ArticleContent | null) {
  const client = useClient();
  const [placements, setPlacements] = useState<Array<{ key: string; page: IssuePage; placement: Placement }>>([]);
  // The paper's presets and 号 table, which the copyfit is measured with.
  const [paper, setPaper] = useState<{ presets: readonly PagePreset[]; sizes: Record<string, number> } | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([client.call('presets.list'), client.call('sizes.list')])
      .then(([p, s]) => live && setPaper({ presets: p.presets, sizes: sizeTable(s.sizes) }))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [client]);
  useEffect(() => {
    let live = true;
    client
      .call('issues.list')
      .then(
        (issues) =>
          live &&
          setPlacements(
            issues.flatMap((issue) =>
              issue.pages.flatMap((page) =>
                page.placements
                  .filter((pl) => pl.articleId === id)
                  .map((placement) => ({ key: `${issue.id}-${page.number}`, page, placement })),
              ),
            ),
          ),
      )
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [client, id]);
  return useMemo(
    () =>
      content && paper
        ? placements.map(({ key, page, placement }) => {
            const fit = placementFit(content, placement, presetOf(page, paper.presets), paper.sizes);
            return { key, over: fit.overLines > 0, message: placementMessage(fit, page) };
          })
        : [],
    [content, placements, paper],
  );
}
