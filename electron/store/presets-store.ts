import { join } from 'node:path';
import { DATA_FILES } from './data-paths';
import { BUILT_IN_PRESETS, PagePresetSchema, type PagePreset } from '../../shared/layout/presets';
import { OwnListStore } from './own-list-store';

/** The paper's page presets (版式) in `presets.json`; the built-in presets until it saves its own. */
export function presetsStore(dataDir: string): OwnListStore<PagePreset> {
  return new OwnListStore({
    file: join(dataDir, DATA_FILES.presets),
    key: 'presets',
    schema: PagePresetSchema,
    builtIn: BUILT_IN_PRESETS,
    // Pages need at least one preset.
    emptyMeansBuiltIn: true,
    damagedNotice: '版式设置文件已损坏，暂用内置版式；原文件保留在数据文件夹中（presets.json）。',
  });
}
