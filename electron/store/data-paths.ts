import { isAbsolute, join, relative, resolve } from 'node:path';
import { CopydeskError } from '../../shared/ipc/result';
import { ID_LABELS, isValidId, type IdKind } from '../../shared/model/ids';

/** The data folder's small files, one value or list each, by what they hold (one place for their names). */
export const DATA_FILES = {
  people: 'people.json',
  templates: 'templates.json',
  glossary: 'glossary.json',
  presets: 'presets.json',
  sizes: 'sizes.json',
  profile: 'profile.json',
  chiefPassphrase: 'chief-passphrase.json',
  workflowSettings: 'workflow-settings.json',
  trustedSenders: 'trusted-senders.json',
  receivedSubmissions: 'received-submissions.json',
  savedSearches: 'saved-searches.json',
  masthead: 'masthead.json',
} as const;

/**
 * Where each kind of file lives inside a data folder, and the one gate every
 * path the store builds from an id goes through: the id must match its format
 * (`shared/model/ids.ts`) and the path must stay inside the data folder. An id
 * that fails is refused with INVALID_INPUT before any file is touched, from
 * whatever source it came (IPC, CLI, a submission or return, an issue plan).
 */
export class DataPaths {
  readonly root: string;
  constructor(root: string) {
    this.root = resolve(root);
  }

  /** The id, when it is well-formed for its kind; else INVALID_INPUT. */
  checkedId(kind: IdKind, id: string): string {
    if (!isValidId(kind, id)) throw new CopydeskError('INVALID_INPUT', `${ID_LABELS[kind]}无效。`);
    return id;
  }

  /** `root/parts…`, refused when it would lead outside the data folder. */
  inside(...parts: string[]): string {
    const path = join(this.root, ...parts);
    const rel = relative(this.root, path);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
      throw new CopydeskError('INVALID_INPUT', '文件路径超出了数据文件夹，已拒绝。');
    return path;
  }

  /** A file named after an id of `kind`, in a folder of the data folder: `<folder>/<id><ext>`. */
  idFile(kind: IdKind, folder: string, id: string, ext: string): string {
    return this.inside(folder, `${this.checkedId(kind, id)}${ext}`);
  }

  get meta(): string {
    return join(this.root, 'copydesk.json');
  }
  get lock(): string {
    return join(this.root, 'copydesk.lock');
  }
  /** An import in progress: the ids it creates, so a crash part-way is rolled back on the next open. */
  get pendingBatch(): string {
    return join(this.root, 'import-batch.json');
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
    if (!/^(\d{4}-\d{2}|undated|trash)$/.test(bucket)) throw new CopydeskError('INVALID_INPUT', '稿件目录分组无效。');
    return join(this.catalogDir, `${bucket}.json`);
  }
  get damagedDir(): string {
    return join(this.root, 'damaged');
  }
  get articlesDir(): string {
    return join(this.root, 'articles');
  }
  get revisionsDir(): string {
    return join(this.root, 'revisions');
  }
  /** Articles are spread over 1,296 folders by the last two (random) characters of their id. */
  shard(id: string): string {
    return this.checkedId('article', id).slice(-2);
  }
  articleFile(id: string): string {
    return this.inside('articles', this.shard(id), `${id}.json`);
  }
  revisionsFile(id: string): string {
    return this.inside('revisions', this.shard(id), `${id}.jsonl`);
  }
  /** The crash journal of an article's unsaved editor content. */
  draftFile(id: string): string {
    return this.idFile('article', 'drafts', id, '.json');
  }
  get draftsDir(): string {
    return join(this.root, 'drafts');
  }
  /** One issue plan's file. */
  issueFile(id: string): string {
    return this.idFile('issue', 'issues', id, '.json');
  }
  get issuesDir(): string {
    return join(this.root, 'issues');
  }
  /** Photo originals, content-addressed: `photos/<first two hex digits>/<sha256>.<ext>`, each with its record beside it. */
  get photosDir(): string {
    return join(this.root, 'photos');
  }
  /** A stored original (ext from PHOTO_EXTENSIONS) or its record (`json`), by hash. */
  photoFile(hash: string, ext: string): string {
    if (!/^[0-9a-f]{64}$/.test(hash) || !/^(jpg|png|tif|webp|json)$/.test(ext))
      throw new CopydeskError('INVALID_INPUT', '图片编号无效。');
    return join(this.photosDir, hash.slice(0, 2), `${hash}.${ext}`);
  }
  /** Renditions made from the originals (thumbnails, editor views): a cache, rebuilt when missing. */
  get photoCacheDir(): string {
    return join(this.root, 'photo-cache');
  }
  /** One rendition of an original, by its name and a key of how it was made. */
  photoRendition(hash: string, key: string): string {
    if (!/^[0-9a-f]{64}$/.test(hash) || !/^[0-9a-z-]{1,60}$/.test(key))
      throw new CopydeskError('INVALID_INPUT', '图片编号无效。');
    return join(this.photoCacheDir, hash.slice(0, 2), `${hash}-${key}.jpg`);
  }
  /** The search index (稿件库检索): segment files, a manifest, the log of changes since the last segment. */
  get searchDir(): string {
    return join(this.root, 'search');
  }
  /** One segment file of the search index, by its name (`seg-<n>`). */
  searchSegment(name: string): string {
    if (!/^seg-\d{1,9}$/.test(name)) throw new CopydeskError('INVALID_INPUT', '检索索引分段名无效。');
    return join(this.searchDir, `${name}.cdsx`);
  }
  get searchManifest(): string {
    return join(this.searchDir, 'manifest.json');
  }
  get searchLog(): string {
    return join(this.searchDir, 'live.jsonl');
  }
  get searchState(): string {
    return join(this.searchDir, 'state.json');
  }
}
