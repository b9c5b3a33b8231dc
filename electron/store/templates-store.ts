import { Low } from 'lowdb';
import { DATA_FILES } from './data-paths';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ArticleContentSchema, type ArticleContent } from '../../shared/model/article';
import { ensureDir } from './durable-file';
import { DurableJsonFile } from './durable-json-file';
import { DamagedFileError } from './errors';

/** A template the newsroom saved from an article (存为模板). */
export interface UserTemplate {
  id: string;
  name: string;
  content: ArticleContent;
  createdAt: string;
}

interface TemplatesFile {
  schemaVersion: 1;
  templates: UserTemplate[];
}

/**
 * User templates, one small lowdb file (`templates.json`) in the data folder.
 * A damaged file is set aside (templates.json.damaged) and the list starts
 * empty, with a notice; built-in templates are not stored here.
 */
export class TemplatesStore {
  private readonly db: Low<TemplatesFile>;
  private readonly dir: string;
  private loaded = false;
  readonly notices: string[] = [];

  constructor(dataDir: string) {
    this.dir = dataDir;
    this.db = new Low<TemplatesFile>(new DurableJsonFile(join(dataDir, DATA_FILES.templates), { backup: true }), {
      schemaVersion: 1,
      templates: [],
    });
  }

  private async load(): Promise<void> {
    if (this.loaded) return;
    try {
      await this.db.read();
      this.db.data.templates = (this.db.data.templates ?? []).filter(
        (t) => ArticleContentSchema.safeParse(t.content).success,
      );
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      this.db.data = { schemaVersion: 1, templates: [] };
      this.notices.push('模板文件已损坏，自定义模板暂时不可用（内置模板不受影响）。');
    }
    this.loaded = true;
  }

  /** Every user template, oldest first. */
  async list(): Promise<UserTemplate[]> {
    await this.load();
    return this.db.data.templates;
  }

  /** Saves a new template (a name already used is replaced). */
  async save(name: string, content: ArticleContent): Promise<UserTemplate> {
    await this.load();
    await ensureDir(this.dir);
    const template: UserTemplate = { id: randomUUID(), name, content, createdAt: new Date().toISOString() };
    await this.db.update((data) => {
      data.templates = [...data.templates.filter((t) => t.name !== name), template];
    });
    return template;
  }

  /** Removes a template; false when there was none with that id. */
  async remove(id: string): Promise<boolean> {
    await this.load();
    const before = this.db.data.templates.length;
    await this.db.update((data) => {
      data.templates = data.templates.filter((t) => t.id !== id);
    });
    return this.db.data.templates.length < before;
  }
}
