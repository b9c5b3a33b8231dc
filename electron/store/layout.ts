import { join } from 'node:path';

/** Where each kind of file lives inside a data folder. */
export class Layout {
  readonly root: string;
  constructor(root: string) {
    this.root = root;
  }
  get meta(): string {
    return join(this.root, 'copydesk.json');
  }
  get lock(): string {
    return join(this.root, 'copydesk.lock');
  }
  get catalogDir(): string {
    return join(this.root, 'catalog');
  }
  get journal(): string {
    return join(this.catalogDir, 'journal.jsonl');
  }
  get catalogIndex(): string {
    return join(this.catalogDir, 'index.json');
  }
  bucketFile(bucket: string): string {
    return join(this.catalogDir, `${bucket}.json`);
  }
  get damagedDir(): string {
    return join(this.root, 'damaged');
  }
  get articlesDir(): string {
    return join(this.root, 'articles');
  }
  /** Articles are spread over 1,296 folders by the last two (random) characters of their id. */
  shard(id: string): string {
    return id.slice(-2);
  }
  articleFile(id: string): string {
    return join(this.articlesDir, this.shard(id), `${id}.json`);
  }
  revisionsFile(id: string): string {
    return join(this.root, 'revisions', this.shard(id), `${id}.jsonl`);
  }
}
