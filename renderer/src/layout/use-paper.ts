import { useEffect, useMemo, useState } from 'react';
import { useNotify } from '../app/notify';
import {
  BUILT_IN_PRESETS,
  BUILT_IN_SIZES,
  sizeTable,
  type PagePreset,
  type TypeSize,
} from '../../../shared/layout/presets';
import { useClient } from '../api/use-client';
import { DEFAULT_MASTHEAD, type Masthead } from '../../../shared/layout/masthead';

/** The paper's page presets (版式), 报头 and 号 table (字号表): loaded, and saved when edited. */
export function usePaper() {
  const client = useClient();
  const notify = useNotify();
  const [presets, setPresets] = useState<readonly PagePreset[]>(BUILT_IN_PRESETS);
  const [sizeRows, setSizeRows] = useState<readonly TypeSize[]>(BUILT_IN_SIZES);
  const sizes = useMemo(() => sizeTable(sizeRows), [sizeRows]);
  const [masthead, setMasthead] = useState<Masthead>(DEFAULT_MASTHEAD);
  useEffect(() => {
    let live = true;
    Promise.all([client.call('presets.list'), client.call('sizes.list'), client.call('masthead.get')])
      .then(([p, s, m]) => {
        if (!live) return;
        setPresets(p.presets);
        setSizeRows(s.sizes);
        setMasthead(m);
      })
      .catch((e: unknown) => live && notify.fail(e));
    return () => {
      live = false;
    };
  }, [client, notify]);
  return {
    presets,
    sizeRows,
    sizes,
    masthead,
    async savePresets(next: readonly PagePreset[], nextMasthead: Masthead) {
      await client.call('presets.save', { presets: [...next] });
      setPresets(next);
      setMasthead(await client.call('masthead.save', nextMasthead));
    },
    async saveSizes(next: readonly TypeSize[]) {
      await client.call('sizes.save', { sizes: [...next] });
      setSizeRows(next);
    },
  };
}
