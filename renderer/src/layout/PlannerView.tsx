import { useState } from 'react';
import { Problem } from '../app/Problem';
import type { Article } from '../../../shared/model/article';
import { presetOf, type IssueInput, type IssuePage } from '../../../shared/layout/issue';
import { arrangePage, placeArticle } from '../../../shared/layout/plan-edits';
import type { PrintPage } from '../../../shared/layout/page-html';
import { planPrintPage } from '../../../shared/layout/print-page';
import { exportableContent } from '../../../shared/people/content';
import { useDirectory } from '../people/directory-context';
import { formatDate } from '../display-format';
import { PresetsEditor } from './PresetsEditor';
import { SizesEditor } from './SizesEditor';
import { PrintDialog } from './PrintDialog';
import { IssueFields } from './IssueFields';
import { PlanPage } from './PlanPage';
import { ArchiveSidebar } from './ArchiveSidebar';
import { useIssuePlan } from './use-issue-plan';
import { usePlanArticles } from './use-plan-articles';
import { usePaper } from './use-paper';

/**
 * 版面: plan an issue's pages. Reports are dragged from the archive of the
 * issue's month onto a page (or added with 加入), ordered, given a column
 * span, a height in lines and a headline tier; each shows how it fits its
 * module (超出 12 行，约 156 字). Changes are saved as they are made.
 */
export function PlannerView({ onOpen }: { onOpen(id: string): void }) {
  const { issues, plan, saved, change, createIssue, choose, problem, setProblem } = useIssuePlan();
  const { archive, articles } = usePlanArticles(plan);
  const paper = usePaper();
  const { presets, sizes } = paper;
  const directory = useDirectory();
  const [editing, setEditing] = useState<null | 'presets' | 'sizes'>(null);
  const [previewing, setPreviewing] = useState<number | null>(null);
  const [printing, setPrinting] = useState<{ pages?: number[]; title: string } | null>(null);

  /** The page as it prints (mentions printed from the directory), once every placed article is loaded. */
  const printPage = (page: IssuePage, issue: IssueInput): PrintPage | null => {
    const contents = [];
    for (const pl of page.placements) {
      const article = articles.get(pl.articleId);
      if (!article) return null;
      const ready = exportableContent(article, directory.index);
      contents.push(ready.ok ? ready.content : article);
    }
    return planPrintPage(issue, page, presetOf(page, presets), contents, sizes, paper.masthead);
  };

  /** 自动排版 of one page, once its reports are loaded; says so when they do not fit. */
  const arrange = (pageIndex: number) =>
    change((p) => {
      const page = p.pages[pageIndex]!;
      const contents = page.placements.map((pl) => articles.get(pl.articleId));
      if (contents.some((c) => !c)) return p;
      const arranged = arrangePage(p, pageIndex, contents as Article[], presetOf(page, presets), sizes, paper.masthead);
      if (arranged.overrun > 0)
        setProblem(`第${page.number}版的稿件排不下：超出 ${arranged.overrun} 行，请移出或删减稿件，或换用更大的版式。`);
      return arranged.plan;
    });

  const place = (pageIndex: number, articleId: string) =>
    change((p) => placeArticle(p, pageIndex, articleId, presetOf(p.pages[pageIndex]!, presets)));

  return (
    <section className="planner" aria-label="版面">
      <div className="list-bar">
        <button type="button" className="primary" onClick={createIssue}>
          新建一期
        </button>
        <button type="button" onClick={() => setEditing('presets')}>
          版式设置
        </button>
        <button type="button" onClick={() => setEditing('sizes')}>
          字号表
        </button>
        <select aria-label="选择一期" value={plan?.id ?? ''} onChange={(e) => choose(e.target.value)}>
          <option value="">（选择一期）</option>
          {issues.map((i) => (
            <option key={i.id} value={i.id}>
              {formatDate(i.date)} 第{i.number}期（总第{i.totalNumber}期）
            </option>
          ))}
        </select>
        {plan && (
          <span className="status" data-testid="plan-save-state" aria-live="polite">
            {saved ? '计划已保存' : '正在保存计划…'}
          </span>
        )}
      </div>
      <Problem message={problem} />
      {editing === 'presets' && (
        <PresetsEditor
          presets={presets}
          masthead={paper.masthead}
          onCancel={() => setEditing(null)}
          onSave={async (next, masthead) => {
            await paper.savePresets(next, masthead);
            setEditing(null);
          }}
        />
      )}
      {editing === 'sizes' && (
        <SizesEditor
          sizes={paper.sizeRows}
          onCancel={() => setEditing(null)}
          onSave={async (next) => {
            await paper.saveSizes(next);
            setEditing(null);
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
            <IssueFields
              plan={plan}
              change={change}
              onPrintAll={() => setPrinting({ title: `第${plan.number}期全部 ${plan.pages.length} 个版` })}
            />
            {plan.pages.map((page, pageIndex) => (
              <PlanPage
                key={pageIndex}
                plan={plan}
                pageIndex={pageIndex}
                presets={presets}
                sizes={sizes}
                masthead={paper.masthead}
                articles={articles}
                change={change}
                preview={previewing === pageIndex ? printPage(page, plan) : undefined}
                onTogglePreview={() => setPreviewing(previewing === pageIndex ? null : pageIndex)}
                onArrange={() => arrange(pageIndex)}
                onPrint={() => setPrinting({ pages: [page.number], title: `第${page.number}版` })}
                onPlace={(id) => place(pageIndex, id)}
                onOpen={onOpen}
              />
            ))}
          </div>
          <ArchiveSidebar month={plan.date.slice(0, 7)} archive={archive} pages={plan.pages} onPlace={place} />
        </div>
      )}
    </section>
  );
}
