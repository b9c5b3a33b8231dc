import { useCallback, useEffect, useRef, useState } from 'react';
import type { CopydeskBridge } from '../../../shared/ipc/bridge';
import type { ArticleContent } from '../../../shared/model/article';
import { NO_REPORT_MESSAGE, parseReports, type ParsedReport } from '../../../shared/format/parse-reports';
import { IMPORT_ACCEPT, pastedDocument, readImportFile, type SourceDocument } from '../import/sources';
import { ImportView } from '../import/ImportView';
import { PasteDialog } from '../import/PasteDialog';
import { useClient } from '../api/use-client';
import { toBase64 } from '../file-io';
import { ArticleList } from '../articles/ArticleList';
import { LibraryView } from '../search/LibraryView';
import { NewArticleDialog } from '../articles/NewArticleDialog';
import { ArticleEditor } from '../editor/ArticleEditor';
import { PeopleView } from '../people/PeopleView';
import { GlossaryView } from '../proof/GlossaryView';
import { PlannerView } from '../layout/PlannerView';
import { useProfile } from '../workflow/profile-context';
import { FirstRunDialog } from '../workflow/ProfileForm';
import { SettingsView } from '../workflow/SettingsView';
import { NotifyProvider, useNotify } from './notify';
import { Notices } from './Notices';
import { DeletedNotice } from './DeletedNotice';
import { TopBar, type ListView } from './TopBar';
import { useCommands } from './use-commands';
import { useInboxReceipts } from './use-inbox-receipts';
import { useWindowDrop } from './use-window-drop';

type View =
  | { kind: ListView }
  | { kind: 'editor'; id: string; find?: string | null }
  | { kind: 'import'; document: SourceDocument; reports: ParsedReport[]; defaultYear: number };

/** The application's one window: the top bar, the app's messages, and the view open under them. */
export function Workspace({ bridge }: { bridge: CopydeskBridge | null }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <NotifyProvider show={setError}>
      <WorkspaceViews bridge={bridge} error={error} onClearError={() => setError(null)} />
    </NotifyProvider>
  );
}

