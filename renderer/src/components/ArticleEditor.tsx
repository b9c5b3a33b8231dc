import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Article, ArticleContent } from '../../../shared/model/article';
import { STATUS_LABELS, TIMES_OF_DAY, isRealDate } from '../../../shared/model/article';
import { articleWordCount, bodyToPlainText, plainTextToBody } from '../../../shared/model/article-content';
import { contentSizeProblem } from '../../../shared/model/limits';
import { useClient } from '../api/use-client';
import { isCopydeskError } from '../../../shared/ipc/result';
import { downloadText } from '../format';
import { FindBar } from './FindBar';
import type { CommandHandlers } from '../commands';

/** Quiet time after the last keystroke before the article is saved automatically. */
const AUTOSAVE_DELAY_MS = 3000;

interface Draft {
  title: string;
  date: string;
  timeOfDay: string;
  body: string;
}

function toDraft(article: Article): Draft {
  return {
    title: article.title,
    date: article.dateline?.date ?? '',
    timeOfDay: article.dateline?.timeOfDay ?? '',
    body: bodyToPlainText(article.body),
  };
}

function sameDraft(a: Draft, b: Draft): boolean {
  return a.title === b.title && a.date === b.date && a.timeOfDay === b.timeOfDay && a.body === b.body;
}

/** Builds the content to save from the draft, keeping the parts this simple editor does not show. */
function toContent(article: Article, draft: Draft): ArticleContent {
  return {
    kicker: article.kicker,
    title: draft.title.trim(),
    subtitle: article.subtitle,
    dateline: draft.date
      ? {
          source: article.dateline?.source ?? '本报讯',
          date: draft.date,
          timeOfDay: (TIMES_OF_DAY as readonly string[]).includes(draft.timeOfDay)
            ? (draft.timeOfDay as (typeof TIMES_OF_DAY)[number])
            : null,
        }
      : null,
    body: plainTextToBody(draft.body),
    byline: article.byline,
    kind: article.kind,
    page: article.page,
  };
}

interface Props {
  id: string;
  onClose(): void;
  /** Called once the article has been read. */
  onLoaded(): void;
  registerCommands(handlers: CommandHandlers | null): void;
}

type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; message: string };

