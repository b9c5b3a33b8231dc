import { Low } from 'lowdb';
import { readFile, rename, unlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ArticleSchema, type Article } from '../../shared/model/article';
import { CopydeskError } from '../../shared/ipc/result';
import type { DataPaths } from './data-paths';
import { ensureDir, isMissing } from './durable-file';
import { DurableJsonFile } from './durable-json-file';
import { DamagedFileError } from './errors';
import { CURRENT_SCHEMA_VERSION, NewerFormatError, migrateArticleDoc } from './migrations';
import type { Doc } from './migrations/types';
import { revisionLabel } from '../../shared/model/article-content';

/** What one article file (and one revision-log line) holds. */
export interface ArticleDoc {
  schemaVersion: number;
  article: Article;
}

/** One line of a revision log: the article at one revision, as an article file holds it. */
export function revisionLogLine(article: Article): string {
  return `${JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, article })}\n`;
}

/**
 * One article's own files: the article file (`articles/<shard>/<id>.json`)
 * and its revision log (`revisions/<shard>/<id>.jsonl`), read, migrated,
 * checked and, when the article file is damaged, restored from the log's last
 * good copy. A file is damaged when it does not parse, does not hold a whole
 * article, or holds another article than the one its name says (a file copied
 * over another would otherwise show B when A is asked for).
 */
export class ArticleFiles {
  constructor(
    private readonly paths: DataPaths,
    private readonly options: {
      readOnly: boolean;
      now: () => Date;
      notify: (message: string) => void;
    },
  ) {}

  /** Moves a damaged file into `damaged/` and returns its new name relative to the data folder. */
  async moveAside(file: string): Promise<string> {
    const name = relative(this.paths.root, file).replaceAll('/', '_').replaceAll('\\', '_');
    if (this.options.readOnly)
      throw new CopydeskError('DAMAGED', `文件已损坏：${name}。请用采编台打开此数据文件夹以自动修复。`);
    await ensureDir(this.paths.damagedDir);
    const stamp = this.options.now().toISOString().replace(/[:.]/g, '-');
    const target = join(this.paths.damagedDir, `${stamp}-${name}`);
    await rename(file, target);
    return relative(this.paths.root, target);
  }

  /** The article in a parsed file or log line, migrated to the current format; DamagedFileError when it is not one whole article `id`. */
  parse(doc: ArticleDoc, file: string, id: string): Article {
    const version = typeof doc?.schemaVersion === 'number' ? doc.schemaVersion : NaN;
    let raw: unknown = doc?.article;
    if (version !== CURRENT_SCHEMA_VERSION) {
      try {
        raw = migrateArticleDoc((doc?.article ?? {}) as Doc, version);
      } catch (error) {
        if (error instanceof NewerFormatError) throw new CopydeskError('UNAVAILABLE', error.message);
        throw new DamagedFileError(file, '格式版本无效');
      }
    }
    const parsed = ArticleSchema.safeParse(raw);
    if (!parsed.success) throw new DamagedFileError(file, '内容不完整');
    if (parsed.data.id !== id) throw new DamagedFileError(file, '文件中是另一篇稿件');
    return parsed.data;
  }

  /**
   * The article file trusted without the full schema check, for bulk reads
   * of derived data (the search index); undefined when it does not look
   * whole and current, so that the caller reads it the careful way (with
   * migration, checks and repair).
   */
  async readQuick(id: string): Promise<Article | undefined> {
    try {
      const doc = JSON.parse(await readFile(this.paths.articleFile(id), 'utf8')) as ArticleDoc;
      const article = doc?.article as Partial<Article> | undefined;
      const whole =
        doc?.schemaVersion === CURRENT_SCHEMA_VERSION &&
        article?.id === id &&
        typeof article.title === 'string' &&
        typeof article.revision === 'number' &&
        Array.isArray(article.body) &&
        typeof article.byline === 'object' &&
        article.byline !== null &&
        Array.isArray(article.byline.reporters);
      return whole ? (article as Article) : undefined;
    } catch {
      return undefined;
    }
  }

  /** The article file as it is, or null when there is none; DamagedFileError when it is damaged. */
  async readFile(id: string): Promise<Article | null> {
    const file = this.paths.articleFile(id);
    const doc = await new DurableJsonFile<ArticleDoc>(file).read();
    return doc === null ? null : this.parse(doc, file, id);
  }

  /** Reads an article, repairing a damaged file from its revision log; null when it does not exist. */
  async read(id: string): Promise<Article | null> {
    try {
      return await this.readFile(id);
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      return this.recover(id, this.paths.articleFile(id));
    }
  }

  private async recover(id: string, file: string): Promise<Article> {
    const aside = await this.moveAside(file);
    const good = (await this.revisions(id)).at(-1);
    if (!good) {
      const message = `稿件文件已损坏且没有可用的备份副本（已移至 ${aside}），已从稿件列表中移除。`;
      this.options.notify(message);
      throw new UnrecoverableArticleError(id, message);
    }
    await this.write(good);
    this.options.notify(
      `稿件《${good.title || '无标题'}》的文件已损坏，已从最近的完好副本（${revisionLabel(good.revision)}）恢复；损坏的文件已移至 ${aside}。`,
    );
    return good;
  }

  /** Every revision in an article's log that can still be read, oldest first. */
  async revisions(id: string): Promise<Article[]> {
    const file = this.paths.revisionsFile(id);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    const result: Article[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      // An append torn by a crash or a full disk can leave a fragment in front of
      // the next line: then the line's last record is the one to read.
      const starts = [0, line.lastIndexOf('{"schemaVersion":')].filter(
        (at, i, all) => at >= 0 && all.indexOf(at) === i,
      );
      for (const start of starts) {
        try {
          result.push(this.parse(JSON.parse(line.slice(start)) as ArticleDoc, file, id));
          break;
        } catch {
          // Not a whole record from here; a damaged line is skipped, the others are independent copies.
        }
      }
    }
    return result;
  }

  /** Writes the article file (atomically). */
  async write(article: Article): Promise<void> {
    await this.ensureShardDirs(article.id);
    const file = this.paths.articleFile(article.id);
    await new Low<ArticleDoc>(new DurableJsonFile(file), { schemaVersion: CURRENT_SCHEMA_VERSION, article }).write();
  }

  /** Shard folders known to exist, so a save does not ask the file system again. */
  private readonly knownShards = new Set<string>();

  /** Makes the article's shard folders (once per process). */
  async ensureShardDirs(id: string): Promise<void> {
    const shard = this.paths.shard(id);
    if (this.knownShards.has(shard)) return;
    await ensureDir(join(this.paths.articlesDir, shard));
    await ensureDir(join(this.paths.revisionsDir, shard));
    this.knownShards.add(shard);
  }

  /** Removes an article's file and revision log for good. */
  async remove(id: string): Promise<void> {
    await unlink(this.paths.articleFile(id)).catch((e) => (isMissing(e) ? undefined : Promise.reject(e)));
    await unlink(this.paths.revisionsFile(id)).catch((e) => (isMissing(e) ? undefined : Promise.reject(e)));
  }
}

/** An article whose file and revision log are both damaged: nothing of it can be read. */
export class UnrecoverableArticleError extends CopydeskError {
  constructor(
    readonly id: string,
    message: string,
  ) {
    super('DAMAGED', message);
  }
}
