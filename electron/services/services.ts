import { ArticleStore } from '../store/article-store';
import { DraftStore } from '../store/drafts';
import { TemplatesStore } from '../store/templates-store';
import { PeopleStore } from '../store/people-store';
import { glossaryStore } from '../store/glossary-store';
import { IssuesStore } from '../store/issues-store';
import { presetsStore } from '../store/presets-store';
import { DEFAULT_GLOSSARY } from './glossary-default';
import { createHandlers, type RuntimeInfo } from './handlers';
import type { Handlers } from '../../shared/ipc/contract';

/** The opened services of one data folder. */
export interface Services {
  handlers: Handlers;
  store: ArticleStore;
  close(): Promise<void>;
}

/** Opens the archive in `info.dataDir` and builds the handlers over it. */
export async function openServices(info: RuntimeInfo, options: { readOnly?: boolean } = {}): Promise<Services> {
  const store = await ArticleStore.open({ dataDir: info.dataDir, readOnly: options.readOnly ?? false });
  return {
    handlers: createHandlers(
      {
        articles: store,
        drafts: new DraftStore(info.dataDir),
        templates: new TemplatesStore(info.dataDir),
        people: new PeopleStore(info.dataDir),
        glossary: glossaryStore(info.dataDir, DEFAULT_GLOSSARY),
        issues: new IssuesStore(info.dataDir),
        presets: presetsStore(info.dataDir),
      },
      info,
    ),
    store,
    close: () => store.close(),
  };
}
