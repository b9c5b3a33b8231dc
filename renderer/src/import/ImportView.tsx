import { useEffect, useMemo, useRef, useState } from 'react';
import { Problem } from '../app/Problem';
import type { ParsedReport } from '../../../shared/format/parse-reports';
import type { SourceDocument } from './sources';
import { ReportCard } from './ReportCard';
import { useImportDrafts } from './use-import-drafts';
import { useImportDuplicates } from '../search/use-import-duplicates';

interface Props {
  document: SourceDocument;
  reports: ParsedReport[];
  /** The year for datelines written without one (from the page header, else this year). */
  defaultYear: number;
  onImported(ids: string[]): void;
  onCancel(): void;
}

/**
 * The import review: the reports recognised in the copy, beside the source
 * text. Fields can be corrected, reports merged or split, and the chosen
 * ones imported into the archive together (all of them or, on any problem,
 * none).
 */
export function ImportView({ document, reports, defaultYear, onImported, onCancel }: Props) {
  const { drafts, year, setYear, yearNumber, problem, busy, update, choose, deselect, merge, split, run } =
    useImportDrafts(reports, defaultYear, onImported);
  // A report already in the archive (the same page imported twice, an old report sent again) starts unselected.
  const duplicates = useImportDuplicates(drafts, yearNumber, deselect);
  const [active, setActive] = useState(0);
  const chosen = drafts.filter((d) => d.selected);

  const activeLines = drafts[active]?.report.lines ?? null;
  const sourceLines = useMemo(() => document.lines.map((l) => l.text), [document]);
  // The source pane follows the report under review: its first line is brought into view.
  const sourcePane = useRef<HTMLDivElement>(null);
  const activeStart = activeLines?.start ?? null;
  useEffect(() => {
    const pane = sourcePane.current;
    if (!pane || activeStart === null) return;
    const line = pane.children[activeStart] as HTMLElement | undefined;
    if (line) pane.scrollTop += line.getBoundingClientRect().top - pane.getBoundingClientRect().top - 8;
  }, [activeStart]);

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
      <Problem as="pre" className="error import-problem" message={problem} />
      <div className="import-body">
        <ol className="import-reports">
          {drafts.map((draft, index) => (
            <ReportCard
              key={draft.key}
              index={index}
              draft={draft}
              duplicate={duplicates.get(draft.key) ?? null}
              year={yearNumber}
              active={index === active}
              last={index === drafts.length - 1}
              onFocus={() => setActive(index)}
              onToggle={(selected) => choose(index, selected)}
              onChange={(change) => update(index, change)}
              onMerge={() => merge(index)}
              onSplit={(at) => split(index, at)}
            />
          ))}
        </ol>
        <div className="import-source" role="region" aria-label="原文" ref={sourcePane} data-testid="import-source">
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
