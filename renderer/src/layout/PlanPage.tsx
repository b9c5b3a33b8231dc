import type { Article } from '../../../shared/model/article';
import { presetOf, type IssueInput, type IssuePage } from '../../../shared/layout/issue';
import {
  movePlacement,
  removePlacement,
  setPage,
  setPhotoPlacement,
  setPlacement,
} from '../../../shared/layout/plan-edits';
import { packModules } from '../../../shared/layout/pack';
import { INK_LABELS, PAGE_INKS, type PageInk, type PagePreset } from '../../../shared/layout/presets';
import type { PrintPage } from '../../../shared/layout/page-html';
import { pageLines } from '../../../shared/layout/typography';
import { ARTICLE_DRAG } from './ArchiveSidebar';
import { pageMasthead, type Masthead } from '../../../shared/layout/masthead';
import { PagePreview } from './PagePreview';
import { PlacementRow } from './PlacementRow';

interface Props {
  plan: IssueInput;
  pageIndex: number;
  presets: readonly PagePreset[];
  sizes: Readonly<Record<string, number>>;
  /** The paper's masthead: 第1版 has less room under it. */
  masthead: Masthead;
  articles: ReadonlyMap<string, Article>;
  change(update: (plan: IssueInput) => IssueInput): void;
  /** The page as it prints while its preview is open (null while its articles load), else undefined. */
  preview: PrintPage | null | undefined;
  onTogglePreview(): void;
  onArrange(): void;
  onPrint(): void;
  onPlace(articleId: string): void;
  onOpen(articleId: string): void;
}

/** One page of the plan: 版名, 责任编辑 and 版式, how full it is, its reports in order, and its preview. */
export function PlanPage({ plan, pageIndex, presets, sizes, masthead, articles, change, preview, ...props }: Props) {
  const page: IssuePage = plan.pages[pageIndex]!;
  const preset = presetOf(page, presets);
  const used = packModules(page.placements, preset.columns).bottom;
  const room = pageLines(preset, pageMasthead(masthead, page));
  const edit = (update: (page: IssuePage) => IssuePage) => change((p) => setPage(p, pageIndex, update));
  return (
    <article
      className="plan-page"
      data-testid="plan-page"
      aria-label={`第${page.number}版`}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(ARTICLE_DRAG)) e.preventDefault();
      }}
      onDrop={(event) => {
        const id = event.dataTransfer.getData(ARTICLE_DRAG);
        if (!id) return;
        event.preventDefault();
        props.onPlace(id);
      }}
    >
      <div className="form-row">
        <strong>第{page.number}版</strong>
        <input
          aria-label={`第${page.number}版版名`}
          placeholder="版名，如 中原新闻"
          value={page.name}
          onChange={(e) => edit((pg) => ({ ...pg, name: e.target.value }))}
        />
        <input
          aria-label={`第${page.number}版责任编辑`}
          placeholder="责任编辑"
          value={page.editor}
          onChange={(e) => edit((pg) => ({ ...pg, editor: e.target.value }))}
        />
        <select
          aria-label={`第${page.number}版版式`}
          value={page.presetId}
          onChange={(e) => edit((pg) => ({ ...pg, presetId: e.target.value }))}
        >
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}（{p.columns} 栏 × {p.charsPerColumn} 字）
            </option>
          ))}
        </select>
        <select
          aria-label={`第${page.number}版色彩`}
          title="黑白版只用黑墨，图片转为灰度；彩色版的文字和线条也只用黑墨"
          value={page.ink ?? ''}
          onChange={(e) => edit((pg) => ({ ...pg, ink: (e.target.value || null) as PageInk | null }))}
        >
          <option value="">{INK_LABELS[preset.ink]}（随版式）</option>
          {PAGE_INKS.map((ink) => (
            <option key={ink} value={ink}>
              {INK_LABELS[ink]}
            </option>
          ))}
        </select>
      </div>
      {page.placements.length === 0 ? (
        <p className="muted">把稿件拖到这里</p>
      ) : (
        <div className="form-row">
          <span className={used > room ? 'status over' : 'status'} data-testid="page-fill">
            {used > room ? `本版稿件超出版面 ${used - room} 行` : `本版已排 ${used}/${room} 行`}
          </span>
          <button type="button" onClick={props.onArrange}>
            自动排版
          </button>
          <button type="button" onClick={props.onTogglePreview}>
            {preview !== undefined ? '收起预览' : '预览'}
          </button>
          <button type="button" disabled={!plan.id} onClick={props.onPrint}>
            导出本版 PDF…
          </button>
        </div>
      )}
      <ol className="placements">
        {page.placements.map((pl, i) => (
          <PlacementRow
            key={pl.articleId}
            placement={pl}
            article={articles.get(pl.articleId)}
            page={page}
            preset={preset}
            sizes={sizes}
            first={i === 0}
            last={i === page.placements.length - 1}
            onOpen={() => props.onOpen(pl.articleId)}
            onSet={(patch) => change((p) => setPlacement(p, pageIndex, i, patch))}
            onMove={(by) => change((p) => movePlacement(p, pageIndex, i, by))}
            onRemove={() => change((p) => removePlacement(p, pageIndex, i))}
            onPhoto={(photo) => change((p) => setPhotoPlacement(p, pageIndex, i, photo))}
          />
        ))}
      </ol>
      {preview !== undefined &&
        (preview ? <PagePreview page={preview} sizes={sizes} width={560} /> : <p className="muted">正在读取稿件…</p>)}
    </article>
  );
}
