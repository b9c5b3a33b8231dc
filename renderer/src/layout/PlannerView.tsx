import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { STATUS_LABELS, type Article, type CatalogEntry } from '../../../shared/model/article';
import { isLocked } from '../../../shared/workflow/transitions';
import {
  HEADLINE_TIERS,
  placementFit,
  placementMessage,
  presetOf,
  type HeadlineTier,
  type Issue,
  type IssueInput,
  type IssuePage,
} from '../../../shared/layout/issue';
import {
  BUILT_IN_PRESETS,
  BUILT_IN_SIZES,
  sizeTable,
  type PagePreset,
  type TypeSize,
} from '../../../shared/layout/presets';
import { autoLayout } from '../../../shared/layout/auto-layout';
import { packModules } from '../../../shared/layout/pack';
import { pageLines, type PrintPage } from '../../../shared/layout/page-html';
import { planPrintPage } from '../../../shared/layout/print-page';
import { exportableContent } from '../../../shared/people/content';
import { useDirectory } from '../people/directory-context';
import { PresetsEditor } from './PresetsEditor';
import { SizesEditor } from './SizesEditor';
import { PagePreview } from './PagePreview';
import { PrintDialog } from './PrintDialog';
import { useClient } from '../api/use-client';
import { formatDate } from '../display-format';
import { todayIso } from '../../../shared/model/date';

/** The drag type for an article dragged from the archive list onto a page. */
const ARTICLE_DRAG = 'application/x-copydesk-article';

/** Statuses of copy that has been signed off (签发) and may go to press. */

/** Saves this long after the last change. */
const SAVE_DELAY_MS = 400;

const newPage = (number: number): IssuePage => ({ number, name: '', editor: '', presetId: 'duikai', placements: [] });

/**
 * 版面: plan an issue's pages. Reports are dragged from the archive of the
 * issue's month onto a page (or added with 加入), ordered, given a column
 * span, a height in lines and a headline tier; each shows how it fits its
 * module (超出 12 行，约 156 字). Changes are saved as they are made.
 */
