import { useCallback, useEffect, useRef, useState } from 'react';
import type { CopydeskBridge } from '../../shared/ipc/bridge';
import type { MenuCommand } from '../../shared/ipc/channels';
import { plainTextToArticle } from '../../shared/format/plain-import';
import { decodeText } from '../../shared/text/decode';
import { contentSizeProblem } from '../../shared/model/limits';
import { useClient } from './api/use-client';
import { ArticleList } from './components/ArticleList';
import { ArticleEditor } from './components/ArticleEditor';
import { NewArticleDialog } from './components/NewArticleDialog';
import type { ArticleContent } from '../../shared/model/article';
import { isImeKey, shortcutCommand, type CommandHandlers } from './commands';
import { DirectoryProvider } from './people/directory-context';
import { PeopleView } from './people/PeopleView';

type View = { kind: 'library' } | { kind: 'trash' } | { kind: 'people' } | { kind: 'editor'; id: string };

/** Largest file 打开 reads (a text file of a few reports is well under 1 MB). */
const MAX_OPEN_BYTES = 5 * 1024 * 1024;

/** The application: 稿件库, 回收站, 人员库 and the editor, with commands from the menu or the keyboard. */
export function App({ bridge }: { bridge: CopydeskBridge | null }) {
  return (
    <DirectoryProvider>
      <Workspace bridge={bridge} />
    </DirectoryProvider>
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
  const viewCommands = useRef<CommandHandlers | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

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

  const openFile = useCallback(
    async (file: File) => {
      try {
        if (!(await leaveView())) return;
        if (file.size > MAX_OPEN_BYTES)
          throw new Error(`文件太大（${Math.round(file.size / 1024 / 1024)} MB），无法作为一篇稿件打开。`);
        const { text } = decodeText(new Uint8Array(await file.arrayBuffer()));
        const content = plainTextToArticle(text);
        const tooLarge = contentSizeProblem(content);
        if (tooLarge) throw new Error(tooLarge);
        const article = await client.call('articles.create', content);
        setView({ kind: 'editor', id: article.id });
      } catch (e) {
        setError(`无法打开“${file.name}”：${(e as Error).message}`);
      }
    },
    [client, leaveView],
  );

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

  const showList = async (kind: 'library' | 'trash' | 'people') => {
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
          <button type="button" aria-pressed={view.kind === 'people'} onClick={() => void showList('people')}>
            人员库
          </button>
        </nav>
        <button type="button" className="primary" onClick={() => void chooseNew()}>
          新建稿件
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          打开文本文件
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,text/plain"
          hidden
          data-testid="open-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void openFile(file);
          }}
        />
      </header>
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
      {choosing && (
        <NewArticleDialog
          onCreate={(content) => void createArticle(content)}
          onCancel={() => setChoosing(false)}
          onError={setError}
        />
      )}
      <main>
        {view.kind === 'editor' ? (
          <ArticleEditor
            key={view.id}
            id={view.id}
            onClose={() => void showList('library')}
            onLoaded={refreshNotices}
            registerCommands={registerCommands}
          />
        ) : view.kind === 'people' ? (
          <PeopleView onError={setError} />
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
