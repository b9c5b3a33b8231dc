// Synthetic newsroom archives for benchmarks: realistic Chinese reports written
// straight into the store's on-disk format (seeding 100,000 articles through
// fsynced saves would take most of an hour), then checked by opening the store.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, ArticleContent, CatalogEntry } from '../../shared/model/article';
import { articleWordCount, emptyContent, plainTextToBody, toCatalogEntry } from '../../shared/model/article-content';
import { bucketOf } from '../../electron/store/catalog';
import { DataPaths } from '../../electron/store/data-paths';
import { CURRENT_SCHEMA_VERSION } from '../../electron/store/migrations';
import { newArticleId } from '../../electron/store/article-store';

const SENTENCES = [
  '中原区委书记乔耸主持召开统筹推进疫情防控工作部署会议。',
  '区领导杜建强、薛晓军、魏建民、成小波、于珊参加会议。',
  '会议强调，要做好内防扩散、外防输入两项任务，一刻不能停、一丝不能松。',
  '各街道要对辖区疫情防控、“三送一强”等工作进行再查摆、再梳理。',
  '要围绕帮助企业解决问题、追求工作效果，积极梳理辖区企业面临的突出问题。',
  '李晓雷先后调研了融信奥体世纪项目、华侨城文旅项目复工复产情况。',
  '每到一处，他都仔细察看项目复工复产物资筹备、防疫措施落实、工程建设进度等情况。',
  '项目单位要严格落实主体责任，在做好疫情防控和安全生产的基础上，科学合理地推进项目进度。',
  '有关单位和部门要了解企业生产、项目建设情况，详细讲解中央、省、市、区各项惠企帮扶政策。',
  '截至目前，全区已有1200余家规模以上企业复工，复工率达到95.6%。',
  '活动现场，志愿者们为居民讲解垃圾分类知识，发放宣传资料3000余份。',
  '下一步，该街道将继续完善工作机制，确保各项措施落实落细。',
];
const TITLE_PARTS = [
  '中原区',
  '召开',
  '统筹推进',
  '疫情防控',
  '工作部署会议',
  '调研',
  '重点项目',
  '复工复产',
  '情况',
  '街道',
  '开展',
  '志愿服务活动',
];

/** A small deterministic random generator, so runs are comparable. */
export function rng(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1;
  return (n) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
}

/** About `chars` characters of report text, paragraphs of 3–5 sentences. */
export function reportText(random: (n: number) => number, chars = 1500): string {
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    let p = '';
    const count = 3 + random(3);
    for (let i = 0; i < count; i++) p += SENTENCES[random(SENTENCES.length)];
    paragraphs.push(p);
    total += p.length;
  }
  return paragraphs.join('\n');
}

/** A headline of 4–7 parts. */
export function title(random: (n: number) => number): string {
  const parts = 4 + random(4);
  let t = '';
  for (let i = 0; i < parts; i++) t += TITLE_PARTS[random(TITLE_PARTS.length)];
  return t;
}

/** A date between 2016-01 and 2025-12, so 100k articles fill about 120 months. */
export function date(random: (n: number) => number): string {
  return `${2016 + random(10)}-${String(1 + random(12)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`;
}

/** The content of one synthetic article (title, dateline, byline and body), for seeding with other copy. */
export type ContentMaker = () => Pick<ArticleContent, 'title' | 'dateline' | 'byline' | 'body'>;

/** Makes one synthetic article with `revisions` revisions (oldest first); `content` replaces the built-in copy. */
export function makeArticle(random: (n: number) => number, revisions: number, content?: ContentMaker): Article[] {
  const created = new Date(Date.UTC(2020, 0, 1) + random(1_000_000) * 60_000);
  if (content) {
    const id = newArticleId(created);
    return Array.from({ length: revisions }, (_, i) => {
      const made = { ...emptyContent(), ...content() };
      return {
        ...made,
        id,
        revision: i + 1,
        status: 'draft' as const,
        wordCount: articleWordCount(made),
        createdAt: created.toISOString(),
        updatedAt: new Date(created.getTime() + (i + 1) * 600_000).toISOString(),
        deletedAt: null,
        updatedBy: null,
        history: [],
        origin: null,
        autosaved: false,
      };
    });
  }
  const base = {
    ...emptyContent(),
    title: title(random),
    dateline: { source: '本报讯', date: date(random), timeOfDay: null },
    byline: {
      reporters: ['张改华'],
      correspondents: ['木坤坤', '郝欢欢'],
      photographers: [],
      interns: [],
      layout: 'auto' as const,
    },
  };
  const id = newArticleId(created);
  const out: Article[] = [];
  for (let r = 1; r <= revisions; r++) {
    const content = { ...base, body: plainTextToBody(reportText(random)) };
    out.push({
      ...content,
      id,
      revision: r,
      status: 'draft',
      wordCount: articleWordCount(content),
      createdAt: created.toISOString(),
      updatedAt: new Date(created.getTime() + r * 600_000).toISOString(),
      deletedAt: null,
      updatedBy: null,
      history: [],
      origin: null,
      autosaved: false,
    });
  }
  return out;
}

async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/**
 * Writes `count` articles (2–3 revisions each, or one with `content`) into
 * `dir` in the store's format. Returns their ids.
 */
export async function seedArchive(dir: string, count: number, seed = 42, content?: ContentMaker): Promise<string[]> {
  const paths = new DataPaths(dir);
  const random = rng(seed);
  const buckets = new Map<string, Record<string, CatalogEntry>>();
  const ids: string[] = [];
  await mkdir(paths.catalogDir, { recursive: true });
  const shards = new Set<string>();
  const batch: Article[][] = [];
  const flush = async () => {
    for (const revisions of batch) {
      const shard = paths.shard(revisions[0]!.id);
      if (!shards.has(shard)) {
        shards.add(shard);
        await mkdir(join(paths.articlesDir, shard), { recursive: true });
        await mkdir(join(dir, 'revisions', shard), { recursive: true });
      }
    }
    await pool(batch, 32, async (revisions) => {
      const current = revisions.at(-1)!;
      await writeFile(
        paths.articleFile(current.id),
        JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, article: current }),
      );
      await writeFile(
        paths.revisionsFile(current.id),
        revisions.map((a) => `${JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, article: a })}\n`).join(''),
      );
    });
    batch.length = 0;
  };
  for (let i = 0; i < count; i++) {
    const revisions = content ? makeArticle(random, 1, content) : makeArticle(random, 2 + random(2));
    const entry = toCatalogEntry(revisions.at(-1)!);
    const bucket = bucketOf(entry);
    const entries = buckets.get(bucket) ?? {};
    entries[entry.id] = entry;
    buckets.set(bucket, entries);
    ids.push(entry.id);
    batch.push(revisions);
    if (batch.length >= 2000) await flush();
  }
  await flush();
  const counts: Record<string, number> = {};
  for (const [bucket, entries] of buckets) {
    counts[bucket] = Object.keys(entries).length;
    await writeFile(paths.bucketFile(bucket), JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, entries }));
  }
  await writeFile(paths.catalogIndex, JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, counts }));
  await writeFile(
    paths.meta,
    JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: new Date().toISOString() }),
  );
  return ids;
}
