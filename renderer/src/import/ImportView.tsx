import { useMemo, useState } from 'react';
import { errorMessage } from '../app/notify';
import { ArticleContentSchema, TIMES_OF_DAY } from '../../../shared/model/article';
import { contentSizeProblem } from '../../../shared/model/limits';
import { bylineParts } from '../../../shared/format/house-text';
import type { ParsedReport } from '../../../shared/format/parse-reports';
import { articleDateline, reportToContent } from '../../../shared/format/parse-output';
import { mergeReports, splitReport } from '../../../shared/format/report-edits';
import { useClient } from '../api/use-client';
import type { SourceDocument } from './sources';

/** A report in the review: what the parser found, as corrected, and whether to import it. */
interface Draft {
  key: number;
  selected: boolean;
  report: ParsedReport;
}

interface Props {
  document: SourceDocument;
  reports: ParsedReport[];
  /** The year for datelines written without one (from the page header, else this year). */
  defaultYear: number;
  onImported(ids: string[]): void;
  onCancel(): void;
}

const blockText = (block: ParsedReport['paragraphs'][number]) => block.children.map((c) => c.text).join('');

/** Names typed with spaces or 、 between them. */
const names = (text: string) =>
  text
    .split(/[\s、，,]+/u)
    .map((n) => n.trim())
    .filter(Boolean);

let nextKey = 0;

/**
 * The import review: the reports recognised in the copy, beside the source
 * text. Fields can be corrected, reports merged or split, and the chosen
 * ones imported into the archive together (all of them or, on any problem,
 * none).
 */
