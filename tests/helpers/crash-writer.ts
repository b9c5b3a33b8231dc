// A writer process for the crash test: saves articles as fast as it can and
// prints "ACK id revision title" after each save resolves, until it is killed.
import { ArticleStore } from '../../electron/store/article-store';
import { emptyContent, plainTextToBody } from '../../shared/model/article-content';

const dataDir = process.argv[2]!;
const seed = Number(process.argv[3] ?? 1);
let state = seed;
const random = (n: number) => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state % n;
};

async function main(): Promise<void> {
  const store = await ArticleStore.open({ dataDir, foldDelayMs: 3 });
  const ids: string[] = [];
  for (const { month } of store.months()) for (const e of await store.listMonth(month)) ids.push(e.id);
  for (let i = 0; ; i++) {
    const day = String(1 + random(28)).padStart(2, '0');
    const month = String(1 + random(3)).padStart(2, '0');
    const title = `稿件${seed}-${i}`;
    const content = {
      ...emptyContent(),
      title,
      dateline: { source: '本报讯', date: `2020-${month}-${day}`, timeOfDay: null },
      body: plainTextToBody('中原区召开会议。'.repeat(50 + random(200))),
    };
    let article;
    if (ids.length === 0 || random(3) === 0) {
      article = await store.create(content);
      ids.push(article.id);
    } else {
      const id = ids[random(ids.length)]!;
      const current = await store.get(id);
      article = await store.save(id, current.revision, content);
    }
    process.stdout.write(`ACK ${article.id} ${article.revision} ${article.title}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exit(1);
});
