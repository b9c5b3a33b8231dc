import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { errorMessage } from '../../app/notify';
import type { Article, ArticleContent } from '../../../../shared/model/article';
import { articleContent, sameContent } from '../../../../shared/model/article-content';
import { contentSizeProblem } from '../../../../shared/model/limits';
import { isCopydeskError } from '../../../../shared/ipc/result';
import { useClient } from '../../api/use-client';
import { contentToValue, readDocument } from '../core/convert';
import { useCrashJournal } from './use-crash-journal';
import type { PeopleSource } from '../core/people';
import type { ArticleEditor, TopElement } from '../core/types';

/**
 * After a keystroke, the article content (for 字数, placeholders, dirty state)
 * is derived from the document this much later, not on every key: deriving
 * walks the whole article, which in a long one costs more than a frame.
 */
export const DERIVE_DELAY_MS = 150;

/**
 * The wait before deriving for a document of `blocks` top-level blocks: 150
 * ms up to 200 blocks, then longer with the length, up to 800 ms (a
 * 100,000-character article holds some 2,000 paragraphs). Deriving and the
 * proofreading that follows it take longer in a long article; run after
 * every short pause, they would land on the next keystroke.
 */
export function deriveDelay(blocks: number): number {
  return blocks <= 200 ? DERIVE_DELAY_MS : Math.min(800, DERIVE_DELAY_MS + Math.round(blocks / 4));
}

/** Quiet time after the content settles before the article is saved automatically (≤ 1 s after typing stops). */
const AUTOSAVE_DELAY_MS = 700;

/** A save that takes longer than this shows 保存中… until it is done. */
const SAVING_SHOWN_AFTER_MS = 300;

/** Where saving stands, for the status line. */
export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; message: string };

/** The status after a save: 已保存 with the time it was done. */
const savedNow = (): SaveState => ({ kind: 'saved', at: new Date().toLocaleTimeString('zh-CN', { hour12: false }) });

/** The article and content as last known, for code that runs outside React's render (commands, timers). */
export interface Latest {
  article: Article | null;
  content: ArticleContent | null;
}

/**
 * One article open in the editor: loading it (with unsaved content kept from
 * before a crash offered back), the content derived from the document a
 * moment after typing, saving (serialized; Ctrl+S, automatically after a
 * pause, on blur, and when the page closes), the crash journal while there
 * are unsaved changes, and replacing the document after a restore or a step.
 * `onDerived` runs each time the content was read from the document anew.
 */
