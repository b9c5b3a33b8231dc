import type { SimilarArticle } from '../search/DuplicateWarning';
import { formatDate } from '../display-format';
import { TIMES_OF_DAY } from '../../../shared/model/article';
import { bylineParts } from '../../../shared/format/house-text';
import type { ParsedReport } from '../../../shared/format/parse-reports';
import { articleDateline, datelineDateProblem } from '../../../shared/format/parse-output';
import type { Draft } from './use-import-drafts';

const blockText = (block: ParsedReport['paragraphs'][number]) => block.children.map((c) => c.text).join('');

/** Names typed with spaces or 、 between them. */
const names = (text: string) =>
  text
    .split(/[\s、，,]+/u)
    .map((n) => n.trim())
    .filter(Boolean);

interface CardProps {
  index: number;
  draft: Draft;
  /** The archive article this report repeats (重稿), if any. */
  duplicate: SimilarArticle | null;
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
export function ReportCard({
  index,
  draft,
  duplicate,
  year,
  active,
  last,
  onFocus,
  onToggle,
  onChange,
  onMerge,
  onSplit,
}: CardProps) {
  const { report } = draft;
  const label = `第 ${index + 1} 篇`;
  const d = report.dateline;
  const chip = year !== null ? articleDateline(report, year) : null;
  const wrongDate = year !== null ? datelineDateProblem(report, year) : null;
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
          whole: true,
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
      {duplicate && (
        <p className="duplicate-note" role="note" data-testid="import-duplicate">
          稿件库中已有：{duplicate.title || '（无标题）'}（{formatDate(duplicate.date)}，重合{' '}
          {Math.round(duplicate.overlap * 100)}%），默认不导入
        </p>
      )}
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
            value={text(report.title)}
            placeholder="原文没有标题，请填写"
            aria-invalid={!report.title?.trim()}
            onChange={(e) => onChange((r) => ({ ...r, title: e.target.value || null }))}
          />
        </label>
        {!report.title?.trim() && (
          <p className="error" role="alert" data-testid="import-no-title">
            {label}没有标题：原文从导语开始，请填写主题后再导入
          </p>
        )}
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
          {wrongDate && (
            <span className="error" role="alert" data-testid="dateline-invalid">
              {wrongDate}
            </span>
          )}
          {d && !chip && !wrongDate && (
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
