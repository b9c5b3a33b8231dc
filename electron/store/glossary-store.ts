import { join } from 'node:path';
import { DATA_FILES } from './data-paths';
import { GlossaryEntrySchema, type GlossaryEntry } from '../../shared/proof/glossary';
import { OwnListStore } from './own-list-store';

/** The newsroom's word list (词表) for the proofreader, in `glossary.json`; the built-in list until it saves its own. */
export function glossaryStore(dataDir: string, builtIn: readonly GlossaryEntry[]): OwnListStore<GlossaryEntry> {
  return new OwnListStore({
    file: join(dataDir, DATA_FILES.glossary),
    key: 'entries',
    schema: GlossaryEntrySchema,
    builtIn,
    // An empty list is the newsroom's choice.
    emptyMeansBuiltIn: false,
    damagedNotice:
      '词表文件已损坏，暂用内置词表；原文件保留在数据文件夹中（glossary.json），可从备份或导出的词表恢复。',
  });
}