/** The plain editor of this foundation: title, date and body text, with 保存 (Ctrl+S), 删除 and 导出. */
export function ArticleEditor({ id, onClose, onLoaded, registerCommands }: Props) {
  const client = useClient();
  const [article, setArticle] = useState<Article | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [find, setFind] = useState<null | 'find' | 'replace'>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // Commands (menu, shortcuts) run outside React's render; they read the latest state from here.
  const latest = useRef<{ article: Article | null; draft: Draft | null }>({ article: null, draft: null });
  useLayoutEffect(() => {
    latest.current = { article, draft };
  }, [article, draft]);
  const saving = useRef<Promise<boolean> | null>(null);

  useEffect(() => {
    let live = true;
    client
      .call('articles.get', { id })
      .then((a) => {
        if (!live) return;
        setArticle(a);
        setDraft(toDraft(a));
        onLoaded();
      })
      .catch((error: Error) => live && setState({ kind: 'error', message: error.message }));
    return () => {
      live = false;
    };
  }, [client, id, onLoaded]);

  const dirty = article !== null && draft !== null && !sameDraft(toDraft(article), draft);

  /** Saves if there is anything to save; calls are serialized, and a repeat with nothing new is a no-op. */
  const save = useCallback(async (): Promise<boolean> => {
    while (saving.current) await saving.current;
    const { article: base, draft: current } = latest.current;
    if (!base || !current || sameDraft(toDraft(base), current)) return true;
    if (current.date && !isRealDate(current.date)) {
      setState({ kind: 'error', message: `日期“${current.date}”不存在，请检查后再保存。` });
      return false;
    }
    const content = toContent(base, current);
    const tooLarge = contentSizeProblem(content);
    if (tooLarge) {
      setState({ kind: 'error', message: tooLarge });
      return false;
    }
    setState({ kind: 'saving' });
    const attempt = (async () => {
      try {
        const saved = await client.call('articles.save', { id: base.id, baseRevision: base.revision, content });
        setArticle(saved);
        // Keep what was typed while the save was in flight.
        setDraft((d) => (d && sameDraft(d, current) ? toDraft(saved) : d));
        setState({ kind: 'saved', at: new Date().toLocaleTimeString('zh-CN', { hour12: false }) });
        return true;
      } catch (error) {
        const message = isCopydeskError(error) ? error.message : `保存失败：${(error as Error).message}`;
        setState({ kind: 'error', message });
        return false;
      }
    })();
    saving.current = attempt;
    try {
      return await attempt;
    } finally {
      saving.current = null;
    }
  }, [client]);

  const remove = useCallback(async () => {
    const base = latest.current.article;
    if (!base) return;
    try {
      await client.call('articles.delete', { id: base.id });
      onClose();
    } catch (error) {
      setState({ kind: 'error', message: (error as Error).message });
    }
  }, [client, onClose]);

  const exportText = useCallback(async () => {
    const base = latest.current.article;
    if (!base || !(await save())) return;
    try {
      const { text, fileName } = await client.call('articles.exportText', { id: base.id });
      downloadText(fileName, text);
    } catch (error) {
      setState({ kind: 'error', message: (error as Error).message });
    }
  }, [client, save]);

  const close = useCallback(async () => {
    if (await save()) onClose();
  }, [save, onClose]);

  // Autosave: a few seconds after typing stops, what was typed is saved.
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, draft, save]);

  useEffect(() => {
    registerCommands({
      flush: save,
      save: () => void save(),
      delete: () => void remove(),
      export: () => void exportText(),
      find: () => setFind('find'),
      replace: () => setFind('replace'),
    });
    return () => registerCommands(null);
  }, [registerCommands, save, remove, exportText]);

  const wordCount = useMemo(
    () => (article && draft ? articleWordCount(toContent(article, draft)) : 0),
    [article, draft],
  );

  if (!article || !draft) {
    return state.kind === 'error' ? (
      <div className="editor">
        <p role="alert">{state.message}</p>
        <button type="button" onClick={onClose}>
          返回稿件库
        </button>
      </div>
    ) : (
      <p className="muted">正在打开稿件……</p>
    );
  }

  const update = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    if (state.kind === 'saved') setState({ kind: 'idle' });
  };

  return (
    <section className="editor" aria-label="编辑稿件">
      <div className="editor-bar">
        <button type="button" onClick={() => void close()}>
          ← 返回稿件库
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void save()}
          disabled={!dirty || state.kind === 'saving'}
        >
          保存
        </button>
        <button type="button" onClick={() => void exportText()}>
          导出文本
        </button>
        <button type="button" onClick={() => void remove()}>
          删除
        </button>
        <span className="status" data-testid="save-state" aria-live="polite">
          {state.kind === 'saving'
            ? '正在保存……'
            : state.kind === 'saved' && !dirty
              ? `已保存（${state.at}）`
              : dirty
                ? '有未保存的修改'
                : `第 ${article.revision} 版 · ${STATUS_LABELS[article.status]}`}
        </span>
        <span className="status" data-testid="word-count">
          字数 {wordCount}
        </span>
      </div>
      {state.kind === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      {find && (
        <FindBar
          replace={find === 'replace'}
          text={draft.body}
          onClose={() => setFind(null)}
          onSelect={(start, end) => {
            bodyRef.current?.focus();
            bodyRef.current?.setSelectionRange(start, end);
          }}
          onReplaceText={(body, caret) => {
            update({ body });
            requestAnimationFrame(() => bodyRef.current?.setSelectionRange(caret, caret));
          }}
        />
      )}
      <input
        className="headline"
        aria-label="标题"
        placeholder="标题"
        value={draft.title}
        maxLength={200}
        onChange={(e) => update({ title: e.target.value })}
      />
      <div className="dateline">
        <label>
          日期
          <input type="date" aria-label="日期" value={draft.date} onChange={(e) => update({ date: e.target.value })} />
        </label>
        <label>
          时段
          <select aria-label="时段" value={draft.timeOfDay} onChange={(e) => update({ timeOfDay: e.target.value })}>
            <option value="">（不写）</option>
            {TIMES_OF_DAY.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
      </div>
      <textarea
        ref={bodyRef}
        className="body"
        aria-label="正文"
        placeholder="正文：每段一行"
        value={draft.body}
        onChange={(e) => update({ body: e.target.value })}
      />
    </section>
  );
}
