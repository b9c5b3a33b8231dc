// A writer process for the crash soak: runs random multi-file operations on a
// data folder through the real services as fast as it can, printing
// "BEGIN op {json}" before each and "ACK op {json}" after it resolves, until
// it is killed with SIGKILL.
import { openServices } from '../../electron/services/services';
import { dispatch } from '../../shared/ipc/dispatch';
import type { Channel } from '../../shared/ipc/channels';
import type { Article, CatalogEntry } from '../../shared/model/article';
import { emptyContent } from '../../shared/model/article-content';

const [dataDir, seedText, inboxDir] = process.argv.slice(2) as [string, string, string];
let state = Number(seedText) || 1;
const random = (n: number) => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state % n;
};
const say = (what: 'BEGIN' | 'ACK', op: string, data: unknown) =>
  process.stdout.write(`${what} ${op} ${JSON.stringify(data)}\n`);
const para = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });
const report = (title: string) => ({
  title,
  dateline: {
    source: '本报讯',
    date: `2020-0${1 + random(3)}-${String(1 + random(28)).padStart(2, '0')}`,
    timeOfDay: null,
  },
  body: [para('中原区召开会议，研究部署春季绿化工作。'.repeat(5 + random(40)))],
});

async function main(): Promise<void> {
  const services = await openServices({ version: 'soak', dataDir, runtime: 'host' });
  const call = async <T>(channel: Channel, input?: unknown): Promise<T> => {
    const r = await dispatch(services.handlers, channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  };
  const ids: string[] = [];
  for (const { month } of await call<Array<{ month: string }>>('articles.months'))
    ids.push(...(await call<{ items: CatalogEntry[] }>('articles.list', { month })).items.map((e) => e.id));
  ids.push(...(await call<{ items: CatalogEntry[] }>('articles.list', { trash: true })).items.map((e) => e.id));
  const tag = `${seedText}-${Date.now() % 100000}`;
  for (let i = 0; ; i++) {
    const pickId = () => ids[random(ids.length)]!;
    const op = ids.length === 0 ? 0 : random(10);
    if (op <= 2) {
      const title = `稿${tag}-${i}`;
      say('BEGIN', 'create', { title });
      const a = await call<Article>('articles.create', report(title));
      ids.push(a.id);
      say('ACK', 'create', { id: a.id, revision: a.revision, title, trashed: false });
    } else if (op <= 4) {
      const id = pickId();
      const current = await call<Article>('articles.get', { id });
      if (current.deletedAt) continue;
      const title = `改${tag}-${i}`;
      say('BEGIN', 'save', { id, title });
      const a = await call<Article>('articles.save', {
        id,
        baseRevision: current.revision,
        content: { ...current, ...report(title) },
      });
      say('ACK', 'save', { id, revision: a.revision, title, trashed: false });
    } else if (op === 5) {
      const size = 3 + random(10);
      const prefix = `批${tag}-${i}-`;
      say('BEGIN', 'import', { prefix, size });
      const { ids: made } = await call<{ ids: string[] }>('articles.createMany', {
        contents: Array.from({ length: size }, (_, k) => ({ ...emptyContent(), ...report(`${prefix}${k}`) })),
      });
      ids.push(...made);
      say('ACK', 'import', { prefix, size, ids: made });
    } else if (op === 6) {
      const id = pickId();
      say('BEGIN', 'trash', { id });
      const a = await call<Article>('articles.delete', { id });
      say('ACK', 'trash', { id, revision: a.revision, title: a.title, trashed: true });
    } else if (op === 7) {
      const id = pickId();
      say('BEGIN', 'restore', { id });
      const a = await call<Article>('articles.restore', { id });
      say('ACK', 'restore', { id, revision: a.revision, title: a.title, trashed: false });
    } else if (op === 8) {
      const name = `测${String.fromCharCode(0x4e00 + random(2000))}${String.fromCharCode(0x4e00 + random(2000))}`;
      const organisation = `单位${tag}-${i}`;
      say('BEGIN', 'people', { name, organisation });
      await call('people.importCsv', {
        text: `姓名,类别,职务,单位\n${name},其他,干部,${organisation}\n`,
        mode: 'merge',
      });
      say('ACK', 'people', { name, organisation });
    } else if (random(2) === 0) {
      const number = 1 + random(9000);
      const pages = [
        {
          number: 1,
          name: '要闻',
          editor: '',
          presetId: 'sikai',
          placements: ids.slice(0, 3).map((articleId) => ({ articleId, span: 2, lines: 40, tier: '普通' })),
        },
      ];
      say('BEGIN', 'issue', { number });
      const issue = await call<{ id: string }>('issues.save', {
        date: '2020-03-18',
        number,
        totalNumber: number,
        paper: '中原报',
        pages,
      });
      say('ACK', 'issue', { id: issue.id, number });
    } else {
      say('BEGIN', 'inbox', {});
      const receipts = await services.workflow.inbox.scan(inboxDir);
      for (const r of receipts.filter((x) => x.outcome === 'imported')) ids.push(r.articleId!);
      say('ACK', 'inbox', { imported: receipts.filter((r) => r.outcome === 'imported').map((r) => r.articleId) });
    }
  }
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exit(1);
});
