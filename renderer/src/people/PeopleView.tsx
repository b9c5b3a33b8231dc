import { useMemo, useState } from 'react';
import { Notice, Problem } from '../app/Problem';
import { FileButton } from '../app/FileButton';
import { errorMessage, useNotify } from '../app/notify';
import { rankOn, searchPeople, titleOn } from '../../../shared/people/directory';
import { PERSON_CATEGORIES, type Person, type PersonCategory, type PersonInput } from '../../../shared/people/model';
import { useClient } from '../api/use-client';
import { downloadCsvFrom, readCsvFile } from '../file-io';
import { todayIso } from '../../../shared/model/date';
import { useDirectory } from './directory-context';
import { PersonForm } from './PersonForm';

/** Largest directory file read (20,000 rows are about 1.5 MB). */

const collator = new Intl.Collator('zh-CN');

/** People listed as the desk reads them: by category, then by today's rank, then by pinyin. */
function listOrder(people: readonly Person[], date: string): Person[] {
  const rank = (p: Person) => rankOn(p, date) ?? Number.POSITIVE_INFINITY;
  return [...people].sort(
    (a, b) =>
      PERSON_CATEGORIES.indexOf(a.category) - PERSON_CATEGORIES.indexOf(b.category) ||
      rank(a) - rank(b) ||
      collator.compare(a.pinyin, b.pinyin),
  );
}

/** 人员库: search, add, edit (with dated posts), remove, import and export the directory. */
export function PeopleView() {
  const notify = useNotify();
  const client = useClient();
  const { people, reload } = useDirectory();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<PersonCategory | ''>('');
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [message, setMessage] = useState<string | null>(null);
  const [importProblem, setImportProblem] = useState<string | null>(null);
  const today = todayIso();

  const shown = useMemo(() => {
    const pool = category ? people.filter((p) => p.category === category) : people;
    return query.trim() ? searchPeople(pool, query) : listOrder(pool, today);
  }, [people, query, category, today]);

  const save = async (input: PersonInput) => {
    const saved = await client.call('people.save', input);
    await reload();
    setEditing(null);
    setMessage(`已保存“${saved.name}”。`);
  };

  const remove = async (person: Person) => {
    try {
      await client.call('people.delete', { id: person.id });
      await reload();
      setConfirming(null);
      setMessage(`已删除“${person.name}”。已写入稿件的人名仍按原名印出。`);
    } catch (error) {
      notify.fail(error);
    }
  };

  const importFile = async (file: File) => {
    setImportProblem(null);
    setMessage(null);
    try {
      const text = await readCsvFile(file, '人员表');
      const result = await client.call('people.importCsv', { text, mode });
      await reload();
      setMessage(
        `已导入“${file.name}”：新增 ${result.added} 人，更新 ${result.updated} 人${result.removed ? `，移除 ${result.removed} 人` : ''}，人员库共 ${result.total} 人。`,
      );
    } catch (error) {
      setImportProblem(`无法导入“${file.name}”：${errorMessage(error)}`);
    }
  };

  const exportCsv = () =>
    downloadCsvFrom(() => client.call('people.exportCsv')).catch((error: unknown) => notify.fail(error));

  const loadSample = async () => {
    try {
      const result = await client.call('people.loadSample');
      await reload();
      setMessage(`已载入示例人员库（${result.total} 人）。`);
    } catch (error) {
      notify.fail(error);
    }
  };

  return (
    <section className="people" aria-label="人员库">
      <div className="list-bar">
        <input
          aria-label="搜索人员"
          placeholder="姓名、拼音或首字母（如 qs）"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select
          aria-label="按类别筛选"
          value={category}
          onChange={(e) => setCategory(e.target.value as PersonCategory | '')}
        >
          <option value="">全部类别</option>
          {PERSON_CATEGORIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          新增人员
        </button>
        <label className="status">
          导入方式
          <select aria-label="导入方式" value={mode} onChange={(e) => setMode(e.target.value as 'merge' | 'replace')}>
            <option value="merge">合并（同名同单位的更新）</option>
            <option value="replace">替换整个人员库</option>
          </select>
        </label>
        <FileButton
          label="导入人员表…"
          accept=".csv,text/csv"
          testId="import-people"
          onFile={(file) => void importFile(file)}
        />
        <button type="button" onClick={() => void exportCsv()} disabled={people.length === 0}>
          导出人员表
        </button>
        {people.length === 0 && (
          <button type="button" onClick={() => void loadSample()}>
            载入示例人员库
          </button>
        )}
        <span className="status">共 {people.length} 人</span>
      </div>
      <p className="muted">
        人员表为 CSV 文件（可用 Excel 或 WPS
        编辑），列为：姓名,类别,职务,单位,排序,起始日期,截止日期；每人每个任职时段一行。
      </p>
      <Notice message={message} />
      <Problem as="pre" className="error import-problem" message={importProblem} />
      {editing && (
        <PersonForm person={editing === 'new' ? null : editing} onSave={save} onCancel={() => setEditing(null)} />
      )}
      {people.length === 0 ? (
        <p className="muted">人员库是空的。可以新增人员、导入人员表，或先载入示例人员库试用。</p>
      ) : (
        <table aria-label="人员列表">
          <thead>
            <tr>
              <th>姓名</th>
              <th>拼音</th>
              <th>类别</th>
              <th>单位</th>
              <th>现任职务</th>
              <th className="num">排序</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((person) => (
              <tr key={person.id}>
                <td>{person.name}</td>
                <td className="muted">{person.pinyin}</td>
                <td>{person.category}</td>
                <td>{person.organisation}</td>
                <td>{titleOn(person, today)}</td>
                <td className="num">{rankOn(person, today) ?? ''}</td>
                <td>
                  <button type="button" aria-label={`编辑${person.name}`} onClick={() => setEditing(person)}>
                    编辑
                  </button>
                  {confirming === person.id ? (
                    <>
                      <button type="button" className="primary" onClick={() => void remove(person)}>
                        确认删除
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        取消
                      </button>
                    </>
                  ) : (
                    <button type="button" aria-label={`删除${person.name}`} onClick={() => setConfirming(person.id)}>
                      删除
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown.length === 0 && people.length > 0 && <p className="muted">没有找到“{query.trim()}”。</p>}
    </section>
  );
}
