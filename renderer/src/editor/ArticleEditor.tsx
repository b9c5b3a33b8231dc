import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { errorMessage, NotifyProvider } from '../app/notify';
import { isLocked, lockedReason } from '../../../shared/workflow/transitions';
import { useClient } from '../api/use-client';
import { downloadBytes } from '../file-io';
import { ExportDialog, type ExportChoice } from '../articles/ExportDialog';
import type { CommandHandlers } from '../menu-commands';
import { ProofPanel } from '../proof/ProofPanel';
import { WorkflowBar } from '../workflow/WorkflowBar';
import { HistoryPanel } from '../workflow/HistoryPanel';
import { NotesPanel } from '../workflow/NotesPanel';
import type { ArticleEditor as SlateArticleEditor } from './core/types';
import { ArticleDocument } from './react/ArticleDocument';
import { PeopleSourceContext } from './react/people-source';
import { FindBar } from './FindBar';
import { EditorToolbar } from './EditorToolbar';
import { EditorStatus } from './EditorStatus';
import { CaretStatus, createCaretStore } from './CaretStatus';
import { NoteForm } from './NoteForm';
import { TemplateNameForm } from './TemplateNameForm';
import { RecoveredNotice } from './RecoveredNotice';
import { useArticleSession } from './hooks/use-article-session';
import { NO_PEOPLE, usePeopleSource } from './hooks/use-people-source';
import { useProofreading } from './hooks/use-proofreading';
import { useNotes } from './hooks/use-notes';
import { usePlacementFits } from './hooks/use-placement-fits';
import { PhotoPpiContext } from './react/photo-ppi';
import { useFindTarget } from './hooks/use-find-target';
import { useLeaveGuard } from './hooks/use-leave-guard';
import { LeaveDialog } from './LeaveDialog';
import { revisionLabel } from '../../../shared/model/article-content';
import { LockedContext } from './react/locked';

interface Props {
  id: string;
  /** Text to find and select once the article is open (opened from a search result). */
  initialFind?: string | null;
  onClose(): void;
  /** Called once the article has been read. */
  onLoaded(): void;
  registerCommands(handlers: CommandHandlers | null): void;
  /** Told of the article moved to the 回收站 by 删除. */
  onDeleted?(article: { id: string; title: string }): void;
}

/** An article without template placeholders (a stable empty list). */
const NO_PLACEHOLDERS: readonly string[] = [];