export function ImportView({ document, reports, defaultYear, onImported, onCancel }: Props) {
  const client = useClient();
  const [drafts, setDrafts] = useState<Draft[]>(() =>
    reports.map((report) => ({ key: nextKey++, selected: true, report })),
  );
  const [year, setYear] = useState(String(defaultYear));
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const yearNumber = /^\d{4}$/.test(year) ? Number(year) : null;
  const chosen = drafts.filter((d) => d.selected);

  const update = (index: number, change: (report: ParsedReport) => ParsedReport) =>
    setDrafts((list) => list.map((d, i) => (i === index ? { ...d, report: change(d.report) } : d)));

  const merge = (index: number) =>
    setDrafts((list) => [
      ...list.slice(0, index),
      { ...list[index]!, report: mergeReports(list[index]!.report, list[index + 1]!.report) },
      ...list.slice(index + 2),
    ]);

  const split = (index: number, at: number) =>
    setDrafts((list) => {
      const [a, b] = splitReport(list[index]!.report, at);
      return [
        ...list.slice(0, index),
        { ...list[index]!, report: a },
        { key: nextKey++, selected: true, report: b },
        ...list.slice(index + 1),
      ];
    });

  const run = async () => {
    setProblem(null);
    if (yearNumber === null) {
      setProblem('年份应为四位数字，如 2020。');
      return;
    }
    const problems: string[] = [];
    const contents = drafts.flatMap((d, i) => {
      if (!d.selected) return [];
      const content = reportToContent(d.report, yearNumber);
      const label = `第 ${i + 1} 篇`;
      if (!content.title.trim()) problems.push(`${label}：没有标题`);
      const parsed = ArticleContentSchema.safeParse(content);
      if (!parsed.success) problems.push(`${label}：${parsed.error.issues[0]?.message ?? '内容不完整'}`);
      const tooLarge = contentSizeProblem(content);
      if (tooLarge) problems.push(`${label}：${tooLarge}`);
      return [content];
    });
    if (problems.length > 0) {
      setProblem(`请先改正以下问题（没有导入任何稿件）：\n${problems.join('\n')}`);
      return;
    }
    setBusy(true);
    try {
      const { ids } = await client.call('articles.createMany', { contents });
      onImported(ids);
    } catch (error) {
      setProblem(`导入失败，没有导入任何稿件：${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const activeLines = drafts[active]?.report.lines ?? null;
  const sourceLines = useMemo(() => document.lines.map((l) => l.text), [document]);

  return (
    <section className="import" aria-label="导入稿件">
      <div className="list-bar">
        <strong>
          从“{document.name}”识别出 {drafts.length} 篇稿件
        </strong>
        <label className="status">
          年份
          <input
            aria-label="年份"
            inputMode="numeric"
            value={year}
            maxLength={4}
            size={5}
            onChange={(e) => setYear(e.target.value.replace(/\D/g, ''))}
          />
        </label>
        <span className="muted">（电头未写年份时使用）</span>
        <button type="button" className="primary" disabled={busy || chosen.length === 0} onClick={() => void run()}>
          导入所选 {chosen.length} 篇
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
      {document.notes.map((note) => (
        <p key={note} className="notices" role="status">
          {note}
        </p>
      ))}
      {problem && (
        <pre role="alert" className="error import-problem">
          {problem}
        </pre>
      )}
      <div className="import-body">
        <ol className="import-reports">
          {drafts.map((draft, index) => (
            <ReportCard
              key={draft.key}
              index={index}
              draft={draft}
              year={yearNumber}
              active={index === active}
              last={index === drafts.length - 1}
              onFocus={() => setActive(index)}
              onToggle={(selected) => setDrafts((list) => list.map((d, i) => (i === index ? { ...d, selected } : d)))}
              onChange={(change) => update(index, change)}
              onMerge={() => merge(index)}
              onSplit={(at) => split(index, at)}
            />
          ))}
        </ol>
        <div className="import-source" role="region" aria-label="原文">
          {sourceLines.map((line, i) => (
            <div
              key={i}
              className={
                activeLines && i >= activeLines.start && i < activeLines.end ? 'source-line active' : 'source-line'
              }
            >
              {line || '\u00a0'}
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}

interface CardProps {
  index: number;
  draft: Draft;
  year: number | null;
  active: boolean;
  last: boolean;
  onFocus(): void;
  onToggle(selected: boolean): void;
  onChange(change: (report: ParsedReport) => ParsedReport): void;
  onMerge(): void;
  onSplit(at: number): void;
}

/** One recognised report: its fields, editable, and its paragraphs with 拆分 points. */
function ReportCard({ index, draft, year, active, last, onFocus, onToggle, onChange, onMerge, onSplit }: CardProps) {
  const { report } = draft;
  const label = `第 ${index + 1} 篇`;
  const d = report.dateline;
  const chip = year !== null ? articleDateline(report, year) : null;
  const text = (value: string | null) => value ?? '';
  const setDateline = (patch: Partial<NonNullable<ParsedReport['dateline']>>) =>
    onChange((r) => ({
      ...r,
      dateline: {
        ...(r.dateline ?? {
          source: '本报讯',
          year: null,
          month: null,
          day: null,
          timeOfDay: null,
          relative: null,
          prefix: '',
        }),
        ...patch,
      },
    }));
  const number = (value: string) => (/^\d{1,2}$/.test(value) ? Number(value) : null);
  return (
    <li
      className={active ? 'import-report active' : 'import-report'}
      aria-label={label}
      data-testid="import-report"
      onFocus={onFocus}
      onClick={onFocus}
    >
      <label className="import-choose">
        <input type="checkbox" checked={draft.selected} onChange={(e) => onToggle(e.target.checked)} />
        导入{label}
      </label>
      <div className="import-fields">
        <label>
          引题
          <input
            aria-label={`${label}引题`}
            value={text(report.kicker)}
            onChange={(e) => onChange((r) => ({ ...r, kicker: e.target.value || null }))}
          />
        </label>
        <label>
          主题
          <input
            aria-label={`${label}主题`}
            value={report.title}
            onChange={(e) => onChange((r) => ({ ...r, title: e.target.value }))}
          />
        </label>
        <label>
          副题
          <input
            aria-label={`${label}副题`}
            value={text(report.subtitle)}
            onChange={(e) => onChange((r) => ({ ...r, subtitle: e.target.value || null }))}
          />
        </label>
        <div className="import-dateline">
          电头
          <input
            aria-label={`${label}电头来源`}
            value={d?.source ?? ''}
            placeholder="本报讯"
            size={6}
            onChange={(e) => setDateline({ source: e.target.value })}
          />
          <input
            aria-label={`${label}月`}
            inputMode="numeric"
            size={2}
            value={d?.month ?? ''}
            onChange={(e) => setDateline({ month: number(e.target.value), relative: null })}
          />
          月
          <input
            aria-label={`${label}日`}
            inputMode="numeric"
            size={2}
            value={d?.day ?? ''}
            onChange={(e) => setDateline({ day: number(e.target.value), relative: null })}
          />
          日
          <select
            aria-label={`${label}时段`}
            value={d?.timeOfDay ?? ''}
            onChange={(e) => setDateline({ timeOfDay: e.target.value || null })}
          >
            <option value="">（不写）</option>
            {TIMES_OF_DAY.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
          {d && !chip && (
            <span className="muted" data-testid="dateline-kept">
              （“{d.prefix}”将按原文留在导语中）
            </span>
          )}
        </div>
        <div className="import-byline">
          署名
          {(['reporters', 'correspondents', 'photographers'] as const).map((role) => (
            <label key={role}>
              {{ reporters: '记者', correspondents: '通讯员', photographers: '摄影' }[role]}
              <input
                aria-label={`${label}${{ reporters: '记者', correspondents: '通讯员', photographers: '摄影' }[role]}`}
                value={report.byline[role].join(' ')}
                onChange={(e) => onChange((r) => ({ ...r, byline: { ...r.byline, [role]: names(e.target.value) } }))}
              />
            </label>
          ))}
          <span className="muted">{bylineParts(report.byline).join(' ') ? '' : '（未署名）'}</span>
        </div>
      </div>
      <ol className="import-paragraphs" aria-label={`${label}正文`}>
        {report.paragraphs.map((p, i) => (
          <li key={i} className={p.type === 'subheading' ? 'subheading' : undefined}>
            {i > 0 && (
              <button type="button" className="link split" onClick={() => onSplit(i)} title="从这一段起拆成新的一篇">
                ✂ 从这里拆分
              </button>
            )}
            <span className="import-paragraph">{blockText(p)}</span>
          </li>
        ))}
      </ol>
      <p className="muted">
        正文 {report.paragraphs.length} 段，{report.paragraphs.map(blockText).join('').length} 字
      </p>
      {!last && (
        <button type="button" onClick={onMerge}>
          与下一篇合并
        </button>
      )}
    </li>
  );
}
