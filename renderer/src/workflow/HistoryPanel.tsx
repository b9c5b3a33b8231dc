import { useEffect, useMemo, useState } from 'react';
import { Problem } from '../app/Problem';
import { renderHouseText } from '../../../shared/format/house-text';
import { STATUS_LABELS, type Article } from '../../../shared/model/article';
import { chineseDiff, diffCounts } from '../../../shared/workflow/diff';
import { useClient } from '../api/use-client';
import { formatMoment } from '../display-format';
import { revisionLabel } from '../../../shared/model/article-content';
import type { OutputOf } from '../../../shared/ipc/contract';

type RevisionInfo = OutputOf<'articles.revisions'>[number];

/**
 * 修订记录: every saved revision (time, who, 字数 change), any two compared
 * as house-format text with a Chinese diff that marks whole words (inserted
 * and deleted), and 恢复此版 to bring an older one back as a new revision.
 * On copy from a correspondent, 修改痕迹 compares the copy as submitted with
 * the desk's latest.
 */
export function HistoryPanel({
  article,
  tracked,
  onRestore,
  onClose,
}: {
  article: Article;
  /** Open on 修改痕迹 (the submitted copy against the latest). */
  tracked: boolean;
  onRestore(revision: number): Promise<void>;
  onClose(): void;
}) {
  const client = useClient();
  const [list, setList] = useState<RevisionInfo[]>([]);
  const [older, setOlder] = useState<number | null>(null);
  const [newer, setNewer] = useState<number | null>(null);
  const [texts, setTexts] = useState<Record<number, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    client
      .call('articles.revisions', { id: article.id })
      .then((revisions) => {
        if (!live) return;
        setList(revisions);
        const last = revisions.at(-1)?.revision ?? article.revision;
        setNewer(last);
        setOlder(tracked && article.origin ? article.origin.submittedRevision : (revisions.at(-2)?.revision ?? last));
      })
      .catch((e: Error) => live && setProblem(e.message));
    return () => {
      live = false;
    };
  }, [client, article.id, article.revision, article.origin, tracked]);

  useEffect(() => {
    for (const revision of [older, newer]) {
      if (revision === null || texts[revision] !== undefined) continue;
      client
        .call('articles.revision', { id: article.id, revision })
        .then((a) => setTexts((t) => ({ ...t, [revision]: renderHouseText(a) })))
        .catch((e: Error) => setProblem(e.message));
    }
  }, [client, article.id, older, newer, texts]);

  const diff = useMemo(() => {
    if (older === null || newer === null) return null;
    const a = texts[older];
    const b = texts[newer];
    return a === undefined || b === undefined ? null : chineseDiff(a, b);
  }, [older, newer, texts]);
  const counts = diff ? diffCounts(diff) : null;

  const select = (value: number | null, set: (n: number) => void, label: string) => (
    <select aria-label={label} value={value ?? ''} onChange={(e) => set(Number(e.target.value))}>
      {list.map((r) => (
        <option key={r.revision} value={r.revision}>
          {revisionLabel(r.revision)} · {formatMoment(r.updatedAt)}
          {r.updatedBy ? ` · ${r.updatedBy}` : ''}
        </option>
      ))}
    </select>
  );

  return (
    <div className="dialog history-panel" role="dialog" aria-label={tracked ? '修改痕迹' : '修订记录'}>
      <h2>{tracked ? '修改痕迹（来稿原文 → 当前稿）' : '修订记录'}</h2>
      <table aria-label="修订列表">
        <thead>
          <tr>
            <th>修订</th>
            <th>时间</th>
            <th>修改人</th>
            <th>状态</th>
            <th>字数变化</th>
          </tr>
        </thead>
        <tbody>
          {list.map((r, i) => {
            const change = i === 0 ? r.wordCount : r.wordCount - list[i - 1]!.wordCount;
            return (
              <tr key={r.revision}>
                <td>
                  {revisionLabel(r.revision)}
                  {r.autosaved && <span className="muted">（自动保存）</span>}
                </td>
                <td>{formatMoment(r.updatedAt)}</td>
                <td>{r.updatedBy ?? '—'}</td>
                <td>{STATUS_LABELS[r.status]}</td>
                <td>{i === 0 ? `${change} 字` : `${change >= 0 ? '+' : ''}${change} 字`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="form-row">
        比较 {select(older, setOlder, '较早的修订')} 与 {select(newer, setNewer, '较新的修订')}
        {counts && (
          <span className="status" data-testid="diff-counts">
            增 {counts.inserted} 字，删 {counts.deleted} 字
          </span>
        )}
        {older !== null && older !== article.revision && (
          <button type="button" onClick={() => void onRestore(older).catch((e: Error) => setProblem(e.message))}>
            恢复{revisionLabel(older)}
          </button>
        )}
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
      <Problem message={problem} />
      <div className="diff" data-testid="diff">
        {diff === null ? (
          <p className="muted">正在读取…</p>
        ) : (
          diff.map((part, i) =>
            part.op === 'insert' ? (
              <ins key={i}>{part.text}</ins>
            ) : part.op === 'delete' ? (
              <del key={i}>{part.text}</del>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )
        )}
      </div>
    </div>
  );
}
