import type { Handlers } from '../../shared/ipc/contract';
import { CopydeskError } from '../../shared/ipc/result';
import { contentSizeProblem } from '../../shared/model/limits';
import { renderHouseText, exportFileName } from '../../shared/format/house-text';
import type { ArticleStore } from '../store/article-store';
import type { DraftStore } from '../store/drafts';
import type { TemplatesStore } from '../store/templates-store';
import { BUILT_IN_TEMPLATES, withTemplateLabels } from './templates';
import type { PeopleStore } from '../store/people-store';
import { csvErrorsMessage, directoryToCsv, parseDirectoryCsv } from '../../shared/people/csv';
import { indexDirectory } from '../../shared/people/directory';
import { readyContent } from '../../shared/people/content';
import sampleDirectory from '../../assets/people/sample-directory.csv';
import { readDocx } from './docx';
import { encodeHouseText, encodeHtml, renderDocx } from './export';
import type { OwnListStore } from '../store/own-list-store';
import type { IssuesStore } from '../store/issues-store';
import type { PagePreset, TypeSize } from '../../shared/layout/presets';
import type { PrintJobs } from './print-jobs';
import { workflowHandlers, type Workflow } from './workflow';
import { searchHandlers } from './search';
import { photoHandlers, type Photos } from './photos';
import type { ObjectStore } from '../store/object-store';
import type { Masthead } from '../../shared/layout/masthead';
import type { SearchIndex } from '../store/search/search-index';
import type { SavedSearch } from '../../shared/search/saved';
import { glossaryToCsv, parseGlossaryCsv, type GlossaryEntry } from '../../shared/proof/glossary';
import { preflight } from '../../shared/layout/preflight';

/** Facts about the running installation that `app.info` reports. */
export interface RuntimeInfo {
  version: string;
  dataDir: string;
  runtime: 'electron' | 'host';
}

function checkSize(content: Parameters<typeof contentSizeProblem>[0]): void {
  const problem = contentSizeProblem(content);
  if (problem) throw new CopydeskError('TOO_LARGE', problem);
}

/** The stores the services work on. */
export interface Stores {
  articles: ArticleStore;
  drafts: DraftStore;
  templates: TemplatesStore;
  people: PeopleStore;
  glossary: OwnListStore<GlossaryEntry>;
  issues: IssuesStore;
  presets: OwnListStore<PagePreset>;
  sizes: OwnListStore<TypeSize>;
  /** Print jobs of issue plans (made over these stores by `openServices`). */
  printJobs: PrintJobs;
  /** The desk workflow: profile, keys, trusted senders, inbox. */
  workflow: Workflow;
  /** The archive's search index. */
  search: SearchIndex;
  savedSearches: OwnListStore<SavedSearch>;
  /** The archive's photo originals and their renditions. */
  photos: Photos;
  /** The paper's masthead, which 第1版 carries. */
  masthead: ObjectStore<Masthead>;
}

/** Reads a directory CSV or refuses it with every bad line in the message. */
function readDirectoryCsv(text: string) {
  const parsed = parseDirectoryCsv(text);
  if (!parsed.ok) throw new CopydeskError('INVALID_INPUT', csvErrorsMessage(parsed.errors));
  return parsed.people;
}

/**
 * The services behind every IPC channel, in plain Node. The Electron shell, the
 * test host and the CLI all call these through `dispatch`, so they share one
 * validation path.
 */
