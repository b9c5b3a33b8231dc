import { useCallback, useEffect, useRef, useState } from 'react';
import type { CopydeskBridge } from '../../shared/ipc/bridge';
import type { MenuCommand } from '../../shared/ipc/channels';
import { NO_REPORT_MESSAGE, parseReports, type ParsedReport } from '../../shared/format/parse-reports';
import { IMPORT_ACCEPT, pastedDocument, readImportFile, type SourceDocument } from './import/sources';
import { ImportView } from './import/ImportView';
import { useClient } from './api/use-client';
import { toBase64 } from './file-io';
import { ArticleList } from './articles/ArticleList';
import { ArticleEditor } from './editor/ArticleEditor';
import { NewArticleDialog } from './articles/NewArticleDialog';
import type { ArticleContent } from '../../shared/model/article';
import { isImeKey, shortcutCommand, type CommandHandlers } from './menu-commands';
import { DirectoryProvider } from './people/directory-context';
import { PeopleView } from './people/PeopleView';
import { GlossaryProvider } from './proof/glossary-context';
import { GlossaryView } from './proof/GlossaryView';
import { PlannerView } from './layout/PlannerView';
import { ProfileProvider, useProfile } from './workflow/profile-context';
import { FirstRunDialog } from './workflow/ProfileForm';
import { SettingsView } from './workflow/SettingsView';
import type { Receipt } from '../../shared/workflow/submission';
import { MAX_PASTE_CHARS } from '../../shared/model/limits';

type View =
  | { kind: 'library' }
  | { kind: 'trash' }
  | { kind: 'people' }
  | { kind: 'glossary' }
  | { kind: 'planner' }
  | { kind: 'settings' }
  | { kind: 'editor'; id: string }
  | { kind: 'import'; document: SourceDocument; reports: ParsedReport[]; defaultYear: number };

/** How often the app asks what the 收稿箱 watch took in. */
const INBOX_POLL_MS = 2000;

/** Longest paste 粘贴导入 takes (a page dump is well under this). */

/** The application: 稿件库, 回收站, 人员库 and the editor, with commands from the menu or the keyboard. */
export function App({ bridge }: { bridge: CopydeskBridge | null }) {
  return (
    <ProfileProvider>
      <DirectoryProvider>
        <GlossaryProvider>
          <Workspace bridge={bridge} />
        </GlossaryProvider>
      </DirectoryProvider>
    </ProfileProvider>
  );
}