export function useArticleSession(
  id: string,
  options: {
    editorRef: RefObject<ArticleEditor | null>;
    sourceRef: RefObject<PeopleSource>;
    onLoaded(): void;
    onClose(): void;
    onDerived(): void;
    /** Told of an article moved to the 回收站 by 删除 (the app offers 撤销). */
    onDeleted?(article: { id: string; title: string }): void;
  },
) {
  const { editorRef, sourceRef, onLoaded, onClose } = options;
  const client = useClient();
  const [article, setArticle] = useState<Article | null>(null);
  const [content, setContent] = useState<ArticleContent | null>(null);
  const [initialValue, setInitialValue] = useState<TopElement[] | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [version, setVersion] = useState(0);
  const [recovered, setRecovered] = useState<{ savedAt: string } | null>(null);
  const [documentKey, setDocumentKey] = useState(0);
  const [pendingEdit, setPendingEdit] = useState(false);
  const onDerived = useRef(options.onDerived);
  const onDeletedRef = useRef(options.onDeleted);
  useLayoutEffect(() => {
    onDerived.current = options.onDerived;
    onDeletedRef.current = options.onDeleted;
  });

  const latest = useRef<Latest>({ article: null, content: null });
  useLayoutEffect(() => {
    latest.current = { article, content };
  }, [article, content]);
  const saving = useRef<Promise<boolean> | null>(null);
  /** Why the last save failed (read right after `save()` resolves false, before React renders). */
  const lastError = useRef('保存失败');

  /** What the editor holds now: the document read back, or the last known content when there is no editor. */
  const current = useCallback((): ArticleContent | null => {
    const known = latest.current.content;
    const editor = editorRef.current;
    return editor && known ? readDocument(editor, known, sourceRef.current) : known;
  }, [editorRef, sourceRef]);

  useEffect(() => {
    let live = true;
    Promise.all([client.call('articles.get', { id }), client.call('drafts.get', { id })])
      .then(([a, draft]) => {
        if (!live) return;
        setArticle(a);
        // Unsaved content kept from before a crash is offered back, and the editor is told.
        const recover = draft && !sameContent(draft.content, articleContent(a)) ? draft : null;
        const start = recover ? recover.content : articleContent(a);
        setContent(start);
        setInitialValue(contentToValue(start));
        setRecovered(recover && { savedAt: recover.savedAt });
        onLoaded();
      })
      .catch((error: Error) => live && setState({ kind: 'error', message: error.message }));
    return () => {
      live = false;
    };
  }, [client, id, onLoaded]);

  const dirty = useMemo(
    () => pendingEdit || (article !== null && content !== null && !sameContent(articleContent(article), content)),
    [pendingEdit, article, content],
  );

  /**
   * Saves if there is anything to save; calls are serialized, and a repeat
   * with nothing new is a no-op. `auto` marks the saves nobody asked for
   * (after a pause in typing, on blur, as the page closes), which coalesce
   * into one revision per few minutes; the rest are explicit and always one.
   */
  const save = useCallback(
    async (how: { auto?: boolean } = {}): Promise<boolean> => {
      while (saving.current) await saving.current;
      const base = latest.current.article;
      // Read the document itself: its change event may not have reached React yet.
      const read = editorRef.current?.children;
      const now = base ? current() : null;
      if (!base || !now) return true;
      if (sameContent(articleContent(base), now)) {
        // Ctrl+S with everything saved already (an autosave came first): say so.
        if (!how.auto) setState(savedNow());
        return true;
      }
      const tooLarge = contentSizeProblem(now);
      if (tooLarge) {
        lastError.current = tooLarge;
        setState({ kind: 'error', message: tooLarge });
        return false;
      }
      // 保存中… shows only when a save takes a while: for a quick one it would cost a redraw for nothing.
      const showSaving = setTimeout(() => setState({ kind: 'saving' }), SAVING_SHOWN_AFTER_MS);
      const attempt = (async () => {
        try {
          const saved = await client.call('articles.save', {
            id: base.id,
            baseRevision: base.revision,
            content: now,
            autosave: how.auto === true,
          });
          setArticle(saved);
          latest.current = { ...latest.current, article: saved };
          // Nothing typed since the document was read: what is saved is what is shown, at once
          // (the content would otherwise be derived only after the pause a long article waits).
          if (read && editorRef.current?.children === read) {
            latest.current = { ...latest.current, content: now };
            setContent(now);
            setPendingEdit(false);
          }
          setState(savedNow());
          return true;
        } catch (error) {
          const message = isCopydeskError(error) ? error.message : `保存失败：${errorMessage(error)}`;
          lastError.current = message;
          setState({ kind: 'error', message });
          return false;
        } finally {
          clearTimeout(showSaving);
        }
      })();
      saving.current = attempt;
      try {
        return await attempt;
      } finally {
        saving.current = null;
      }
    },
    [client, current, editorRef],
  );

  /** 删除: to the 回收站, then back to the archive. */
  const remove = useCallback(async () => {
    const base = latest.current.article;
    if (!base) return;
    try {
      await client.call('articles.delete', { id: base.id });
      onDeletedRef.current?.({ id: base.id, title: base.title });
      onClose();
    } catch (error) {
      setState({ kind: 'error', message: errorMessage(error) });
    }
  }, [client, onClose]);

  // Autosave: shortly after typing stops, what was typed is saved.
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void save({ auto: true }), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, content, save]);

  /**
   * The article and what the editor holds, when that differs from what is
   * saved and can be kept (not over the size limit); null otherwise.
   */
  const unsaved = useCallback((): { base: Article; now: ArticleContent } | null => {
    const base = latest.current.article;
    const now = current();
    return base && now && !sameContent(now, articleContent(base)) && !contentSizeProblem(now) ? { base, now } : null;
  }, [current]);

  useCrashJournal({ dirty, content, unsaved, save, editorRef });

  /** Replaces the document with an article's content (after a restore, or when recovered content is discarded). */
  const reloadFrom = useCallback((a: Article) => {
    setArticle(a);
    latest.current = { article: a, content: articleContent(a) };
    setContent(articleContent(a));
    setInitialValue(contentToValue(a));
    setDocumentKey((k) => k + 1);
  }, []);

  const discardRecovered = useCallback(async () => {
    const base = latest.current.article;
    if (!base) return;
    await client.call('drafts.discard', { id: base.id }).catch(() => {});
    setRecovered(null);
    reloadFrom(base);
  }, [client, reloadFrom]);

  /** Changes the content outside the document (kind, notes, ignored findings), in state and for commands at once. */
  const updateContent = useCallback((change: (c: ArticleContent) => ArticleContent) => {
    latest.current = { ...latest.current, content: latest.current.content && change(latest.current.content) };
    setContent((c) => (c ? change(c) : c));
  }, []);

  /** A workflow step changed the article (status, revision): the document stays as it is. */
  const onStep = useCallback((a: Article) => {
    setArticle(a);
    latest.current = { ...latest.current, article: a };
  }, []);
  const saveForStep = useCallback(async () => ((await save()) ? latest.current.article : null), [save]);

  /** Reads the content from the document again now (the directory changed: mentions print afresh). */
  const refreshContent = useCallback(() => {
    const now = latest.current.content && editorRef.current ? current() : null;
    if (now) setContent(now);
  }, [current, editorRef]);

  const deriveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Cheap on every keystroke; the content is read from the document a moment later. */
  const onDocumentChange = useCallback(() => {
    setPendingEdit(true);
    setState((s) => (s.kind === 'saved' ? { kind: 'idle' } : s));
    if (deriveTimer.current) clearTimeout(deriveTimer.current);
    deriveTimer.current = setTimeout(
      () => {
        deriveTimer.current = null;
        const now = latest.current.content && editorRef.current ? current() : null;
        if (!now) return;
        setContent(now);
        onDerived.current();
        setVersion((v) => v + 1);
        setPendingEdit(false);
      },
      deriveDelay(editorRef.current?.children.length ?? 0),
    );
  }, [current, editorRef]);
  useEffect(
    () => () => {
      if (deriveTimer.current) clearTimeout(deriveTimer.current);
    },
    [],
  );

  return {
    article,
    content,
    setContent,
    updateContent,
    initialValue,
    documentKey,
    state,
    setError: (message: string) => setState({ kind: 'error', message }),
    dirty,
    version,
    latest,
    current,
    refreshContent,
    save,
    remove,
    lastError,
    onDocumentChange,
    recovered,
    discardRecovered,
    dismissRecovered: () => setRecovered(null),
    reloadFrom,
    onStep,
    saveForStep,
  };
}
