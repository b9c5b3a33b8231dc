import { Low } from 'lowdb';
import { randomUUID } from 'node:crypto';
import { readdir, rename, unlink } from 'node:fs/promises';
import { IssueSchema, type Issue, type IssueInput } from '../../shared/layout/issue';
import { CopydeskError } from '../../shared/ipc/result';
import { DataPaths } from './data-paths';
import { ensureDir, isMissing } from './durable-file';
import { DurableJsonFile } from './durable-json-file';
import { DamagedFileError } from './errors';

interface IssueFile {
  schemaVersion: 1;
  issue: Issue;
}

/**
 * Issue plans (版面): one lowdb file per issue under `issues/`, written
 * atomically, so saving a plan touches that issue alone. A damaged file is set
 * aside (`.damaged`) with a notice and the other issues stay available.
 */
export class IssuesStore {
  private readonly paths: DataPaths;
  /** Every issue, read once (this process is the data folder's only writer); kept up to date by save and remove. */
  private cache: Promise<Map<string, Issue>> | null = null;
  readonly notices: string[] = [];

  constructor(dataDir: string) {
    this.paths = new DataPaths(dataDir);
  }

  private file(id: string): string {
    return this.paths.issueFile(id);
  }

  private async read(id: string): Promise<Issue | null> {
    const db = new Low<IssueFile | null>(new DurableJsonFile(this.file(id)), null);
    try {
      await db.read();
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      await rename(this.file(id), `${this.file(id)}.damaged`).catch(() => {});
      this.notices.push(`版面计划文件已损坏（${id}），已移到一旁，其他各期不受影响。`);
      return null;
    }
    const parsed = IssueSchema.safeParse(db.data?.issue);
    return parsed.success ? parsed.data : null;
  }

  private all(): Promise<Map<string, Issue>> {
    this.cache ??= this.readAll();
    return this.cache;
  }

  private async readAll(): Promise<Map<string, Issue>> {
    let names: string[];
    try {
      names = await readdir(this.paths.issuesDir);
    } catch (error) {
      if (isMissing(error)) return new Map();
      throw error;
    }
    const issues = await Promise.all(
      names.filter((n) => /^[0-9a-z]+\.json$/.test(n)).map((n) => this.read(n.slice(0, -5))),
    );
    return new Map(issues.filter((i): i is Issue => i !== null).map((i) => [i.id, i]));
  }

  /** Every issue, newest date first. */
  async list(): Promise<Issue[]> {
    return [...(await this.all()).values()].sort((a, b) => b.date.localeCompare(a.date) || b.number - a.number);
  }

  /** One issue. */
  async get(id: string): Promise<Issue> {
    const issue = (await this.all()).get(id);
    if (!issue) throw new CopydeskError('NOT_FOUND', '找不到这一期版面计划（可能已被删除）。');
    return issue;
  }

  /** Saves an issue (a new one without id). */
  async save(input: IssueInput): Promise<Issue> {
    const issue: Issue = {
      ...input,
      id: input.id ?? randomUUID().replace(/-/g, '').slice(0, 20),
      updatedAt: new Date().toISOString(),
    };
    await ensureDir(this.paths.issuesDir);
    await new Low<IssueFile>(new DurableJsonFile(this.file(issue.id)), { schemaVersion: 1, issue }).write();
    (await this.all()).set(issue.id, issue);
    return issue;
  }

  /** Removes an issue; false when there was none. */
  async remove(id: string): Promise<boolean> {
    try {
      await unlink(this.file(id));
      (await this.all()).delete(id);
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }
}