function Workspace({ bridge }: { bridge: CopydeskBridge | null }) {
  const client = useClient();
  const [view, setView] = useState<View>({ kind: 'library' });
  const [notices, setNotices] = useState<string[]>([]);
  const [dismissed, setDismissed] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [listKey, setListKey] = useState(0);
  const [choosing, setChoosing] = useState(false);
  const [imported, setImported] = useState<number | null>(null);
  const viewCommands = useRef<CommandHandlers | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const profile = useProfile();
  const [receipts, setReceipts] = useState<Receipt[]>([]);

  /** What came in from the 收稿箱 (or a dropped .cdsub): shown, and the list refreshed when copy arrived. */
  const showReceipts = useCallback((list: Receipt[]) => {
    if (list.length === 0) return;
    setReceipts((shown) => [...shown, ...list].slice(-20));
    if (list.some((r) => r.outcome === 'imported' || r.outcome === 'returned')) setListKey((k) => k + 1);
  }, []);

  // The main process watches the 收稿箱; what it took in is shown here, each once.
  useEffect(() => {
    let live = true;
    let lastProblem: string | null = null;
    const poll = async () => {
      const result = await client.call('inbox.receipts').catch(() => null);
      if (!live || !result) return;
      showReceipts(result.receipts);
      // A 收稿箱 that cannot be read (a share gone away) is said once, not every few seconds.
      if (result.problem && result.problem !== lastProblem) setError(`收稿箱：${result.problem}`);
      lastProblem = result.problem;
    };
    void poll();
    const timer = setInterval(() => void poll(), INBOX_POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [client, showReceipts]);

  // Repairs (damaged files restored, the catalog rebuilt) can happen when a list or
  // an article is first read, so notices are fetched again after each load.
  const refreshNotices = useCallback(() => {
    client
      .call('app.info')
      .then((info) => setNotices((shown) => (info.notices.length === shown.length ? shown : info.notices)))
      .catch((e: Error) => setError(e.message));
  }, [client]);

  /** Saves the open article (if any) before the view changes; false when it could not be saved. */
  const leaveView = useCallback(async () => (await viewCommands.current?.flush?.()) ?? true, []);

  const createArticle = useCallback(
    async (content: ArticleContent) => {
      setChoosing(false);
      try {
        const article = await client.call('articles.create', content);
        setView({ kind: 'editor', id: article.id });
      } catch (e) {
        setError((e as Error).message);
      }
    },
    [client],
  );

  /** 新建稿件: saves the open article, then offers a blank article or a template. */
  const chooseNew = useCallback(async () => {
    if (await leaveView()) setChoosing(true);
  }, [leaveView]);

  const [pasting, setPasting] = useState(false);

  /** Recognises the reports in copy and opens the review; a Chinese message when there are none. */
  const review = useCallback(
    async (read: () => Promise<SourceDocument>, what: string) => {
      try {
        if (!(await leaveView())) return;
        const document = await read();
        if (document.lines.every((l) => l.text.trim() === '')) throw new Error('内容是空的。');
        const { reports, pageDate } = parseReports(document.lines);
        if (reports.length === 0) throw new Error(NO_REPORT_MESSAGE);
        setPasting(false);
        setView({ kind: 'import', document, reports, defaultYear: pageDate?.year ?? new Date().getFullYear() });
      } catch (e) {
        setError(`无法导入${what}：${(e as Error).message}`);
      }
    },
    [leaveView],
  );

  const openFile = useCallback(
    async (file: File) => {
      // A signed submission (.cdsub) goes through the inbox's checks, not the text import.
      if (file.name.toLowerCase().endsWith('.cdsub')) {
        try {
          const data = toBase64(new Uint8Array(await file.arrayBuffer()));
          showReceipts([await client.call('inbox.receive', { fileName: file.name, data })]);
        } catch (e) {
          setError(`无法收入“${file.name}”：${(e as Error).message}`);
        }
        return;
      }
      await review(() => readImportFile(file, client), `“${file.name}”`);
    },
    [client, review, showReceipts],
  );

  // Files dropped anywhere on the window are imported (text dropped into the editor stays the editor's).
  useEffect(() => {
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onDragOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      event.stopPropagation();
      void openFile(file);
    };
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, [openFile]);

  const runCommand = useCallback(
    (command: MenuCommand) => {
      if (command === 'new') void chooseNew();
      else if (command === 'open') fileInput.current?.click();
      else viewCommands.current?.[command]?.();
    },
    [chooseNew],
  );

  useEffect(() => bridge?.onMenuCommand(runCommand), [bridge, runCommand]);

  useEffect(() => {
    // In Electron the application menu owns these shortcuts; the host has no menu.
    if (bridge) return;
    const onKey = (event: KeyboardEvent) => {
      // Keys that belong to an input method's composition are never commands.
      if (isImeKey(event)) return;
      const command = shortcutCommand(event);
      if (!command) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [bridge, runCommand]);

  const registerCommands = useCallback((handlers: CommandHandlers | null) => {
    viewCommands.current = handlers;
  }, []);

  const showList = async (kind: 'library' | 'trash' | 'people' | 'glossary' | 'planner' | 'settings') => {
    if (!(await leaveView())) return;
    setView({ kind });
    setListKey((k) => k + 1);
  };

  return (
    <div className="app">
      <header className="topbar">
        <h1>采编台</h1>
        <nav aria-label="主导航">
          <button type="button" aria-pressed={view.kind === 'library'} onClick={() => void showList('library')}>
            稿件库
          </button>
          <button type="button" aria-pressed={view.kind === 'trash'} onClick={() => void showList('trash')}>
            回收站
          </button>
          <button type="button" aria-pressed={view.kind === 'planner'} onClick={() => void showList('planner')}>
            版面
          </button>
          <button type="button" aria-pressed={view.kind === 'people'} onClick={() => void showList('people')}>
            人员库
          </button>
          <button type="button" aria-pressed={view.kind === 'glossary'} onClick={() => void showList('glossary')}>
            词表
          </button>
          <button type="button" aria-pressed={view.kind === 'settings'} onClick={() => void showList('settings')}>
            设置
          </button>
        </nav>
        <span className="who" data-testid="who">
          {profile.profile ? `${profile.profile.name}（${profile.profile.role}）` : ''}
        </span>
        <button type="button" className="primary" onClick={() => void chooseNew()}>
          新建稿件
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} title="文本文件或 Word 文件，也可以拖进窗口">
          导入稿件…
        </button>
        <button type="button" onClick={() => setPasting(true)}>
          粘贴导入
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={`${IMPORT_ACCEPT},.cdsub`}
          hidden
          data-testid="open-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void openFile(file);
          }}
        />
      </header>
      {profile.loaded && !profile.profile && <FirstRunDialog onSave={profile.save} />}
      {receipts.length > 0 && (
        <div className="notices" role="status" data-testid="receipts">
          {receipts.map((r, i) => (
            <p key={i} className={r.outcome === 'refused' ? 'error' : undefined}>
              {r.outcome === 'imported'
                ? `收到来稿《${r.title}》（${r.sender}）`
                : r.outcome === 'returned'
                  ? `《${r.title}》被退回（${r.sender}），已回到草稿`
                  : r.outcome === 'duplicate'
                    ? `《${r.title}》已经收过，已忽略`
                    : `未通过：${r.file}——${r.message}`}
              {r.outcome !== 'refused' && r.message && `。${r.message}`}
            </p>
          ))}
          <button type="button" onClick={() => setReceipts([])}>
            知道了
          </button>
        </div>
      )}
      {imported !== null && (
        <div className="notices" role="status">
          已导入 {imported} 篇稿件，在稿件库中按电头日期列出。
          <button type="button" onClick={() => setImported(null)}>
            知道了
          </button>
        </div>
      )}
      {notices.length > dismissed && (
        <div className="notices" role="status">
          {notices.slice(dismissed).map((n) => (
            <p key={n}>{n}</p>
          ))}
          <button type="button" onClick={() => setDismissed(notices.length)}>
            知道了
          </button>
        </div>
      )}
      {error && (
        <div className="error" role="alert">
          {error}
          <button type="button" aria-label="关闭提示" onClick={() => setError(null)}>
            ×
          </button>
        </div>
      )}
      {pasting && (
        <PasteDialog
          onCancel={() => setPasting(false)}
          onRead={(text) => void review(async () => pastedDocument(text), '粘贴的文本')}
        />
      )}
      {choosing && (
        <NewArticleDialog
          onCreate={(content) => void createArticle(content)}
          onCancel={() => setChoosing(false)}
          onError={setError}
        />
      )}
      <main>
        {view.kind === 'import' ? (
          <ImportView
            document={view.document}
            reports={view.reports}
            defaultYear={view.defaultYear}
            onCancel={() => setView({ kind: 'library' })}
            onImported={(ids) => {
              setView({ kind: 'library' });
              setListKey((k) => k + 1);
              setImported(ids.length);
            }}
          />
        ) : view.kind === 'editor' ? (
          <ArticleEditor
            key={view.id}
            id={view.id}
            onClose={() => void showList('library')}
            onLoaded={refreshNotices}
            registerCommands={registerCommands}
          />
        ) : view.kind === 'people' ? (
          <PeopleView onError={setError} />
        ) : view.kind === 'planner' ? (
          <PlannerView onError={setError} onOpen={(id) => setView({ kind: 'editor', id })} />
        ) : view.kind === 'glossary' ? (
          <GlossaryView onError={setError} />
        ) : view.kind === 'settings' ? (
          <SettingsView onError={setError} />
        ) : (
          <ArticleList
            key={`${view.kind}-${listKey}`}
            mode={view.kind}
            onOpen={(id) => setView({ kind: 'editor', id })}
            onError={setError}
            onLoaded={refreshNotices}
          />
        )}
      </main>
    </div>
  );
}

/** 粘贴导入: copy from an e-paper, a PDF or a chat, pasted as text. */
function PasteDialog({ onRead, onCancel }: { onRead(text: string): void; onCancel(): void }) {
  const [text, setText] = useState('');
  const tooLong = text.length > MAX_PASTE_CHARS;
  return (
    <form
      className="dialog"
      aria-label="粘贴导入"
      onSubmit={(e) => {
        e.preventDefault();
        onRead(text);
      }}
    >
      <h2>粘贴导入</h2>
      <p className="muted">把电子版、PDF 或聊天中复制的稿件粘贴在这里，可以一次粘贴一整版。</p>
      <textarea
        aria-label="粘贴稿件文本"
        rows={12}
        className="paste-area"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {tooLong && <p className="error">粘贴的内容太长（超过 1000 万字），请分几次导入。</p>}
      <div className="form-row">
        <button type="submit" className="primary" disabled={!text.trim() || tooLong}>
          识别稿件
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
