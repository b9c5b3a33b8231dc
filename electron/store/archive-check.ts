import { copyFile, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isCopydeskError } from '../../shared/ipc/result';
import { isValidId } from '../../shared/model/ids';
import type { Article } from '../../shared/model/article';
import type { ArticleStore } from './article-store';
import { DATA_FILES } from './data-paths';
import { appendDurable, ensureDir, isMissing } from './durable-file';
import { revisionLogLine } from './article-files';
import { revisionLabel } from '../../shared/model/article-content';

/** What `copydesk check` found: counts, the problems left, and what `--repair` mended. */
export interface CheckReport {
  articles: number;
  revisionLogs: number;
  problems: string[];
  repaired: string[];
}

async function names(dir: string): Promise<string[]> {
  return readdir(dir).catch((error) => (isMissing(error) ? [] : Promise.reject(error)));
}

/** Every file below `dir` (one level of shard folders, as articles/ and revisions/ have), with its shard. */
async function shardFiles(dir: string): Promise<Array<{ shard: string; name: string; path: string }>> {
  const out: Array<{ shard: string; name: string; path: string }> = [];
  for (const shard of (await names(dir)).sort()) {
    const info = await stat(join(dir, shard)).catch(() => null);
    if (!info?.isDirectory()) {
      out.push({ shard: '', name: shard, path: join(dir, shard) });
      continue;
    }
    for (const name of (await names(join(dir, shard))).sort()) out.push({ shard, name, path: join(dir, shard, name) });
  }
  return out;
}

const isTemp = (name: string) => name.endsWith('.tmp');

/**
 * Checks a whole data folder, as `copydesk check` does: every article file
 * parses and holds the article its name says; the catalog lists exactly the
 * article files, at their revisions; each article has a revision log whose
 * last good line is its current revision, and no log is left without an
 * article; no temp file or draft is left over; the small files (人员库,
 * settings, trusted senders, …) and issue plans parse. With a writer store
 * (`--repair`) it mends what it can: damaged articles are restored from their
 * logs (or taken off the lists), the catalog is rebuilt from the files, a log
 * missing the current revision gets it appended, orphan logs and unknown files
 * are moved to `damaged/` (nothing is deleted but temp files and orphan
 * drafts), and a damaged small file is restored from its `.bak` or set aside.
 * Reads everything once: its cost grows with the archive, which is why it is
 * a command and not part of start-up.
 */
