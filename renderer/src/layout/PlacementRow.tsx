import { STATUS_LABELS, type Article } from '../../../shared/model/article';
import { isLocked } from '../../../shared/workflow/transitions';
import { placementFit, placementMessage, type IssuePage, type Placement } from '../../../shared/layout/issue';
import type { PagePreset } from '../../../shared/layout/presets';
import { HEADLINE_TIERS, type HeadlineTier } from '../../../shared/layout/typography';
import { photoBoxes, type PhotoPlacement } from '../../../shared/layout/photo-boxes';
import { PhotoBoxRow } from './PhotoBoxRow';
import { LinesInput, SpanSelect } from './GridInputs';

interface Props {
  placement: Placement;
  /** The placed article, once loaded. */
  article: Article | undefined;
  page: IssuePage;
  preset: PagePreset;
  sizes: Readonly<Record<string, number>>;
  first: boolean;
  last: boolean;
  onOpen(): void;
  onSet(patch: Partial<Omit<Placement, 'articleId'>>): void;
  onMove(by: number): void;
  onRemove(): void;
  /** Sets one photo's box and crop on this page. */
  onPhoto(photo: PhotoPlacement): void;
}

/** One report on a page: its title (opens it), tier, span and height, how it fits, 上移 / 下移 / 移出, and its photos' boxes. */
export function PlacementRow({ placement: pl, article, page, preset, sizes, ...props }: Props) {
  const fit = article ? placementFit(article, pl, preset, sizes) : null;
  const boxes = article ? photoBoxes(article, pl, preset) : [];
  return (
    <li data-testid="placement">
      <button type="button" className="link" onClick={props.onOpen}>
        {article?.title || '（无标题）'}
      </button>
      <select
        aria-label="标题级别"
        value={pl.tier}
        onChange={(e) => props.onSet({ tier: e.target.value as HeadlineTier })}
      >
        {HEADLINE_TIERS.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>
      <SpanSelect label="占栏" columns={preset.columns} value={pl.span} onChange={(span) => props.onSet({ span })} />
      <LinesInput label="行数" min={4} value={pl.lines} onChange={(lines) => props.onSet({ lines })} />
      {fit && (
        <span className={fit.overLines > 0 ? 'status over' : 'status'} data-testid="copyfit">
          {placementMessage(fit, page)}
        </span>
      )}
      {article && !isLocked(article.status) && (
        // Only signed-off copy goes to press: a proof may show the rest, marked.
        <span className="status over" data-testid="not-signed" title="付印前须由值班主任签发">
          {STATUS_LABELS[article.status]}，未签发
        </span>
      )}
      <button type="button" aria-label="上移" onClick={() => props.onMove(-1)} disabled={props.first}>
        ↑
      </button>
      <button type="button" aria-label="下移" onClick={() => props.onMove(1)} disabled={props.last}>
        ↓
      </button>
      <button type="button" aria-label="移出本版" onClick={props.onRemove}>
        ×
      </button>
      {boxes.length > 0 && (
        <ul className="photo-boxes" aria-label="图片">
          {boxes.map((box) => (
            <PhotoBoxRow
              key={`${box.photo.hash}-${box.index}`}
              box={box}
              span={pl.span}
              preset={preset}
              onSet={props.onPhoto}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
