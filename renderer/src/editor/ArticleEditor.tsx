import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ReactEditor } from 'slate-react';
import { Transforms, type Range } from 'slate';
import type { Article, ArticleContent, Note } from '../../../shared/model/article';
import { ARTICLE_KINDS, STATUS_LABELS, type ArticleKind } from '../../../shared/model/article';
import { KIND_TARGET_WORDS } from '../../../shared/model/kinds';
import {
  articleWordCount,
  articleWordCountWithoutPunctuation,
  sameContent,
  articleContent,
} from '../../../shared/model/article-content';
import { contentSizeProblem } from '../../../shared/model/limits';
import { contentPlaceholders } from '../../../shared/format/placeholders';
import { isCopydeskError } from '../../../shared/ipc/result';
import { useClient } from '../api/use-client';
import { downloadBytes } from '../file-io';
import { ExportDialog, type ExportChoice } from '../articles/ExportDialog';
import { FindBar, type FindTarget } from './FindBar';
import type { CommandHandlers } from '../menu-commands';
import { ArticleDocument } from './react/ArticleDocument';
import { contentToValue, valueToContent } from './core/convert';
import { findAll, replaceAll, replaceNext, selectNext } from './core/find';
import type { ArticleEditor as SlateArticleEditor, TopElement } from './core/types';
import { useDirectory } from '../people/directory-context';
import { PeopleSourceContext } from './react/people-source';
import type { PeopleSource } from './core/people';
import { applyFix, documentCheckText, findingRange } from './core/check-text';
import type { Finding } from '../../../shared/proof/finding';
import { createProofreader } from '../../../shared/proof/engine';
import { documentDate } from './core/people';
import { useGlossary } from '../proof/glossary-context';
import { ProofPanel } from '../proof/ProofPanel';
import { proofMarks, sameMarks, type ProofMarks } from '../proof/decorations';
import { placementFit, placementMessage, presetOf, type IssuePage, type Placement } from '../../../shared/layout/issue';
import { sizeTable, type PagePreset } from '../../../shared/layout/presets';
import { isLocked } from '../../../shared/workflow/transitions';
import { markNote, newNoteId, noteTarget, selectNote, unmarkNote } from './core/notes';
import { useProfile } from '../workflow/profile-context';
import { WorkflowBar } from '../workflow/WorkflowBar';
import { HistoryPanel } from '../workflow/HistoryPanel';
import { NotesPanel } from '../workflow/NotesPanel';

/** The key under which an ignored finding is remembered in the article (rule and text, not place). */
const ignoreKey = (f: Finding) => `${f.rule}\u0000${f.text}`;

const NO_MARKS: ProofMarks = new Map();

/**
 * After a keystroke, the article content (for 字数, placeholders, dirty state)
 * is derived from the document this much later, not on every key: deriving
 * walks the whole article, which in a long one costs more than a frame.
 */
const DERIVE_DELAY_MS = 150;

/** Quiet time after the content settles before the article is saved automatically (≤ 1 s after typing stops). */
const AUTOSAVE_DELAY_MS = 700;

/** While there are unsaved changes, they are written to the crash journal this often. */
const DRAFT_INTERVAL_MS = 400;

interface Props {
  id: string;
  onClose(): void;
  /** Called once the article has been read. */
  onLoaded(): void;
  registerCommands(handlers: CommandHandlers | null): void;
}

type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; message: string };

