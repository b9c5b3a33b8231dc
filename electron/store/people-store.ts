import { Low } from 'lowdb';
import { DATA_FILES } from './data-paths';
import { randomUUID } from 'node:crypto';
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { PersonSchema, type Person, type PersonInput } from '../../shared/people/model';
import { namePinyin } from '../../shared/people/directory';
import { personKey } from '../../shared/people/csv';
import { CopydeskError } from '../../shared/ipc/result';
import { ensureDir } from './durable-file';
import { DurableJsonFile } from './durable-json-file';
import { DamagedFileError } from './errors';

interface PeopleFile {
  schemaVersion: 1;
  people: Person[];
}

/** What an import changed. */
export interface ImportSummary {
  added: number;
  updated: number;
  removed: number;
  total: number;
}

function newId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 20);
}

/**
 * The people directory (人员库): one small lowdb file, `people.json`, written
 * atomically with the previous version kept as `people.json.bak`. A directory
 * of a few thousand people is well under a megabyte, so a change rewrites the
 * whole file. A damaged file is restored from the backup, or else set aside
 * (never deleted) and the directory starts empty; either way with a notice.
 */
export class PeopleStore {
  private readonly db: Low<PeopleFile>;
  private readonly dir: string;
  private readonly file: string;
  private loading: Promise<void> | null = null;
  readonly notices: string[] = [];

  constructor(dataDir: string) {
    this.dir = dataDir;
    this.file = join(dataDir, DATA_FILES.people);
    this.db = new Low<PeopleFile>(new DurableJsonFile(this.file, { backup: true }), { schemaVersion: 1, people: [] });
  }

  private load(): Promise<void> {
    this.loading ??= this.read();
    return this.loading;
  }

  private async read(): Promise<void> {
    try {
      await this.db.read();
      this.db.data = { schemaVersion: 1, people: this.valid(this.db.data.people) };
      return;
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
    }
    const aside = `${this.file}.damaged-${Date.now()}`;
    await rename(this.file, aside).catch(() => {});
    try {
      const backup = JSON.parse(await readFile(`${this.file}.bak`, 'utf8')) as Partial<PeopleFile>;
      this.db.data = { schemaVersion: 1, people: this.valid(backup.people) };
      this.notices.push(
        `人员库文件已损坏，已从备份恢复（${this.db.data.people.length} 人）；损坏的文件保存在 ${aside}。`,
      );
      await this.db.write();
    } catch {
      this.db.data = { schemaVersion: 1, people: [] };
      this.notices.push(
        `人员库文件已损坏且没有可用的备份，人员库暂为空；损坏的文件保存在 ${aside}，可重新导入人员表。`,
      );
    }
  }

  /** Keeps the records that are valid people (a hand-edited file may hold others). */
  private valid(people: unknown): Person[] {
    if (!Array.isArray(people)) return [];
    const kept = people.filter((p) => PersonSchema.safeParse(p).success) as Person[];
    if (kept.length < people.length)
      this.notices.push(`人员库中有 ${people.length - kept.length} 条记录格式不对，已略过。`);
    return kept;
  }

  /** Every person in the directory. */
  async list(): Promise<Person[]> {
    await this.load();
    return this.db.data.people;
  }

  private build(input: PersonInput, id: string): Person {
    return {
      id,
      name: input.name,
      category: input.category,
      organisation: input.organisation,
      periods: input.periods,
      pinyin: namePinyin(input.name),
      updatedAt: new Date().toISOString(),
    };
  }

  /** Adds a person (no id) or replaces one; the same name in the same organisation twice is refused. */
  async save(input: PersonInput): Promise<Person> {
    await this.load();
    const people = this.db.data.people;
    if (input.id && !people.some((p) => p.id === input.id))
      throw new CopydeskError('NOT_FOUND', '人员库中没有这个人（可能已被删除）。');
    const clash = people.find((p) => p.id !== input.id && personKey(p) === personKey(input));
    if (clash)
      throw new CopydeskError(
        'INVALID_INPUT',
        `人员库中已有${input.organisation ? `“${input.organisation}”的` : ''}“${input.name}”，请编辑原有记录或注明单位。`,
      );
    const person = this.build(input, input.id ?? newId());
    await ensureDir(this.dir);
    await this.db.update((data) => {
      const at = data.people.findIndex((p) => p.id === person.id);
      if (at >= 0) data.people[at] = person;
      else data.people.push(person);
    });
    return person;
  }

  /** Removes a person; false when there was none with that id. */
  async remove(id: string): Promise<boolean> {
    await this.load();
    const before = this.db.data.people.length;
    await ensureDir(this.dir);
    await this.db.update((data) => {
      data.people = data.people.filter((p) => p.id !== id);
    });
    return this.db.data.people.length < before;
  }

  /**
   * Imports people read from a CSV file in one write: a person with the same
   * name and organisation is updated (keeping their id, so mentions in articles
   * still point to them), others are added; `replace` also removes everyone
   * not in the file.
   */
  async importPeople(inputs: readonly PersonInput[], mode: 'merge' | 'replace'): Promise<ImportSummary> {
    await this.load();
    const current = new Map(this.db.data.people.map((p) => [personKey(p), p]));
    const seen = new Set<string>();
    let added = 0;
    let updated = 0;
    const people: Person[] = mode === 'merge' ? [...this.db.data.people] : [];
    const at = new Map(people.map((p, i) => [p.id, i]));
    for (const input of inputs) {
      const key = personKey(input);
      seen.add(key);
      const known = current.get(key);
      const person = this.build(input, known?.id ?? newId());
      const index = at.get(person.id);
      if (index !== undefined) people[index] = person;
      else {
        at.set(person.id, people.length);
        people.push(person);
      }
      if (known) updated++;
      else added++;
    }
    const removed = mode === 'replace' ? [...current.keys()].filter((k) => !seen.has(k)).length : 0;
    await ensureDir(this.dir);
    await this.db.update((data) => {
      data.people = people;
    });
    return { added, updated, removed, total: people.length };
  }
}
