import { useCallback, useMemo, useState } from 'react';
import { useClient } from '../api/use-client';
import { useLoaded } from '../api/use-loaded';
import { renderHouseText } from '../../../shared/format/house-text';
import { chineseDiff } from '../../../shared/workflow/diff';
import { formatDate } from '../display-format';
import { STATUS_LABELS } from '../../../shared/model/article';

interface Props {
  /** The article compared with the archive, or a text not yet saved (an import). */
  source: { id: string } | { text: string; title: string };
  onOpen?(id: string): void;
  onClose(): void;
}

/** Two texts side by side with what they share marked (through the Chinese diff). */
function SideBySide({ left, right }: { left: string; right: string }) {
  const parts = useMemo(() => chineseDiff(left, right), [left, right]);
  const column = (keep: 'delete' | 'insert') =>
    parts
      .filter((p) => p.op === 'equal' || p.op === keep)
      .map((p, i) => (p.op === 'equal' ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>));
  return (
    <div className="side-by-side" data-testid="similar-compare">
      <pre aria-label="本稿">{column('delete')}</pre>
      <pre aria-label="相似稿件">{column('insert')}</pre>
    </div>
  );
}

/** 相似稿件 (重稿): archive articles whose text overlaps strongly, and any one of them compared side by side. */
export function SimilarDialog({ source, onOpen, onClose }: Props) {
  const client = useClient();
  const read = useCallback(async () => {
    const text = 'id' in source ? renderHouseText(await client.call('articles.get', { id: source.id })) : source.text;
    const { similar } = await client.call('search.similar', 'id' in source ? { id: source.id } : { text });
    return { text, similar };
  }, [client, source]);
  const { value, loaded, error } = useLoaded(read, { text: '', similar: [] }, '相似稿件');
  const [chosen, setChosen] = useState<{ id: string; text: string } | null>(null);
  const compare = async (id: string) => {
    setChosen({ id, text: renderHouseText(await client.call('articles.get', { id })) });
  };
  return (
    <div className="dialog similar-dialog" role="dialog" aria-label="相似稿件">
      <h2>相似稿件</h2>
      {!loaded && <p className="muted">正在比对……</p>}
      {error && <p role="alert">{error}</p>}
      {loaded && !error && value.similar.length === 0 && <p>稿件库中没有与这篇高度重合的稿件。</p>}
      <ul>
        {value.similar.map((s) => (
          <li key={s.id} data-testid="similar-item">
            <button type="button" className="link" onClick={() => void compare(s.id)}>
              {s.title || '（无标题）'}
            </button>
            <span className="muted">
              {' '}
              {formatDate(s.date)} · {STATUS_LABELS[s.status]} · 重合 {Math.round(s.overlap * 100)}%
            </span>
            {onOpen && (
              <button type="button" className="link" onClick={() => onOpen(s.id)}>
                打开
              </button>
            )}
          </li>
        ))}
      </ul>
      {chosen && <SideBySide left={value.text} right={chosen.text} />}
      <button type="button" onClick={onClose}>
        关闭
      </button>
    </div>
  );
}