/** The article editor: the house-format document, with 保存 (Ctrl+S, and automatically), 删除, 导出 and 查找/替换. */
export function ArticleEditor({ id, onClose, onLoaded, registerCommands }: Props) {
  const client = useClient();
  const [article, setArticle] = useState<Article | null>(null);
  const [content, setContent] = useState<ArticleContent | null>(null);
  const [initialValue, setInitialValue] = useState<TopElement[] | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [find, setFind] = useState<null | 'find' | 'replace'>(null);
  const [version, setVersion] = useState(0);
  const [recovered, setRecovered] = useState<{ savedAt: string } | null>(null);
  const [documentKey, setDocumentKey] = useState(0);
  const [templateName, setTemplateName] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const editorRef = useRef<SlateArticleEditor | null>(null);
  const directory = useDirectory();
  const createdOn = article?.createdAt.slice(0, 10) ?? null;
  // Mentions print as of the dateline's date; an article without one, as of the day it was created.
  const peopleSource = useMemo<PeopleSource>(
    () => ({ directory: directory.index, fallbackDate: createdOn ?? '1970-01-01' }),
    [directory.index, createdOn],
  );
  const sourceRef = useRef(peopleSource);
  useLayoutEffect(() => {
    sourceRef.current = peopleSource;
  }, [peopleSource]);
  const glossary = useGlossary();
  const proofreader = useRef(createProofreader());
  const [proof, setProof] = useState<{ findings: Finding[]; marks: ProofMarks }>({ findings: [], marks: NO_MARKS });
  /**
   * Proofreads the document (only the blocks that changed are read again) and
   * redraws the underlines. Never while an input method composes: the
   * underlines must not change under the composition, so the check waits.
   */
  const runCheck = useRef(() => {});
  const ignores = content?.proofIgnores;
  useLayoutEffect(() => {
    runCheck.current = () => {
      const editor = editorRef.current;
      if (!editor) return;
      if (ReactEditor.isComposing(editor)) {
        setTimeout(() => runCheck.current(), DERIVE_DELAY_MS);
        return;
      }
      const source = sourceRef.current;
      const check = documentCheckText(editor.children, source);
      const ignored = new Set(ignores ?? []);
      const findings = proofreader.current
        .check(check.blocks, {
          date: documentDate(editor.children, source.fallbackDate),
          directory: source.directory,
          glossary: glossary.entries,
        })
        .filter((f) => !ignored.has(ignoreKey(f)));
      const marks = proofMarks(findings, check);
      setProof((previous) => ({ findings, marks: sameMarks(previous.marks, marks) ? previous.marks : marks }));
    };
  }, [ignores, glossary.entries]);

  // Commands (menu, shortcuts, timers) run outside React's render; they read the latest state from here.
  const latest = useRef<{ article: Article | null; content: ArticleContent | null }>({ article: null, content: null });
  useLayoutEffect(() => {
    latest.current = { article, content };
  }, [article, content]);
  const saving = useRef<Promise<boolean> | null>(null);

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

  const [pendingEdit, setPendingEdit] = useState(false);
  const dirty = useMemo(
    () => pendingEdit || (article !== null && content !== null && !sameContent(articleContent(article), content)),
    [pendingEdit, article, content],
  );

  /** Saves if there is anything to save; calls are serialized, and a repeat with nothing new is a no-op. */
  const save = useCallback(async (): Promise<boolean> => {
    while (saving.current) await saving.current;
    const base = latest.current.article;
    // Read the document itself: its change event may not have reached React yet.
    const editor = editorRef.current;
    const known = latest.current.content;
    const current =
      editor && base && known
        ? valueToContent(editor.children as TopElement[], known, sourceRef.current)
        : latest.current.content;
    if (!base || !current || sameContent(articleContent(base), current)) return true;
    const tooLarge = contentSizeProblem(current);
    if (tooLarge) {
      setState({ kind: 'error', message: tooLarge });
      return false;
    }
    setState({ kind: 'saving' });
    const attempt = (async () => {
      try {
        const saved = await client.call('articles.save', {
          id: base.id,
          baseRevision: base.revision,
          content: current,
        });
        setArticle(saved);
        latest.current = { ...latest.current, article: saved };
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

  const [exporting, setExporting] = useState(false);
  /** Saves, then exports the article in the chosen format and offers the file. */
  const exportAs = useCallback(
    async (choice: ExportChoice) => {
      setExporting(false);
      const base = latest.current.article;
      if (!base || !(await save())) return;
      try {
        const { fileName, mimeType, data } = await client.call('articles.export', { id: base.id, ...choice });
        downloadBytes(fileName, data, mimeType);
      } catch (error) {
        setState({ kind: 'error', message: (error as Error).message });
      }
    },
    [client, save],
  );
  const exportText = useCallback(() => setExporting(true), []);

  const saveOnBlur = useCallback(() => void save(), [save]);

  const close = useCallback(async () => {
    if (await save()) onClose();
  }, [save, onClose]);

  // Autosave: shortly after typing stops, what was typed is saved.
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, content, save]);

  // Crash journal: while there are unsaved changes, keep them on disk every few hundred ms.
  const draftTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (!dirty || draftTimer.current) return;
    draftTimer.current = setTimeout(() => {
      draftTimer.current = null;
      const { article: base, content: current } = latest.current;
      if (!base || !current || contentSizeProblem(current)) return;
      const editor = editorRef.current;
      const now = editor ? valueToContent(editor.children as TopElement[], current, sourceRef.current) : current;
      void client.call('drafts.put', { id: base.id, baseRevision: base.revision, content: now }).catch(() => {});
    }, DRAFT_INTERVAL_MS);
  }, [dirty, content, client]);
  useEffect(
    () => () => {
      if (draftTimer.current) clearTimeout(draftTimer.current);
    },
    [],
  );

  // Closing the window or the page: whatever is unsaved goes to the crash journal, and is saved.
  useEffect(() => {
    const onPageHide = () => {
      const { article: base, content: known } = latest.current;
      const editor = editorRef.current;
      if (!base || !known || !editor) return;
      const now = valueToContent(editor.children as TopElement[], known, sourceRef.current);
      if (sameContent(now, articleContent(base)) || contentSizeProblem(now)) return;
      void client.call('drafts.put', { id: base.id, baseRevision: base.revision, content: now }).catch(() => {});
      // And a save, which the main process finishes even as the window goes away.
      void save();
    };
    window.addEventListener('pagehide', onPageHide);
    return () => window.removeEventListener('pagehide', onPageHide);
  }, [client, save]);

  const discardRecovered = useCallback(async () => {
    const base = latest.current.article;
    if (!base) return;
    await client.call('drafts.discard', { id: base.id }).catch(() => {});
    setRecovered(null);
    setContent(articleContent(base));
    setInitialValue(contentToValue(base));
    setDocumentKey((k) => k + 1);
  }, [client]);

  useEffect(() => {
    registerCommands({
      flush: save,
      save: () => void save(),
      delete: () => void remove(),
      export: () => exportText(),
      find: () => setFind('find'),
      replace: () => setFind('replace'),
    });
    return () => registerCommands(null);
  }, [registerCommands, save, remove, exportText]);

  const deriveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onDocumentChange = useCallback(() => {
    // Cheap on every keystroke: these updates do nothing when the value is unchanged.
    setPendingEdit(true);
    setState((s) => (s.kind === 'saved' ? { kind: 'idle' } : s));
    if (deriveTimer.current) clearTimeout(deriveTimer.current);
    deriveTimer.current = setTimeout(() => {
      deriveTimer.current = null;
      const known = latest.current.content;
      const editor = editorRef.current;
      if (!known || !editor) return;
      setContent(valueToContent(editor.children as TopElement[], known, sourceRef.current));
      runCheck.current();
      setVersion((v) => v + 1);
      setPendingEdit(false);
    }, DERIVE_DELAY_MS);
  }, []);
  useEffect(
    () => () => {
      if (deriveTimer.current) clearTimeout(deriveTimer.current);
    },
    [],
  );

  const [problem, setProblem] = useState<string | null>(null);
  const onPasteProblem = useCallback((message: string) => setProblem(message), []);

  const firstCheck = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onEditor = useCallback((editor: SlateArticleEditor) => {
    editorRef.current = editor;
    // After the article is on screen: the first check reads every paragraph.
    firstCheck.current = setTimeout(() => runCheck.current(), DERIVE_DELAY_MS);
  }, []);
  // A check still waiting when the editor closes is dropped (it would update an editor that is gone).
  useEffect(
    () => () => {
      if (firstCheck.current) clearTimeout(firstCheck.current);
      runCheck.current = () => {};
    },
    [],
  );

  // The directory or the word list changed, or a finding was ignored: mentions print afresh, checks run again.
  useEffect(() => {
    const editor = editorRef.current;
    const known = latest.current.content;
    if (!editor || !known) return;
    setContent(valueToContent(editor.children as TopElement[], known, peopleSource));
  }, [peopleSource]);
  useEffect(() => runCheck.current(), [peopleSource, ignores, glossary.entries]);

  const fix = useCallback((finding: Finding) => {
    const editor = editorRef.current;
    if (editor && applyFix(editor, finding, sourceRef.current)) runCheck.current();
  }, []);

  const fixAll = useCallback(
    (rule: string) => {
      const editor = editorRef.current;
      if (!editor) return;
      // From the end backwards: each fix leaves the offsets of those before it as they were.
      const list = proof.findings.filter((f) => f.rule === rule && f.suggestion !== undefined);
      for (const f of [...list].sort((a, b) => b.start - a.start)) applyFix(editor, f, sourceRef.current);
      runCheck.current();
    },
    [proof.findings],
  );

  const ignore = useCallback((finding: Finding) => {
    setContent((c) => (c ? { ...c, proofIgnores: [...new Set([...c.proofIgnores, ignoreKey(finding)])] } : c));
  }, []);
  const restoreIgnored = useCallback(() => setContent((c) => (c ? { ...c, proofIgnores: [] } : c)), []);

  // 批注: the selection is kept when the note form takes the focus.
  const { profile } = useProfile();
  const [noting, setNoting] = useState<{ selection: Range; quote: string } | null>(null);
  const [noteText, setNoteText] = useState('');
  const startNote = useCallback(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const target = noteTarget(editor);
    if (!target.ok) {
      setProblem(target.message);
      return;
    }
    setNoting({ selection: editor.selection!, quote: target.quote });
    setNoteText('');
  }, []);
  const addNote = useCallback(() => {
    const editor = editorRef.current;
    if (!editor || !noting || !noteText.trim()) return;
    const id = newNoteId();
    Transforms.select(editor, noting.selection);
    markNote(editor, id);
    const note: Note = {
      id,
      author: profile?.name ?? '',
      createdAt: new Date().toISOString(),
      text: noteText.trim(),
      quote: noting.quote,
      resolved: false,
      resolvedBy: null,
      resolvedAt: null,
    };
    latest.current = {
      ...latest.current,
      content: latest.current.content && { ...latest.current.content, notes: [...latest.current.content.notes, note] },
    };
    setContent((c) => (c ? { ...c, notes: [...c.notes, note] } : c));
    setNoting(null);
  }, [noting, noteText, profile]);
  const jumpToNote = useCallback((id: string) => {
    const editor = editorRef.current;
    if (!editor) return;
    if (!selectNote(editor, id)) {
      setProblem('批注所指的文字已被删改，找不到了。');
      return;
    }
    try {
      ReactEditor.focus(editor);
    } catch {
      // Not mounted (tests).
    }
  }, []);
  const resolveNote = useCallback(
    (id: string) => {
      const editor = editorRef.current;
      if (editor) unmarkNote(editor, id);
      const resolve = (c: ArticleContent | null) =>
        c && {
          ...c,
          notes: c.notes.map((n) =>
            n.id === id
              ? { ...n, resolved: true, resolvedBy: profile?.name ?? '', resolvedAt: new Date().toISOString() }
              : n,
          ),
        };
      latest.current = { ...latest.current, content: resolve(latest.current.content) };
      setContent(resolve);
    },
    [profile],
  );

  // 修订记录 / 修改痕迹, and the workflow steps.
  const [history, setHistory] = useState<null | 'revisions' | 'tracked'>(null);
  const reloadFrom = useCallback((a: Article) => {
    setArticle(a);
    latest.current = { article: a, content: articleContent(a) };
    setContent(articleContent(a));
    setInitialValue(contentToValue(a));
    setDocumentKey((k) => k + 1);
  }, []);
  const saveForStep = useCallback(async () => ((await save()) ? latest.current.article : null), [save]);
  const onStep = useCallback((a: Article) => {
    setArticle(a);
    latest.current = { ...latest.current, article: a };
  }, []);
  const restoreRevision = useCallback(
    async (revision: number) => {
      if (!(await save())) return;
      const base = latest.current.article;
      if (!base) return;
      const restored = await client.call('articles.restoreRevision', {
        id: base.id,
        baseRevision: base.revision,
        revision,
      });
      reloadFrom(restored);
      setHistory(null);
      setInfo(`已恢复第 ${revision} 版的内容，存为第 ${restored.revision} 版。`);
    },
    [client, save, reloadFrom],
  );

  const jumpTo = useCallback((finding: Finding) => {
    const editor = editorRef.current;
    if (!editor) return;
    const range = findingRange(editor, finding, sourceRef.current);
    if (!range) return;
    try {
      ReactEditor.focus(editor);
    } catch {
      // Not mounted (tests).
    }
    Transforms.select(editor, range);
  }, []);

  const findTarget = useMemo<FindTarget>(() => {
    const withEditor = <T,>(fallback: T, run: (e: SlateArticleEditor) => T): T => {
      const editor = editorRef.current;
      if (!editor) return fallback;
      const result = run(editor);
      try {
        ReactEditor.focus(editor);
      } catch {
        // Not mounted (tests): nothing to focus.
      }
      return result;
    };
    return {
      count: (q) => (editorRef.current ? findAll(editorRef.current, q).length : 0),
      findNext: (q) => withEditor(false, (e) => selectNext(e, q)),
      replaceNext: (q, r) => withEditor(false, (e) => replaceNext(e, q, r)),
      replaceAll: (q, r) => withEditor(0, (e) => replaceAll(e, q, r)),
    };
  }, []);

  // Where the article is placed on a page: how it fits its module, as it is now.
  const [placements, setPlacements] = useState<Array<{ key: string; page: IssuePage; placement: Placement }>>([]);
  // The paper's presets and 号 table, which the copyfit is measured with.
  const [paper, setPaper] = useState<{ presets: readonly PagePreset[]; sizes: Record<string, number> } | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([client.call('presets.list'), client.call('sizes.list')])
      .then(([p, s]) => live && setPaper({ presets: p.presets, sizes: sizeTable(s.sizes) }))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [client]);
  useEffect(() => {
    let live = true;
    client
      .call('issues.list')
      .then(
        (issues) =>
          live &&
          setPlacements(
            issues.flatMap((issue) =>
              issue.pages.flatMap((page) =>
                page.placements
                  .filter((pl) => pl.articleId === id)
                  .map((placement) => ({ key: `${issue.id}-${page.number}`, page, placement })),
              ),
            ),
          ),
      )
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [client, id]);
  const fits = useMemo(
    () =>
      content && paper
        ? placements.map(({ key, page, placement }) => {
            const fit = placementFit(content, placement, presetOf(page, paper.presets), paper.sizes);
            return { key, over: fit.overLines > 0, message: placementMessage(fit, page) };
          })
        : [],
    [content, placements, paper],
  );

  const counts = useMemo(
    () => (content ? { all: articleWordCount(content), noPunct: articleWordCountWithoutPunctuation(content) } : null),
    [content],
  );
  const target = content?.kind ? KIND_TARGET_WORDS[content.kind] : null;
  const placeholdersLeft = useMemo(() => (content ? contentPlaceholders(content).length : 0), [content]);

  const saveAsTemplate = async (name: string) => {
    const current = latest.current.content;
    if (!current) return;
    try {
      await client.call('templates.save', { name, content: { ...current, dateline: null } });
      setTemplateName(null);
      setInfo(`已存为模板“${name}”，新建稿件时可以选用。`);
    } catch (error) {
      setState({ kind: 'error', message: (error as Error).message });
    }
  };

  const locked = article ? isLocked(article.status) : false;
  if (!article || !content || !initialValue || !directory.loaded) {
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
        <button type="button" onClick={() => exportText()}>
          导出…
        </button>
        <button type="button" onClick={() => void remove()}>
          删除
        </button>
        <button type="button" onClick={() => setTemplateName(content.kind ?? '')}>
          存为模板
        </button>
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={startNote} disabled={locked}>
          添加批注
        </button>
        <button type="button" onClick={() => setHistory('revisions')}>
          修订记录
        </button>
        {article.origin && (
          <button type="button" onClick={() => setHistory('tracked')}>
            修改痕迹
          </button>
        )}
        <span className="status save-state" data-testid="save-state" aria-live="polite">
          {state.kind === 'saving'
            ? '保存中…'
            : state.kind === 'error'
              ? '保存失败'
              : state.kind === 'saved' && !dirty
                ? `已保存（${state.at}）`
                : dirty
                  ? '有未保存的修改'
                  : `第 ${article.revision} 版 · ${STATUS_LABELS[article.status]}`}
        </span>
        {state.kind === 'error' && (
          <button type="button" onClick={() => void save()}>
            重试
          </button>
        )}
      </div>
      <WorkflowBar article={article} beforeStep={saveForStep} onArticle={onStep} onError={setProblem} />
      {history && (
        <HistoryPanel
          key={`${history}-${article.revision}`}
          article={article}
          tracked={history === 'tracked'}
          onRestore={restoreRevision}
          onClose={() => setHistory(null)}
        />
      )}
      {noting && (
        <form
          className="find-bar"
          aria-label="添加批注"
          onSubmit={(e) => {
            e.preventDefault();
            addNote();
          }}
        >
          <span className="muted">批注“{noting.quote.slice(0, 20)}”：</span>
          <input
            aria-label="批注内容"
            size={40}
            value={noteText}
            maxLength={2000}
            onChange={(e) => setNoteText(e.target.value)}
            autoFocus
          />
          <button type="submit" className="primary" disabled={!noteText.trim()}>
            添加
          </button>
          <button type="button" onClick={() => setNoting(null)}>
            取消
          </button>
        </form>
      )}
      <div className="editor-meta">
        {placeholdersLeft > 0 && (
          <span className="status over" data-testid="placeholders-left">
            还有 {placeholdersLeft} 处占位符未填写（Tab 跳到下一处）
          </span>
        )}
        <label className="status">
          类型
          <select
            aria-label="稿件类型"
            value={content.kind ?? ''}
            onChange={(e) => {
              const kind = (e.target.value || null) as ArticleKind | null;
              setContent((c) => (c ? { ...c, kind } : c));
            }}
          >
            <option value="">（未定）</option>
            {ARTICLE_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <span className="status" data-testid="word-count" title={`不计标点 ${counts?.noPunct ?? 0} 字`}>
          字数 {counts?.all ?? 0}
        </span>
        <span className="status" data-testid="word-count-detail">
          不计标点 {counts?.noPunct ?? 0}
          {target !== null && (
            <span className={counts && counts.all > target ? 'over' : undefined}>
              {' '}
              · {content.kind}宜 {target} 字{counts && counts.all > target ? `，超出 ${counts.all - target} 字` : ''}
            </span>
          )}
        </span>
        {fits.map((fit) => (
          <span key={fit.key} className={fit.over ? 'status over' : 'status'} data-testid="copyfit-editor">
            {fit.message}
          </span>
        ))}
      </div>
      {state.kind === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
          <button type="button" aria-label="关闭提示" onClick={() => setProblem(null)}>
            ×
          </button>
        </p>
      )}
      {exporting && <ExportDialog onExport={(choice) => void exportAs(choice)} onCancel={() => setExporting(false)} />}
      {templateName !== null && (
        <form
          className="find-bar"
          aria-label="存为模板"
          onSubmit={(e) => {
            e.preventDefault();
            void saveAsTemplate(templateName.trim());
          }}
        >
          <input
            aria-label="模板名称"
            placeholder="模板名称"
            value={templateName}
            maxLength={30}
            onChange={(e) => setTemplateName(e.target.value)}
          />
          <button type="submit" disabled={!templateName.trim()}>
            保存模板
          </button>
          <button type="button" onClick={() => setTemplateName(null)}>
            取消
          </button>
        </form>
      )}
      {info && (
        <p className="notices" role="status">
          {info}
          <button type="button" onClick={() => setInfo(null)}>
            知道了
          </button>
        </p>
      )}
      {recovered && (
        <p className="notices" role="status" data-testid="recovered">
          已恢复上次未保存的内容（记录于 {new Date(recovered.savedAt).toLocaleTimeString('zh-CN', { hour12: false })}
          ），请核对后保存。
          <button type="button" onClick={() => void discardRecovered()}>
            放弃恢复的内容
          </button>
          <button type="button" onClick={() => setRecovered(null)}>
            知道了
          </button>
        </p>
      )}
      {find && (
        <FindBar replace={find === 'replace'} target={findTarget} version={version} onClose={() => setFind(null)} />
      )}
      {/* Findings stand beside the text, so the text does not move when they come and go. */}
      <div className="editor-body">
        <div className="editor-main">
          <PeopleSourceContext.Provider value={peopleSource}>
            <ArticleDocument
              key={documentKey}
              initialValue={initialValue}
              marks={proof.marks}
              onChange={onDocumentChange}
              onBlur={saveOnBlur}
              onEditor={onEditor}
              onProblem={onPasteProblem}
              readOnly={locked}
            />
          </PeopleSourceContext.Provider>
        </div>
        <ProofPanel
          findings={proof.findings}
          ignored={content.proofIgnores.length}
          onJump={jumpTo}
          onFix={fix}
          onFixAll={fixAll}
          onIgnore={ignore}
          onRestoreIgnored={restoreIgnored}
        />
        <NotesPanel notes={content.notes} onJump={jumpToNote} onResolve={resolveNote} />
      </div>
    </section>
  );
}
