import { ArticleStore } from '../store/article-store';
import { DraftStore } from '../store/drafts';
import { TemplatesStore } from '../store/templates-store';
import { PeopleStore } from '../store/people-store';
import { glossaryStore } from '../store/glossary-store';
import { IssuesStore } from '../store/issues-store';
import { presetsStore } from '../store/presets-store';
import { sizesStore } from '../store/sizes-store';
import { savedSearchesStore } from '../store/saved-searches-store';
import { SearchIndex } from '../store/search/search-index';
import { PhotoStore } from '../store/photo-store';
import { ObjectStore } from '../store/object-store';
import { DATA_FILES } from '../store/data-paths';
import { DEFAULT_MASTHEAD, MastheadSchema, type Masthead } from '../../shared/layout/masthead';
import { join } from 'node:path';
import { Photos } from './photos';
import { PrintJobs, type PdfPrinter } from './print-jobs';
import { Workflow } from './workflow';
import { watchInbox } from './inbox-watcher';
import { sizeTable } from '../../shared/layout/presets';
import { readyContent } from '../../shared/people/content';
import { indexDirectory } from '../../shared/people/directory';
import { DEFAULT_GLOSSARY } from './glossary-default';
import { createHandlers, type RuntimeInfo } from './handlers';
import type { Handlers } from '../../shared/ipc/contract';

/** The opened services of one data folder. */
export interface Services {
  handlers: Handlers;
  store: ArticleStore;
  workflow: Workflow;
  search: SearchIndex;
  photos: Photos;
  close(): Promise<void>;
}

/**
 * Opens the archive in `info.dataDir` and builds the handlers over it.
 * `printer` makes the PDFs of issue plans (Electron's printToPDF in the app,
 * the system Chromium in the host); without one, PDF export says so.
 */
export async function openServices(
  info: RuntimeInfo,
  options: {
    readOnly?: boolean;
    printer?: PdfPrinter | null;
    watchInbox?: boolean;
    /** The search index's build thread (searchWorkerIn the running bundle's folder); without it a rebuild runs in this thread. */
    searchWorker?: string;
  } = {},
): Promise<Services> {
  const store = await ArticleStore.open({ dataDir: info.dataDir, readOnly: options.readOnly ?? false });
  const search = await SearchIndex.open(store, {
    readOnly: options.readOnly ?? false,
    buildWorker: options.searchWorker,
  });
  const people = new PeopleStore(info.dataDir);
  const issues = new IssuesStore(info.dataDir);
  const presets = presetsStore(info.dataDir);
  const sizes = sizesStore(info.dataDir);
  const masthead = new ObjectStore<Masthead>({
    file: join(info.dataDir, DATA_FILES.masthead),
    key: 'masthead',
    schema: MastheadSchema,
    defaults: DEFAULT_MASTHEAD,
    damagedNotice: '报头设置文件已损坏，已改用默认报头；原文件保留在数据文件夹中（masthead.json）。',
  });
  const photos = new Photos(new PhotoStore(store.paths, { readOnly: options.readOnly ?? false }));
  const printJobs = new PrintJobs(options.printer ?? null, {
    photos,
    masthead: () => masthead.get(),
    issue: (id) => issues.get(id),
    presets: async () => (await presets.list()).items,
    sizes: async () => sizeTable((await sizes.list()).items),
    // Mentions printed from the directory as it is now; copy with template placeholders left is refused.
    ready: async (id) => readyContent(await store.get(id), indexDirectory(await people.list())),
  });
  const workflow = new Workflow(info.dataDir, store, info.version, { readOnly: options.readOnly, photos });
  const watcher = options.watchInbox ? watchInbox(workflow) : null;
  return {
    workflow,
    handlers: createHandlers(
      {
        articles: store,
        drafts: new DraftStore(info.dataDir),
        templates: new TemplatesStore(info.dataDir),
        people,
        glossary: glossaryStore(info.dataDir, DEFAULT_GLOSSARY),
        issues,
        presets,
        sizes,
        printJobs,
        workflow,
        search,
        savedSearches: savedSearchesStore(info.dataDir),
        photos,
        masthead,
      },
      info,
    ),
    store,
    search,
    photos,
    close: async () => {
      watcher?.stop();
      printJobs.cancelAll();
      await search.close();
      await store.close();
    },
  };
}
