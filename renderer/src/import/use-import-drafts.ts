import { useCallback, useState } from 'react';
import { ArticleContentSchema } from '../../../shared/model/article';
import { contentSizeProblem } from '../../../shared/model/limits';
import type { ParsedReport } from '../../../shared/format/parse-reports';
import { datelineDateProblem, reportToContent } from '../../../shared/format/parse-output';
import { mergeReports, splitReport } from '../../../shared/format/report-edits';
import { useClient } from '../api/use-client';
import { errorMessage } from '../app/notify';

/** A report in the review: what the parser found, as corrected, and whether to import it. */
export interface Draft {
  key: number;
  selected: boolean;
  report: ParsedReport;
}

let nextKey = 0;

/**
 * The reports of an import review as the editor corrects them: fields
 * changed, reports merged or split, chosen or not; `run` imports the chosen
 * ones together (all of them or, on any problem, none) with the year given
 * for datelines written without one.
 */
export function useImportDrafts(
  reports: readonly ParsedReport[],
  defaultYear: number,
  onImported: (ids: string[]) => void,
) {
  const client = useClient();
  const [drafts, setDrafts] = useState<Draft[]>(() =>
    reports.map((report) => ({ key: nextKey++, selected: true, report })),
  );
  const [year, setYear] = useState(String(defaultYear));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const yearNumber = /^\d{4}$/.test(year) ? Number(year) : null;

  const update = (index: number, change: (report: ParsedReport) => ParsedReport) =>
    setDrafts((list) => list.map((d, i) => (i === index ? { ...d, report: change(d.report) } : d)));

  const choose = (index: number, selected: boolean) =>
    setDrafts((list) => list.map((d, i) => (i === index ? { ...d, selected } : d)));

  /** Leaves a report out (one found already in the archive). */
  const deselect = useCallback(
    (key: number) => setDrafts((list) => list.map((d) => (d.key === key ? { ...d, selected: false } : d))),
    [],
  );

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
      const wrongDate = datelineDateProblem(d.report, yearNumber);
      if (wrongDate) problems.push(`${label}：${wrongDate}`);
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

  return { drafts, year, setYear, yearNumber, problem, busy, update, choose, deselect, merge, split, run };
}
