import { useCallback, useMemo } from 'react';
import type { ArticleContent } from '../../../../shared/model/article';
import { placementFit, placementMessage, presetOf } from '../../../../shared/layout/issue';
import { sizeTable, type PagePreset } from '../../../../shared/layout/presets';
import { useClient } from '../../api/use-client';
import { useLoaded } from '../../api/use-loaded';
import { photoBoxes } from '../../../../shared/layout/photo-boxes';
import type { PhotoPpi } from '../react/photo-ppi';

/**
 * How the open article fits each module it is placed in (本稿在第2版超出 12 行…),
 * as its content is now, and the effective ppi of each of its photos there.
 */
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
  const fits = useMemo(
    () =>
      content && paper
        ? placements.map(({ key, page, placement }) => {
            const fit = placementFit(content, placement, presetOf(page, paper.presets), paper.sizes);
            return { key, over: fit.overLines > 0, message: placementMessage(fit, page) };
          })
        : [],
    [content, placements, paper],
  );
  const photos = useMemo(() => {
    const out = new Map<string, PhotoPpi[]>();
    if (!content || !paper) return out;
    for (const { page, placement } of placements)
      for (const box of photoBoxes(content, placement, presetOf(page, paper.presets)))
        out.set(box.photo.hash, [...(out.get(box.photo.hash) ?? []), { where: `第${page.number}版`, ppi: box.ppi }]);
    return out;
  }, [content, placements, paper]);
  return { fits, photos };
}
