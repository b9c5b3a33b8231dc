// A writer process for the search crash test: opens the archive with its
// search index (segments written and merged often, small ones indexed again
// and tiers of larger ones joined on file) and creates, saves,
// deletes and restores articles as fast as it can, printing "ACK" after
// each, until it is killed.
import { ArticleStore } from '../../electron/store/article-store';
import { SearchIndex } from '../../electron/store/search/search-index';
import { emptyContent, plainTextToBody } from '../../shared/model/article-content';
import { syntheticCopy } from './synthetic-copy';

const dataDir = process.argv[2]!;
const seed = Number(process.argv[3] ?? 1);

async function main(): Promise<void> {
  const store = await ArticleStore.open({ dataDir, foldDelayMs: 3 });
  await SearchIndex.open(store, { readOnly: false, flushDocs: 3, idleMs: 5, tierDocs: 4 });
  const copy = syntheticCopy(seed);
  const random = copy.random;
  let ids = (await store.allEntries()).map((e) => e.id);
  for (;;) {
    const { doc, text } = copy.report(200 + Math.floor(random() * 400));
    const [title, ...rest] = text.split('\n\n');
    const content = {
      ...emptyContent(),
      title: title!,
      dateline: { source: '本报讯', date: doc.date!, timeOfDay: null },
      body: plainTextToBody(rest.join('\n')),
    };
    const pick = ids[Math.floor(random() * ids.length)];
    const r = random();
    if (!pick || r < 0.3) ids.push((await store.create(content)).id);
    else if (r < 0.85) {
      const current = await store.get(pick).catch(() => null);
      // Gone meanwhile (its 回收站 emptied): pick again.
      if (!current) ids = (await store.allEntries()).map((e) => e.id);
      else if (current.deletedAt) await store.restore(pick);
      else await store.save(pick, current.revision, content);
    } else if (r < 0.95) await store.moveToTrash(pick).catch(() => null);
    else {
      await store.emptyTrash();
      ids = (await store.allEntries()).map((e) => e.id);
    }
    process.stdout.write('ACK\n');
  }
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exit(1);
});