export function PlannerView({ onError, onOpen }: { onError(message: string): void; onOpen(id: string): void }) {
  const client = useClient();
  const [issues, setIssues] = useState<Issue[]>([]);
  const [plan, setPlan] = useState<IssueInput | null>(null);
  const [archive, setArchive] = useState<CatalogEntry[]>([]);
  const [articles, setArticles] = useState<ReadonlyMap<string, Article>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);
  const [presets, setPresets] = useState<readonly PagePreset[]>(BUILT_IN_PRESETS);
  const [editingPresets, setEditingPresets] = useState(false);
  const [sizeRows, setSizeRows] = useState<readonly TypeSize[]>(BUILT_IN_SIZES);
  const sizes = useMemo(() => sizeTable(sizeRows), [sizeRows]);
  const [editingSizes, setEditingSizes] = useState(false);
  const [previewing, setPreviewing] = useState<number | null>(null);
  const [printing, setPrinting] = useState<{ pages?: number[]; title: string } | null>(null);
  const directory = useDirectory();
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([client.call('presets.list'), client.call('sizes.list')])
      .then(([p, s]) => {
        if (!live) return;
        setPresets(p.presets);
        setSizeRows(s.sizes);
      })
      .catch((e: Error) => live && onError(e.message));
    return () => {
      live = false;
    };
  }, [client, onError]);

  useEffect(() => {
    let live = true;
    client
      .call('issues.list')
      .then((list) => live && setIssues(list))
      .catch((e: Error) => live && onError(e.message));
    return () => {
      live = false;
    };
  }, [client, onError]);

  // The archive of the issue's month, to place reports from.
  const month = plan?.date.slice(0, 7) ?? null;
  useEffect(() => {
    if (!month) return;
    let live = true;
    client
      .call('articles.list', { month })
      .then((list) => live && setArchive(list.items))
      .catch((e: Error) => live && onError(e.message));
    return () => {
      live = false;
    };
  }, [client, month, onError]);

  // The placed articles' content, for copyfitting.
  const placedIds = plan?.pages.flatMap((p) => p.placements.map((pl) => pl.articleId)) ?? [];
  const missing = placedIds.filter((id) => !articles.has(id)).join(',');
  useEffect(() => {
    if (!missing) return;
    let live = true;
    Promise.all(missing.split(',').map((id) => client.call('articles.get', { id })))
      .then((list) => live && setArticles((known) => new Map([...known, ...list.map((a) => [a.id, a] as const)])))
      .catch((e: Error) => live && onError(e.message));
    return () => {
      live = false;
    };
  }, [client, missing, onError]);

  // The plan as last set, for changes made from event handlers.
  const planRef = useRef(plan);
  useLayoutEffect(() => {
    planRef.current = plan;
  }, [plan]);

  /** Applies a change to the open plan and saves it shortly after. */
  const change = useCallback(
    (update: (plan: IssueInput) => IssueInput) => {
      const current = planRef.current;
      if (!current) return;
      const next = update(current);
      planRef.current = next;
      setPlan(next);
      if (saveTimer.current) clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => {
        saveTimer.current = null;
        client
          .call('issues.save', planRef.current ?? next)
          .then((saved) => {
            setProblem(null);
            setIssues((list) => [saved, ...list.filter((i) => i.id !== saved.id)]);
            if (planRef.current && !planRef.current.id) {
              planRef.current = { ...planRef.current, id: saved.id };
              setPlan(planRef.current);
            }
          })
          .catch((e: Error) => setProblem(`版面计划没有保存：${e.message}`));
      }, SAVE_DELAY_MS);
    },
    [client],
  );
  useEffect(
    () => () => {
      if (saveTimer.current) clearTimeout(saveTimer.current);
    },
    [],
  );

  const setPage = (index: number, update: (page: IssuePage) => IssuePage) =>
    change((p) => ({ ...p, pages: p.pages.map((page, i) => (i === index ? update(page) : page)) }));

  const place = (pageIndex: number, articleId: string) =>
    setPage(pageIndex, (page) =>
      page.placements.some((pl) => pl.articleId === articleId)
        ? page
        : {
            ...page,
            placements: [
              ...page.placements,
              {
                articleId,
                span: Math.min(3, presetOf(page, presets).columns),
                lines: 60,
                tier: '普通' as HeadlineTier,
              },
            ],
          },
    );

  /** The page as it prints (mentions printed from the directory), once every placed article is loaded. */
  const printPage = (page: IssuePage, issue: IssueInput): PrintPage | null => {
    const contents = [];
    for (const pl of page.placements) {
      const article = articles.get(pl.articleId);
      if (!article) return null;
      const ready = exportableContent(article, directory.index);
      contents.push(ready.ok ? ready.content : article);
    }
    return planPrintPage(issue, page, presetOf(page, presets), contents, sizes);
  };

  /** 自动排版: spans, heights and tiers for the page's reports in their order, the first as 头条. */
  const arrange = (pageIndex: number) =>
    setPage(pageIndex, (page) => {
      const contents = page.placements.map((pl) => articles.get(pl.articleId));
      if (contents.some((c) => !c)) return page;
      const layout = autoLayout(contents as Article[], presetOf(page, presets), sizes);
      if (!layout.fits)
        setProblem(
          `第${page.number}版的稿件排不下：超出 ${layout.linesUsed - layout.linesAvailable} 行，请移出或删减稿件，或换用更大的版式。`,
        );
      return {
        ...page,
        placements: page.placements.map((pl, i) => ({
          ...pl,
          ...layout.placements[i]!,
          lines: Math.max(4, layout.placements[i]!.lines),
        })),
      };
    });

  const onDrop = (pageIndex: number) => (event: DragEvent) => {
    const id = event.dataTransfer.getData(ARTICLE_DRAG);
    if (!id) return;
    event.preventDefault();
    place(pageIndex, id);
  };

  /** A new issue after the latest one (期号 and 总期号 one on), saved at once. */
  const createIssue = () => {
    planRef.current = {
      date: todayIso(),
      number: (issues[0]?.number ?? 0) + 1,
      totalNumber: (issues[0]?.totalNumber ?? 0) + 1,
      paper: issues[0]?.paper ?? '中原报',
      pages: [newPage(1)],
    };
    change((p) => p);
  };

  return (
    <section className="planner" aria-label="版面">
      <div className="list-bar">
        <button type="button" className="primary" onClick={createIssue}>
          新建一期
        </button>
        <button type="button" onClick={() => setEditingPresets(true)}>
          版式设置
        </button>
        <button type="button" onClick={() => setEditingSizes(true)}>
          字号表
        </button>
        <select
          aria-label="选择一期"
          value={plan?.id ?? ''}
          onChange={(e) => {
            const chosen = issues.find((i) => i.id === e.target.value);
            if (chosen) setPlan(chosen);
          }}
        >
          <option value="">（选择一期）</option>
          {issues.map((i) => (
            <option key={i.id} value={i.id}>
              {formatDate(i.date)} 第{i.number}期（总第{i.totalNumber}期）
            </option>
          ))}
        </select>
      </div>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {editingPresets && (
        <PresetsEditor
          presets={presets}
          onCancel={() => setEditingPresets(false)}
          onSave={async (next) => {
            await client.call('presets.save', { presets: next });
            setPresets(next);
            setEditingPresets(false);
          }}
        />
      )}
      {editingSizes && (
        <SizesEditor
          sizes={sizeRows}
          onCancel={() => setEditingSizes(false)}
          onSave={async (next) => {
            await client.call('sizes.save', { sizes: next });
            setSizeRows(next);
            setEditingSizes(false);
          }}
        />
      )}
      {printing && plan?.id && (
        <PrintDialog
          issueId={plan.id}
          pages={printing.pages}
          title={printing.title}
          onClose={() => setPrinting(null)}
        />
      )}
      {!plan ? (
        <p className="muted">新建一期，或选择已有的一期，把稿件拖到各版上。</p>
      ) : (
        <div className="planner-body">
          <div className="planner-issue">
            <div className="form-row">
              <label>
                报名
                <input
                  aria-label="报名"
                  value={plan.paper}
                  onChange={(e) => change((p) => ({ ...p, paper: e.target.value }))}
                />
              </label>
              <label>
                日期
                <input
                  type="date"
                  aria-label="出版日期"
                  value={plan.date}
                  onChange={(e) => e.target.value && change((p) => ({ ...p, date: e.target.value }))}
                />
              </label>
              <label>
                期号
                <input
                  aria-label="期号"
                  inputMode="numeric"
                  value={plan.number}
                  onChange={(e) => change((p) => ({ ...p, number: Number(e.target.value.replace(/\D/g, '')) || 1 }))}
                />
              </label>
              <label>
                总期号
                <input
                  aria-label="总期号"
                  inputMode="numeric"
                  value={plan.totalNumber}
                  onChange={(e) =>
                    change((p) => ({ ...p, totalNumber: Number(e.target.value.replace(/\D/g, '')) || 1 }))
                  }
                />
              </label>
              <button
                type="button"
                onClick={() =>
                  change((p) => ({
                    ...p,
                    pages: [...p.pages, newPage(Math.max(0, ...p.pages.map((pg) => pg.number)) + 1)],
                  }))
                }
              >
                加一版
              </button>
              <button
                type="button"
                disabled={!plan.id || plan.pages.every((p) => p.placements.length === 0)}
                onClick={() => setPrinting({ title: `第${plan.number}期全部 ${plan.pages.length} 个版` })}
              >
                导出整期 PDF…
              </button>
            </div>
            {plan.pages.map((page, pageIndex) => {
              const preset = presetOf(page, presets);
              const used = packModules(page.placements, preset.columns).bottom;
              const room = pageLines(preset);
              const printed = previewing === pageIndex ? printPage(page, plan) : null;
              return (
                <article
                  key={pageIndex}
                  className="plan-page"
                  data-testid="plan-page"
                  aria-label={`第${page.number}版`}
                  onDragOver={(e) => {
                    if (e.dataTransfer.types.includes(ARTICLE_DRAG)) e.preventDefault();
                  }}
                  onDrop={onDrop(pageIndex)}
                >
                  <div className="form-row">
                    <strong>第{page.number}版</strong>
                    <input
                      aria-label={`第${page.number}版版名`}
                      placeholder="版名，如 中原新闻"
                      value={page.name}
                      onChange={(e) => setPage(pageIndex, (pg) => ({ ...pg, name: e.target.value }))}
                    />
                    <input
                      aria-label={`第${page.number}版责任编辑`}
                      placeholder="责任编辑"
                      value={page.editor}
                      onChange={(e) => setPage(pageIndex, (pg) => ({ ...pg, editor: e.target.value }))}
                    />
                    <select
                      aria-label={`第${page.number}版版式`}
                      value={page.presetId}
                      onChange={(e) => setPage(pageIndex, (pg) => ({ ...pg, presetId: e.target.value }))}
                    >
                      {presets.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}（{p.columns} 栏 × {p.charsPerColumn} 字）
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
                      <button type="button" onClick={() => arrange(pageIndex)}>
                        自动排版
                      </button>
                      <button type="button" onClick={() => setPreviewing(previewing === pageIndex ? null : pageIndex)}>
                        {previewing === pageIndex ? '收起预览' : '预览'}
                      </button>
                      <button
                        type="button"
                        disabled={!plan.id}
                        onClick={() => setPrinting({ pages: [page.number], title: `第${page.number}版` })}
                      >
                        导出本版 PDF…
                      </button>
                    </div>
                  )}
                  <ol className="placements">
                    {page.placements.map((pl, i) => {
                      const article = articles.get(pl.articleId);
                      const fit = article ? placementFit(article, pl, preset, sizes) : null;
                      const move = (by: number) =>
                        setPage(pageIndex, (pg) => {
                          const list = [...pg.placements];
                          const [item] = list.splice(i, 1);
                          list.splice(Math.max(0, Math.min(list.length, i + by)), 0, item!);
                          return { ...pg, placements: list };
                        });
                      const set = (patch: Partial<typeof pl>) =>
                        setPage(pageIndex, (pg) => ({
                          ...pg,
                          placements: pg.placements.map((x, j) => (j === i ? { ...x, ...patch } : x)),
                        }));
                      return (
                        <li key={pl.articleId} data-testid="placement">
                          <button type="button" className="link" onClick={() => onOpen(pl.articleId)}>
                            {article?.title || '（无标题）'}
                          </button>
                          <select
                            aria-label="标题级别"
                            value={pl.tier}
                            onChange={(e) => set({ tier: e.target.value as HeadlineTier })}
                          >
                            {HEADLINE_TIERS.map((t) => (
                              <option key={t}>{t}</option>
                            ))}
                          </select>
                          <select
                            aria-label="占栏"
                            value={pl.span}
                            onChange={(e) => set({ span: Number(e.target.value) })}
                          >
                            {Array.from({ length: preset.columns }, (_, n) => n + 1).map((n) => (
                              <option key={n} value={n}>
                                {n} 栏
                              </option>
                            ))}
                          </select>
                          <label>
                            高
                            <input
                              aria-label="行数"
                              inputMode="numeric"
                              size={3}
                              value={pl.lines}
                              onChange={(e) =>
                                set({ lines: Math.max(4, Number(e.target.value.replace(/\D/g, '')) || 4) })
                              }
                            />
                            行
                          </label>
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
                          <button type="button" aria-label="上移" onClick={() => move(-1)} disabled={i === 0}>
                            ↑
                          </button>
                          <button
                            type="button"
                            aria-label="下移"
                            onClick={() => move(1)}
                            disabled={i === page.placements.length - 1}
                          >
                            ↓
                          </button>
                          <button
                            type="button"
                            aria-label="移出本版"
                            onClick={() =>
                              setPage(pageIndex, (pg) => ({
                                ...pg,
                                placements: pg.placements.filter((_, j) => j !== i),
                              }))
                            }
                          >
                            ×
                          </button>
                        </li>
                      );
                    })}
                  </ol>
                  {previewing === pageIndex &&
                    (printed ? (
                      <PagePreview page={printed} sizes={sizes} width={560} />
                    ) : (
                      <p className="muted">正在读取稿件…</p>
                    ))}
                </article>
              );
            })}
          </div>
          <aside className="planner-archive" aria-label="本月稿件">
            <h2>{plan.date.slice(0, 7).replace('-', '年')}月稿件</h2>
            {archive.length === 0 && <p className="muted">这个月还没有稿件。</p>}
            <ul>
              {archive.map((entry) => (
                <li
                  key={entry.id}
                  draggable
                  data-testid="archive-entry"
                  onDragStart={(e) => e.dataTransfer.setData(ARTICLE_DRAG, entry.id)}
                >
                  <span>{entry.title || '（无标题）'}</span>
                  <select
                    aria-label={`把“${entry.title}”加入`}
                    value=""
                    onChange={(e) => e.target.value !== '' && place(Number(e.target.value), entry.id)}
                  >
                    <option value="">加入…</option>
                    {plan.pages.map((p, i) => (
                      <option key={i} value={i}>
                        第{p.number}版
                      </option>
                    ))}
                  </select>
                </li>
              ))}
            </ul>
          </aside>
        </div>
      )}
    </section>
  );
}
