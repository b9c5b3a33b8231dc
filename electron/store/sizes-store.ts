import { join } from 'node:path';
import { DATA_FILES } from './data-paths';
import { BUILT_IN_SIZES, TypeSizeSchema, type TypeSize } from '../../shared/layout/presets';
import { OwnListStore } from './own-list-store';

/** The paper's 号-to-pt table in `sizes.json`; the standard table until it saves its own. */
export function sizesStore(dataDir: string): OwnListStore<TypeSize> {
  return new OwnListStore({
    file: join(dataDir, DATA_FILES.sizes),
    key: 'sizes',
    schema: TypeSizeSchema,
    builtIn: BUILT_IN_SIZES,
    emptyMeansBuiltIn: true,
    damagedNotice: '字号表文件已损坏，暂用标准字号表；原文件保留在数据文件夹中（sizes.json）。',
  });
}