/** The article editor: the house-format document, with 保存 (Ctrl+S, and automatically), 删除, 导出 and 查找/替换. */
export function ArticleEditor({ id, initialFind, onClose, onLoaded, registerCommands, onDeleted }: Props) {
  const client = useClient();
  const editorRef = useRef<SlateArticleEditor | null>(null);
  const sourceRef = useRef(NO_PEOPLE);
  const check = useRef(() => {});
  const session = useArticleSession(id, {
    editorRef,
    sourceRef,
    onLoaded,
    onClose,
    onDeleted,
    onDerived: () => check.current(),
  });
  const { article, content, save, latest, refreshContent } = session;
  const { peopleSource, directoryLoaded } = usePeopleSource(article?.createdAt ?? null, sourceRef);
  // The directory changed: mentions print afresh.
  useEffect(() => refreshContent(), [peopleSource, refreshContent]);
  const proofreading = useProofreading({
    editorRef,
    sourceRef,
    peopleSource,
    ignores: content?.proofIgnores,
    updateContent: session.updateContent,
  });
  useLayoutEffect(() => {
    check.current = proofreading.check;
  }, [proofreading.check]);
  const [problem, setProblem] = useState<string | null>(null);
  const notes = useNotes({ editorRef, updateContent: session.updateContent, onProblem: setProblem });
  const { fits, photos: photoPpi } = usePlacementFits(id, content);
  const findTarget = useFindTarget(editorRef);
  const [caret] = useState(createCaretStore);
  const [find, setFind] = useState<null | 'find' | 'replace'>(null);
  // Opened from a search: once the text is there, 查找 opens on the hit and selects it (F3: the next one).
  const [searchFindClosed, setSearchFindClosed] = useState(false);
  const fromSearch = Boolean(initialFind) && content !== null && !searchFindClosed && find === null;
  const shownFind = find ?? (fromSearch ? 'find' : null);
  const [exporting, setExporting] = useState(false);
  const [templateName, setTemplateName] = useState<string | null>(null);
  const [history, setHistory] = useState<null | 'revisions' | 'tracked'>(null);
  const [info, setInfo] = useState<string | null>(null);
  const { setError } = session;
  const guard = useLeaveGuard({
    save,
    current: session.current,
    article: () => latest.current.article,
    failure: () => session.lastError.current,
    onError: setError,
  });
  const { leave } = guard;

  /** Saves, then exports the article in the chosen format and offers the file. */
  const exportAs = async (choice: ExportChoice) => {
    setExporting(false);
    const base = latest.current.article;
    if (!base || !(await save())) return;
    try {
      const { fileName, mimeType, data } = await client.call('articles.export', { id: base.id, ...choice });
      downloadBytes(fileName, data, mimeType);
    } catch (error) {
      setError(errorMessage(error));
    }
  };

  const saveAsTemplate = async (name: string) => {
    const current = latest.current.content;
    if (!current) return;
    try {
      await client.call('templates.save', { name, content: { ...current, dateline: null } });
      setTemplateName(null);
      setInfo(`已存为模板“${name}”，新建稿件时可以选用。`);
    } catch (error) {
      setError(errorMessage(error));
    }
  };

  const restoreRevision = async (revision: number) => {
    if (!(await save())) return;
    const base = latest.current.article;
    if (!base) return;
    const restored = await client.call('articles.restoreRevision', {
      id: base.id,
      baseRevision: base.revision,
      revision,
    });
    session.reloadFrom(restored);
    setHistory(null);
    setInfo(`已恢复${revisionLabel(revision)}的内容，存为${revisionLabel(restored.revision)}。`);
  };

  const { remove } = session;
  useEffect(() => {
    registerCommands({
      flush: leave,
      save: () => void save(),
      delete: () => void remove(),
      export: () => setExporting(true),
      find: () => setFind('find'),
      replace: () => setFind('replace'),
    });
    return () => registerCommands(null);
  }, [registerCommands, save, leave, remove]);

  // One identity for the editor's life: the document calls it again whenever it changes, and each
  // call schedules a full proofreading pass (the whole hook object is new on every render).
  const firstCheck = proofreading.onEditor;
  const onEditor = useCallback(
    (editor: SlateArticleEditor) => {
      editorRef.current = editor;
      firstCheck();
    },
    [firstCheck],
  );

  const { initialValue, state } = session;
  if (!article || !content || !initialValue || !directoryLoaded) {
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
  const locked = isLocked(article.status);
  const lockReason = locked ? lockedReason(article.status) : null;

  return (
    // Problems inside the editor (a step refused, a paste too long) show on its own line, beside the text.
    <NotifyProvider show={setProblem}>
      <LockedContext.Provider value={lockReason}>
        <PhotoPpiContext.Provider value={photoPpi}>
          <section className="editor" aria-label="编辑稿件">
            <EditorToolbar
              article={article}
              dirty={session.dirty}
              state={state}
              locked={locked}
              onClose={() => void leave().then((left) => left && onClose())}
              onSave={() => void save()}
              onExport={() => setExporting(true)}
              onDelete={() => void remove()}
              onTemplate={() => setTemplateName(content.kind ?? '')}
              onNote={notes.startNote}
              onHistory={setHistory}
            />
            <WorkflowBar article={article} beforeStep={session.saveForStep} onArticle={session.onStep} />
            {lockReason && (
              <p className="muted" role="note" data-testid="locked-note">
                {lockReason}
              </p>
            )}
            {history && (
              <HistoryPanel
                key={`${history}-${article.revision}`}
                article={article}
                tracked={history === 'tracked'}
                onRestore={restoreRevision}
                onClose={() => setHistory(null)}
              />
            )}
            {notes.noting && <NoteForm quote={notes.noting.quote} onAdd={notes.addNote} onCancel={notes.cancelNote} />}
            <EditorStatus
              content={content}
              fits={fits}
              caret={<CaretStatus store={caret} />}
              onKind={(kind) => session.updateContent((c) => ({ ...c, kind }))}
            />
            {guard.question && <LeaveDialog question={guard.question} />}
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
            {exporting && (
              <ExportDialog onExport={(choice) => void exportAs(choice)} onCancel={() => setExporting(false)} />
            )}
            {templateName !== null && (
              <TemplateNameForm
                initial={templateName}
                onSave={(name) => void saveAsTemplate(name)}
                onCancel={() => setTemplateName(null)}
              />
            )}
            {info && (
              <p className="notices" role="status">
                {info}
                <button type="button" onClick={() => setInfo(null)}>
                  知道了
                </button>
              </p>
            )}
            {session.recovered && (
              <RecoveredNotice
                savedAt={session.recovered.savedAt}
                onDiscard={() => void session.discardRecovered()}
                onDismiss={session.dismissRecovered}
              />
            )}
            {shownFind && (
              <FindBar
                replace={shownFind === 'replace'}
                target={findTarget}
                version={session.version}
                initialQuery={fromSearch ? (initialFind ?? undefined) : undefined}
                onClose={() => {
                  setFind(null);
                  setSearchFindClosed(true);
                }}
              />
            )}
            {/* Findings stand beside the text, so the text does not move when they come and go. */}
            <div className="editor-body">
              <div className="editor-main">
                <PeopleSourceContext.Provider value={peopleSource}>
                  <ArticleDocument
                    key={session.documentKey}
                    initialValue={initialValue}
                    marks={proofreading.proof.marks}
                    onChange={session.onDocumentChange}
                    onCaret={caret.report}
                    onBlur={() => void save({ auto: true })}
                    onEditor={onEditor}
                    onProblem={setProblem}
                    readOnly={locked}
                    placeholders={article?.placeholders ?? NO_PLACEHOLDERS}
                  />
                </PeopleSourceContext.Provider>
              </div>
              <ProofPanel
                findings={proofreading.proof.findings}
                reading={proofreading.proof.reading}
                ignored={content.proofIgnores.length}
                onJump={proofreading.jumpTo}
                onFix={proofreading.fix}
                onFixAll={proofreading.fixAll}
                onIgnore={proofreading.ignore}
                onRestoreIgnored={proofreading.restoreIgnored}
              />
              <NotesPanel notes={content.notes} onJump={notes.jumpToNote} onResolve={notes.resolveNote} />
            </div>
          </section>
        </PhotoPpiContext.Provider>
      </LockedContext.Provider>
    </NotifyProvider>
  );
}