function WorkspaceViews({
  bridge,
  error,
  onClearError,
}: {
  bridge: CopydeskBridge | null;
  error: string | null;
  onClearError(): void;
}) {
  const client = useClient();
  const profile = useProfile();
  const [view, setView] = useState<View>({ kind: 'library' });
  const [notices, setNotices] = useState<string[]>([]);
  const [dismissed, setDismissed] = useState(0);
  const [listKey, setListKey] = useState(0);
  const [choosing, setChoosing] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [imported, setImported] = useState<number | null>(null);
  const [deleted, setDeleted] = useState<{ id: string; title: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const refreshList = useCallback(() => setListKey((k) => k + 1), []);
  const inbox = useInboxReceipts(refreshList);
  const notify = useNotify();

  // Repairs (damaged files restored, the catalog rebuilt) can happen when a list or
  // an article is first read, so notices are fetched again after each load.
  const refreshNotices = useCallback(() => {
    client
      .call('app.info')
      .then((info) => setNotices((shown) => (info.notices.length === shown.length ? shown : info.notices)))
      .catch((e: unknown) => notify.fail(e));
  }, [client, notify]);

  const commands = useCommands(bridge, {
    onNew: () => void chooseNew(),
    onOpen: () => fileInput.current?.click(),
  });
  const { leaveView } = commands;

  /** 新建稿件: saves the open article, then offers a blank article or a template. */
  const chooseNew = async () => {
    if (await leaveView()) setChoosing(true);
  };
  const createArticle = async (content: ArticleContent) => {
    setChoosing(false);
    try {
      setView({ kind: 'editor', id: (await client.call('articles.create', content)).id });
    } catch (e) {
      notify.fail(e);
    }
  };

  /** Recognises the reports in copy and opens the review; a Chinese message when there are none. */
  const review = async (read: () => Promise<SourceDocument>, what: string) => {
    try {
      if (!(await leaveView())) return;
      const document = await read();
      if (document.lines.every((l) => l.text.trim() === '')) throw new Error('内容是空的。');
      const { reports, pageDate } = parseReports(document.lines);
      if (reports.length === 0) throw new Error(NO_REPORT_MESSAGE);
      setPasting(false);
      setView({ kind: 'import', document, reports, defaultYear: pageDate?.year ?? new Date().getFullYear() });
    } catch (e) {
      notify.fail(e, `无法导入${what}`);
    }
  };

  /** An opened or dropped file: a signed submission goes through the inbox's checks, anything else to the import. */
  const openFile = async (file: File) => {
    if (!file.name.toLowerCase().endsWith('.cdsub'))
      return review(() => readImportFile(file, client), `“${file.name}”`);
    try {
      const data = toBase64(new Uint8Array(await file.arrayBuffer()));
      inbox.show([await client.call('inbox.receive', { fileName: file.name, data })]);
    } catch (e) {
      notify.fail(e, `无法收入“${file.name}”`);
    }
  };
  useWindowDrop((file) => void openFile(file));

  const showList = async (kind: ListView) => {
    if (!(await leaveView())) return;
    setView({ kind });
    refreshList();
  };
  const open = (id: string, find?: string | null) => setView({ kind: 'editor', id, find });
  // Ctrl+Shift+F: the archive search, from anywhere.
  const [focusSearch, setFocusSearch] = useState(0);
  const inLibrary = view.kind === 'library';
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || !e.shiftKey || e.key.toLowerCase() !== 'f') return;
      e.preventDefault();
      void (async () => {
        if (!inLibrary && !(await leaveView())) return;
        setView({ kind: 'library' });
        setFocusSearch((n) => n + 1);
      })();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [inLibrary, leaveView]);

  return (
    <div className="app">
      <TopBar
        current={view.kind}
        onView={(kind) => void showList(kind)}
        onNew={() => void chooseNew()}
        onPaste={() => setPasting(true)}
        onImport={() => fileInput.current?.click()}
      />
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
      {profile.loaded && !profile.profile && (
        <FirstRunDialog passphraseSet={profile.chiefPassphraseSet} onSave={profile.save} />
      )}
      <Notices
        receipts={inbox.receipts}
        onClearReceipts={inbox.clear}
        imported={imported}
        onClearImported={() => setImported(null)}
        notices={notices.slice(dismissed)}
        onDismissNotices={() => setDismissed(notices.length)}
        error={error}
        onClearError={onClearError}
      />
      {deleted && (
        <DeletedNotice
          article={deleted}
          onRestored={() => {
            setDeleted(null);
            refreshList();
          }}
          onDismiss={() => setDeleted(null)}
        />
      )}
      {pasting && (
        <PasteDialog
          onCancel={() => setPasting(false)}
          onRead={(text) => void review(async () => pastedDocument(text), '粘贴的文本')}
        />
      )}
      {choosing && (
        <NewArticleDialog onCreate={(content) => void createArticle(content)} onCancel={() => setChoosing(false)} />
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
              refreshList();
              setImported(ids.length);
            }}
          />
        ) : view.kind === 'editor' ? (
          <ArticleEditor
            key={view.id}
            id={view.id}
            initialFind={view.find}
            onClose={() => void showList('library')}
            onDeleted={setDeleted}
            onLoaded={refreshNotices}
            registerCommands={commands.registerCommands}
          />
        ) : view.kind === 'people' ? (
          <PeopleView />
        ) : view.kind === 'planner' ? (
          <PlannerView onOpen={open} />
        ) : view.kind === 'glossary' ? (
          <GlossaryView />
        ) : view.kind === 'settings' ? (
          <SettingsView />
        ) : view.kind === 'library' ? (
          <LibraryView listKey={listKey} focusSearch={focusSearch} onOpen={open} onLoaded={refreshNotices} />
        ) : (
          <ArticleList key={`${view.kind}-${listKey}`} mode={view.kind} onOpen={open} onLoaded={refreshNotices} />
        )}
      </main>
    </div>
  );
}
