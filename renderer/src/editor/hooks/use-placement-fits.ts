import { useCallback, useMemo } from 'react';
import type { ArticleContent } from '../../../../shared/model/article';
import { placementFit, placementMessage, presetOf } from '../../../../shared/layout/issue';
import { sizeTable, type PagePreset } from '../../../../shared/layout/presets';
import { useClient } from '../../api/use-client';
import { useLoaded } from '../../api/use-loaded';

/** How the open article fits each module it is placed in (本稿在第2版超出 12 行…), as its content is now. */
export function usePlacementFits(id: string, content: ArticleContent | null) {
  const client = useClient();
  // The paper's presets and 号 table, which the copyfit is measured with.
  const readPaper = useCallback(async () => {
    const [p, s] = await Promise.all([client.call('presets.list'), client.call('sizes.list')]);
    return { presets: p.presets as readonly PagePreset[], sizes: sizeTable(s.sizes) };
  }, [client]);
  // Where the article is placed on a page.
  const readPlacements = useCallback(
    async () =>
      (await client.call('issues.list')).flatMap((issue) =>
        issue.pages.flatMap((page) =>
          page.placements
            .filter((pl) => pl.articleId === id)
            .map((placement) => ({ key: `${issue.id}-${page.number}`, page, placement })),
        ),
      ),
    [client, id],
  );
  // Without them (a read failed) the editor simply shows no copyfit.
  const paper = useLoaded(readPaper, null, '版式').value;
  const placements = useLoaded(readPlacements, [], '版面计划').value;
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
