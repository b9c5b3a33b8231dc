import type { Handlers } from '../../shared/ipc/contract';
import { CopydeskError } from '../../shared/ipc/result';
import { contentSizeProblem } from '../../shared/model/limits';
import { renderHouseText, exportFileName } from '../../shared/format/house-text';
import type { ArticleStore } from '../store/article-store';
import type { DraftStore } from '../store/drafts';

/** Facts about the running installation that `app.info` reports. */
export interface RuntimeInfo {
  version: string;
  dataDir: string;
  runtime: 'electron' | 'host';
}

function checkSize(content: Parameters<typeof contentSizeProblem>[0]): void {
  const problem = contentSizeProblem(content);
  if (problem) throw new CopydeskError('TOO_LARGE', problem);
}

/**
 * The services behind every IPC channel, in plain Node. The Electron shell, the
 * test host and the CLI all call these through `dispatch`, so they share one
 * validation path.
 */
export function createHandlers(store: ArticleStore, drafts: DraftStore, info: RuntimeInfo): Handlers {
  return {
    'app.info': async () => ({ ...info, notices: [...store.notices] }),
    'articles.list': async ({ month, trash }) => {
      if (trash) return { month: null, items: await store.listTrash() };
      const chosen = month ?? store.months()[0]?.month ?? null;
      return { month: chosen, items: chosen ? await store.listMonth(chosen) : [] };
    },
    'articles.months': async () => store.months(),
    'articles.get': async ({ id }) => store.get(id),
    'articles.create': async (content) => {
      checkSize(content);
      return store.create(content);
    },
    'articles.save': async ({ id, baseRevision, content }) => {
      checkSize(content);
      const saved = await store.save(id, baseRevision, content);
      await drafts.discardIfSaved(id, content);
      return saved;
    },
    'articles.delete': async ({ id }) => store.moveToTrash(id),
    'articles.restore': async ({ id }) => store.restore(id),
    'articles.emptyTrash': async () => ({ removed: await store.emptyTrash() }),
    'drafts.put': async ({ id, baseRevision, content }) => {
      checkSize(content);
      await store.get(id); // the article must exist
      const savedAt = new Date().toISOString();
      await drafts.put({ id, baseRevision, content, savedAt });
      return { savedAt };
    },
    'drafts.get': async ({ id }) => {
      const draft = await drafts.get(id);
      return draft && { baseRevision: draft.baseRevision, content: draft.content, savedAt: draft.savedAt };
    },
    'drafts.discard': async ({ id }) => {
      const had = (await drafts.get(id)) !== null;
      await drafts.discard(id);
      return { discarded: had };
    },
    'articles.exportText': async ({ id }) => {
      const article = await store.get(id);
      return { text: renderHouseText(article), fileName: exportFileName(article, 'txt') };
    },
  };
}
