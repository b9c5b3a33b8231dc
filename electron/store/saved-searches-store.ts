import { join } from 'node:path';
import { DATA_FILES } from './data-paths';
import { SavedSearchSchema, type SavedSearch } from '../../shared/search/saved';
import { OwnListStore } from './own-list-store';

/** The desk's saved searches (保存检索) in `saved-searches.json`; none until one is saved. */
export function savedSearchesStore(dataDir: string): OwnListStore<SavedSearch> {
  return new OwnListStore({
    file: join(dataDir, DATA_FILES.savedSearches),
    key: 'searches',
    schema: SavedSearchSchema,
    builtIn: [],
    emptyMeansBuiltIn: false,
    damagedNotice: '保存的检索文件已损坏，暂不显示保存的检索；原文件保留在数据文件夹中（saved-searches.json）。',
  });
}
