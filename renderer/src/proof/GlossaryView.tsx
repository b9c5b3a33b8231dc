import { useState } from 'react';
import { Notice, Problem } from '../app/Problem';
import { FileButton } from '../app/FileButton';
import { errorMessage, useNotify } from '../app/notify';
import { GlossaryEntrySchema, type GlossaryEntry } from '../../../shared/proof/glossary';
import { useClient } from '../api/use-client';
import { downloadCsvFrom, readCsvFile } from '../file-io';
import { useGlossary } from './glossary-context';

/** Largest word list file read. */

const blank = (): GlossaryEntry => ({ term: '', suggestion: null, note: '', severity: 'warning' });

/**
 * 词表: the newsroom's own list of wording to avoid, with what to write
 * instead, checked by the proofreader in every article. Edited as a table and
 * saved whole; imported from and exported to CSV for Excel or WPS.
 */
export function GlossaryView() {
  const notify = useNotify();
  const client = useClient();
  const glossary = useGlossary();
  const [rows, setRows] = useState<GlossaryEntry[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const entries = rows ?? [...glossary.entries];
  const edited = rows !== null;

  const set = (index: number, patch: Partial<GlossaryEntry>) =>
    setRows(entries.map((e, i) => (i === index ? { ...e, ...patch } : e)));

  const save = async () => {
    setProblem(null);
    const kept = entries.filter((e) => e.term.trim() !== '');
    const bad = kept.flatMap((e, i) => {
      const parsed = GlossaryEntrySchema.safeParse(e);
      return parsed.success ? [] : [`第 ${i + 1} 条“${e.term}”：${parsed.error.issues[0]?.message}`];
    });
    const terms = kept.map((e) => e.term.trim());
    const twice = terms.filter((t, i) => terms.indexOf(t) !== i);
    if (twice.length > 0) bad.push(`“${twice[0]}”重复`);
    if (bad.length > 0) {
      setProblem(`没有保存：\n${bad.join('\n')}`);
      return;
    }
    try {
      const { count } = await client.call('glossary.save', { entries: kept.map((e) => GlossaryEntrySchema.parse(e)) });
      await glossary.reload();
      setRows(null);
      setMessage(`词表已保存（${count} 条），校对将按新词表检查。`);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const importFile = async (file: File) => {
    setProblem(null);
    try {
      const text = await readCsvFile(file, '词表');
      const { count } = await client.call('glossary.importCsv', { text });
      await glossary.reload();
      setRows(null);
      setMessage(`已从“${file.name}”导入 ${count} 条，替换了原词表。`);
    } catch (error) {
      setProblem(`无法导入“${file.name}”：${errorMessage(error)}`);
    }
  };

  const exportCsv = () =>
    downloadCsvFrom(() => client.call('glossary.exportCsv')).catch((error: unknown) => notify.fail(error));

  return (
    <section className="glossary" aria-label="词表">
      <div className="list-bar">
        <strong>校对词表</strong>
        <span className="status">
          {glossary.builtIn && !edited ? '（内置词表）' : ''}共 {entries.length} 条
        </span>
        <button type="button" onClick={() => setRows([...entries, blank()])}>
          添加一条
        </button>
        <button type="button" className="primary" disabled={!edited} onClick={() => void save()}>
          保存词表
        </button>
        {edited && (
          <button type="button" onClick={() => setRows(null)}>
            放弃修改
          </button>
        )}
        <FileButton
          label="导入词表…"
          accept=".csv,text/csv"
          testId="import-glossary"
          onFile={(file) => void importFile(file)}
        />
        <button type="button" onClick={() => void exportCsv()}>
          导出词表
        </button>
      </div>
      <p className="muted">
        词表为 CSV 文件（可用 Excel 或 WPS 编辑），列为：词语,建议,说明,级别（error 错误 / warning 提示）。
      </p>
      <Notice message={message} />
      <Problem as="pre" className="error import-problem" message={problem} />
      <table aria-label="词表条目">
        <thead>
          <tr>
            <th>词语</th>
            <th>建议改为</th>
            <th>说明</th>
            <th>级别</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={`词语 ${i + 1}`}
                  value={entry.term}
                  maxLength={30}
                  onChange={(e) => set(i, { term: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`建议 ${i + 1}`}
                  value={entry.suggestion ?? ''}
                  maxLength={30}
                  placeholder="（只提示）"
                  onChange={(e) => set(i, { suggestion: e.target.value || null })}
                />
              </td>
              <td>
                <input
                  aria-label={`说明 ${i + 1}`}
                  value={entry.note}
                  maxLength={100}
                  onChange={(e) => set(i, { note: e.target.value })}
                />
              </td>
              <td>
                <select
                  aria-label={`级别 ${i + 1}`}
                  value={entry.severity}
                  onChange={(e) => set(i, { severity: e.target.value as GlossaryEntry['severity'] })}
                >
                  <option value="error">错误</option>
                  <option value="warning">提示</option>
                </select>
              </td>
              <td>
                <button
                  type="button"
                  aria-label={`删除第 ${i + 1} 条`}
                  onClick={() => setRows(entries.filter((_, j) => j !== i))}
                >
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