export async function checkArchive(store: ArticleStore): Promise<CheckReport> {
  const repair = !store.isReadOnly;
  const paths = store.paths;
  const report: CheckReport = { articles: 0, revisionLogs: 0, problems: [], repaired: [] };
  const rel = (path: string) => relative(paths.root, path);
  const problem = (message: string) => report.problems.push(message);
  const mended = (message: string) => report.repaired.push(message);
  const moveAside = async (path: string) => {
    await ensureDir(paths.damagedDir);
    const target = join(
      paths.damagedDir,
      `${new Date().toISOString().replace(/[:.]/g, '-')}-${rel(path).replace(/[\\/]/g, '_')}`,
    );
    await rename(path, target);
    return rel(target);
  };
  for (const notice of store.notices) mended(notice);
  if (store.unfinishedImportIds.length > 0)
    problem(`有一次导入没有完成（${store.unfinishedImportIds.length} 篇）：以可写方式打开时会整批撤销。`);

  // The catalog as lists show it.
  const listed = new Map<string, number>();
  for (const { month } of store.months()) for (const e of await store.listMonth(month)) listed.set(e.id, e.revision);
  for (const e of await store.listTrash()) listed.set(e.id, e.revision);

  // Article files.
  const articles = new Map<string, Article>();
  /** Article files a read-only check found damaged (reported once, not again as missing or orphaned). */
  const damaged = new Set<string>();
  let catalogWrong = false;
  for (const { shard, name, path } of await shardFiles(paths.articlesDir)) {
    if (isTemp(name)) {
      if (repair) {
        await unlink(path).catch(() => {});
        mended(`已删除中断写入留下的临时文件 ${rel(path)}`);
      } else problem(`中断写入留下的临时文件：${rel(path)}`);
      continue;
    }
    const id = name.endsWith('.json') ? name.slice(0, -5) : '';
    if (!isValidId('article', id) || paths.shard(id) !== shard) {
      if (repair) mended(`不属于稿件库的文件 ${rel(path)} 已移至 ${await moveAside(path)}`);
      else problem(`稿件文件夹中有不认识的文件：${rel(path)}`);
      continue;
    }
    try {
      const article = await store.get(id);
      articles.set(id, article);
    } catch (error) {
      if (!isCopydeskError(error)) throw error;
      if (error.code === 'NOT_FOUND') continue; // an unfinished import's article, reported above
      // A writer has set a damaged file aside and said so in a notice (taken below); a reader can only report it.
      if (!repair) problem(`稿件文件 ${rel(path)} 已损坏（--repair 会从修订记录恢复它）`);
      damaged.add(id);
      continue;
    }
  }
  for (const message of store.notices) if (!report.repaired.includes(message)) mended(message);
  report.articles = articles.size;

  for (const [id, article] of articles) {
    const at = listed.get(id);
    if (at === undefined) {
      catalogWrong = true;
      problem(`稿件《${article.title || '无标题'}》（${id}）有文件，但不在稿件列表中`);
    } else if (at !== article.revision) {
      catalogWrong = true;
      problem(
        `稿件《${article.title || '无标题'}》（${id}）在列表中是${revisionLabel(at)}，文件是${revisionLabel(article.revision)}`,
      );
    }
  }
  for (const id of listed.keys())
    if (!articles.has(id) && !damaged.has(id)) {
      catalogWrong = true;
      problem(`稿件列表中的 ${id} 没有对应的稿件文件`);
    }
  if (catalogWrong && repair) {
    await store.rebuildIndex();
    report.problems = report.problems.filter((p) => !/稿件列表|在列表中是/.test(p));
    mended('稿件列表已根据稿件文件重建');
  }

  // Revision logs.
  for (const { shard, name, path } of await shardFiles(paths.revisionsDir)) {
    const id = name.endsWith('.jsonl') ? name.slice(0, -6) : '';
    const known = isValidId('article', id) && paths.shard(id) === shard ? articles.get(id) : undefined;
    if (damaged.has(id)) continue;
    if (!known && !isTemp(name) && isValidId('article', id) && paths.shard(id) === shard) {
      const last = (await store.revisions(id)).at(-1);
      if (last && (last.revision > 1 || listed.has(id))) {
        // The article file went missing; its log is the last good copy.
        if (repair && (await store.recoverFromLog(id)))
          mended(`稿件《${last.title || '无标题'}》的文件丢失，已从修订记录（${revisionLabel(last.revision)}）恢复`);
        else
          problem(`稿件《${last.title || '无标题'}》（${id}）的文件丢失，修订记录还在（--repair 会从修订记录恢复它）`);
        continue;
      }
    }
    if (isTemp(name) || !known) {
      const what = isTemp(name) ? '临时文件' : '没有对应稿件的修订记录';
      if (repair) mended(`${what} ${rel(path)} 已移至 ${await moveAside(path)}`);
      else problem(`${what}：${rel(path)}`);
      continue;
    }
    report.revisionLogs++;
    const last = (await store.revisions(id)).at(-1);
    if (!last || last.revision < known.revision) {
      if (repair) {
        await appendDurable(path, revisionLogLine(known));
        mended(`稿件《${known.title || '无标题'}》的修订记录缺少当前一版，已补上`);
      } else problem(`稿件《${known.title || '无标题'}》（${id}）的修订记录缺少当前的${revisionLabel(known.revision)}`);
    }
  }
  for (const [id, article] of articles)
    if (!(await stat(paths.revisionsFile(id)).catch(() => null))) {
      if (repair) {
        await ensureDir(join(paths.revisionsDir, paths.shard(id)));
        await appendDurable(paths.revisionsFile(id), revisionLogLine(article));
        mended(`稿件《${article.title || '无标题'}》没有修订记录，已用当前一版建立`);
      } else problem(`稿件《${article.title || '无标题'}》（${id}）没有修订记录`);
    }

  // Temp files elsewhere, drafts without an article, and the small files.
  for (const dir of [paths.root, paths.catalogDir, paths.draftsDir, paths.issuesDir])
    for (const name of await names(dir))
      if (isTemp(name)) {
        if (repair) {
          await unlink(join(dir, name)).catch(() => {});
          mended(`已删除中断写入留下的临时文件 ${rel(join(dir, name))}`);
        } else problem(`中断写入留下的临时文件：${rel(join(dir, name))}`);
      }
  for (const name of await names(paths.draftsDir)) {
    const id = name.replace(/\.json$/, '');
    if (isTemp(name) || (isValidId('article', id) && articles.has(id))) continue;
    if (repair) {
      await unlink(join(paths.draftsDir, name)).catch(() => {});
      mended(`已删除没有对应稿件的未保存内容 drafts/${name}`);
    } else problem(`没有对应稿件的未保存内容：drafts/${name}`);
  }
  const small = [paths.meta, ...Object.values(DATA_FILES).map((n) => join(paths.root, n))];
  const plans = (await names(paths.issuesDir)).filter((n) => n.endsWith('.json')).map((n) => join(paths.issuesDir, n));
  for (const file of [...small, ...plans]) await checkJson(file, repair, { problem, mended, rel, moveAside });
  return report;
}

/** A small JSON file parses; with repair, a damaged one is restored from its `.bak` or set aside. */
async function checkJson(
  file: string,
  repair: boolean,
  say: {
    problem: (m: string) => void;
    mended: (m: string) => void;
    rel: (p: string) => string;
    moveAside: (p: string) => Promise<string>;
  },
): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return;
    throw error;
  }
  try {
    JSON.parse(text);
    return;
  } catch {
    // damaged: below
  }
  if (!repair) {
    say.problem(`文件已损坏，无法读取：${say.rel(file)}`);
    return;
  }
  const aside = await say.moveAside(file);
  const backup = await readFile(`${file}.bak`, 'utf8').catch(() => null);
  let restored = false;
  if (backup !== null) {
    try {
      JSON.parse(backup);
      await copyFile(`${file}.bak`, file);
      restored = true;
    } catch {
      // the backup is no better
    }
  }
  say.mended(`损坏的文件 ${say.rel(file)} 已移至 ${aside}${restored ? '，并已从备份恢复' : '（没有可用的备份）'}`);
}