export function createHandlers(stores: Stores, info: RuntimeInfo): Handlers {
  const { articles: store, drafts, templates, people, glossary, issues, presets, sizes, printJobs, workflow } = stores;
  const pictures = (hash: string) => stores.photos.rendition(hash, 'base');
  /**
   * An article ready to export: refused while template placeholders are left;
   * mentions printed from the directory as it is now (a corrected title reaches
   * the export).
   */
  const exportable = async (id: string) => readyContent(await store.get(id), indexDirectory(await people.list()));
  return {
    'app.info': async () => ({
      ...info,
      notices: [
        ...store.notices,
        ...templates.notices,
        ...people.notices,
        ...glossary.notices,
        ...issues.notices,
        ...presets.notices,
        ...sizes.notices,
        ...workflow.notices,
        ...stores.search.notices,
        ...stores.savedSearches.notices,
        ...stores.masthead.notices,
      ],
    }),
    'articles.list': async ({ month, trash }) => {
      if (trash) return { month: null, items: await store.listTrash() };
      const chosen = month ?? store.months()[0]?.month ?? null;
      return { month: chosen, items: chosen ? await store.listMonth(chosen) : [] };
    },
    'articles.months': async () => store.months(),
    'articles.get': async ({ id }) => store.get(id),
    'articles.create': async (content) => {
      checkSize(content);
      await stores.photos.requireStored(content.body ?? []);
      return store.create(content);
    },
    'articles.save': async ({ id, baseRevision, content, autosave }) => {
      checkSize(content);
      await stores.photos.requireStored(content.body);
      const started = new Date().toISOString();
      const by = (await workflow.profile.get())?.name ?? null;
      const saved = await store.save(id, baseRevision, content, by, { autosave });
      await drafts.discardIfSaved(id, content, started);
      return saved;
    },
    'articles.createMany': async ({ contents }) => {
      contents.forEach((content, i) => {
        const problem = contentSizeProblem(content);
        if (problem) throw new CopydeskError('TOO_LARGE', `第 ${i + 1} 篇：${problem}`);
      });
      for (const content of contents) await stores.photos.requireStored(content.body);
      return { ids: (await store.createMany(contents)).map((a) => a.id) };
    },
    'import.readDocx': async ({ data }) => readDocx(Buffer.from(data, 'base64'), (bytes) => stores.photos.add(bytes)),
    'articles.delete': async ({ id }) => store.moveToTrash(id),
    'articles.restore': async ({ id }) => store.restore(id),
    'articles.emptyTrash': async () => {
      const removed = await store.emptyTrash();
      // Originals only the emptied articles used go too, in the background.
      if (removed > 0) void stores.photos.collect().catch(() => 0);
      return { removed };
    },
    'drafts.put': async ({ id, baseRevision, content }) => {
      checkSize(content);
      await store.get(id); // the article must exist
      const savedAt = new Date().toISOString();
      await drafts.put({ id, baseRevision, content, savedAt });
      return { savedAt };
    },
    'drafts.get': async ({ id }) => {
      const draft = await drafts.get(id);
      return draft && { baseRevision: draft.baseRevision, content: draft.content, savedAt: draft.savedAt };
    },
    'drafts.discard': async ({ id }) => {
      const had = (await drafts.get(id)) !== null;
      await drafts.discard(id);
      return { discarded: had };
    },
    'templates.list': async () => [
      ...BUILT_IN_TEMPLATES,
      ...(await templates.list()).map((t) => ({
        id: t.id,
        name: t.name,
        builtIn: false,
        content: withTemplateLabels(t.content),
      })),
    ],
    'templates.save': async ({ name, content }) => {
      checkSize(content);
      if (BUILT_IN_TEMPLATES.some((t) => t.name === name)) {
        throw new CopydeskError('INVALID_INPUT', `“${name}”是内置模板的名称，请换一个名称。`);
      }
      return { id: (await templates.save(name, content)).id };
    },
    'templates.delete': async ({ id }) => {
      if (id.startsWith('builtin:')) throw new CopydeskError('FORBIDDEN', '内置模板不能删除。');
      return { removed: await templates.remove(id) };
    },
    'articles.exportText': async ({ id }) => {
      const current = await exportable(id);
      return { text: renderHouseText(current), fileName: exportFileName(current, 'txt') };
    },
    'articles.export': async ({ id, format, encoding, lineEnding }) => {
      const current = await exportable(id);
      const bytes =
        format === 'txt'
          ? encodeHouseText(current, encoding, lineEnding === 'crlf')
          : format === 'docx'
            ? await renderDocx(current, pictures)
            : await encodeHtml(current, pictures);
      const mimeType = {
        txt: `text/plain;charset=${encoding}`,
        docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        html: 'text/html;charset=utf-8',
      }[format];
      return { fileName: exportFileName(current, format), mimeType, data: bytes.toString('base64') };
    },
    'people.list': async () => people.list(),
    'people.save': async (input) => people.save(input),
    'people.delete': async ({ id }) => ({ removed: await people.remove(id) }),
    'people.importCsv': async ({ text, mode }) => people.importPeople(readDirectoryCsv(text), mode),
    'people.exportCsv': async () => ({
      text: directoryToCsv(await people.list()),
      fileName: `人员库-${new Date().toISOString().slice(0, 10)}.csv`,
    }),
    'presets.list': async () => {
      const { items, builtIn } = await presets.list();
      return { presets: items, builtIn };
    },
    'presets.save': async ({ presets: list }) => {
      await presets.replace(list);
      return { count: list.length };
    },
    'issues.list': async () => issues.list(),
    'issues.get': async ({ id }) => issues.get(id),
    'issues.save': async (input) => issues.save(input),
    'issues.delete': async ({ id }) => ({ removed: await issues.remove(id) }),
    'glossary.list': async () => {
      const { items, builtIn } = await glossary.list();
      return { entries: items, builtIn };
    },
    'glossary.save': async ({ entries }) => {
      await glossary.replace(entries);
      return { count: entries.length };
    },
    'glossary.importCsv': async ({ text }) => {
      const parsed = parseGlossaryCsv(text);
      if (!parsed.ok) throw new CopydeskError('INVALID_INPUT', csvErrorsMessage(parsed.errors, '词表', '词语'));
      await glossary.replace(parsed.entries);
      return { count: parsed.entries.length };
    },
    'glossary.exportCsv': async () => ({
      text: glossaryToCsv((await glossary.list()).items),
      fileName: `词表-${new Date().toISOString().slice(0, 10)}.csv`,
    }),
    'sizes.list': async () => {
      const { items, builtIn } = await sizes.list();
      return { sizes: items, builtIn };
    },
    'sizes.save': async ({ sizes: list }) => {
      await sizes.replace(list);
      return { count: list.length };
    },
    'print.check': async ({ issueId, pages }) => {
      const issue = await issues.get(issueId);
      const wanted = new Set(pages ?? issue.pages.map((p) => p.number));
      const placed = [];
      for (const page of issue.pages.filter((p) => wanted.has(p.number)))
        for (const placement of page.placements)
          placed.push({ page: page.number, article: await store.get(placement.articleId) });
      return {
        items: preflight(placed, {
          directory: indexDirectory(await people.list()),
          glossary: (await glossary.list()).items,
        }),
      };
    },
    'print.start': async (input) => ({ jobId: printJobs.start(input) }),
    'print.status': async ({ jobId }) => printJobs.status(jobId),
    'print.cancel': async ({ jobId }) => ({ cancelled: printJobs.cancel(jobId) }),
    'masthead.get': async () => stores.masthead.get(),
    'masthead.save': async (masthead) => {
      await stores.masthead.set(masthead);
      return masthead;
    },
    'print.result': async ({ jobId }) => {
      const { fileName, data } = printJobs.take(jobId);
      return { fileName, mimeType: 'application/pdf', data: Buffer.from(data).toString('base64') };
    },
    ...workflowHandlers(workflow),
    ...photoHandlers(stores.photos),
    ...searchHandlers({ index: stores.search, store, issues, saved: stores.savedSearches }),
    'people.loadSample': async () => {
      if ((await people.list()).length > 0)
        throw new CopydeskError('FORBIDDEN', '人员库中已有人员，示例只能载入空的人员库。');
      return people.importPeople(readDirectoryCsv(sampleDirectory), 'merge');
    },
  };
}
