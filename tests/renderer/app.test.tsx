import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../renderer/src/App';
import { createClient } from '../../shared/ipc/client';
import { ClientContext } from '../../renderer/src/api/use-client';
import { dispatch } from '../../shared/ipc/dispatch';
import type { Handlers } from '../../shared/ipc/contract';
import type { Transport } from '../../shared/ipc/bridge';
import type { Article, ArticleContent } from '../../shared/model/article';
import { articleWordCount, emptyContent, plainTextToBody, toCatalogEntry } from '../../shared/model/article-content';
import { CopydeskError } from '../../shared/ipc/result';

/** In-memory services behind the real dispatch, so the renderer is tested against the contract. */
function memoryServices(seed: Partial<ArticleContent>[] = []) {
  const articles = new Map<string, Article>();
  const drafts = new Map<string, { baseRevision: number; content: ArticleContent; savedAt: string }>();
  const calls: string[] = [];
  let n = 0;
  const create = (content: Partial<ArticleContent>) => {
    const full = { ...emptyContent(), ...content };
    const a: Article = {
      ...full,
      id: `a${String(++n).padStart(17, '0')}`,
      revision: 1,
      status: 'draft',
      wordCount: articleWordCount(full),
      createdAt: 'x',
      updatedAt: 'x',
      deletedAt: null,
      updatedBy: null,
      history: [],
      origin: null,
      autosaved: false,
    };
    articles.set(a.id, a);
    return a;
  };
  seed.forEach(create);
  const handlers = {
    'app.info': async () => ({ version: 't', dataDir: '/tmp', runtime: 'host' as const, notices: [] }),
    'articles.months': async () => (articles.size ? [{ month: 'undated', count: articles.size }] : []),
    'articles.list': async ({ trash }: { trash?: boolean }) => ({
      month: 'undated',
      items: [...articles.values()].filter((a) => Boolean(a.deletedAt) === Boolean(trash)).map(toCatalogEntry),
    }),
    'articles.get': async ({ id }: { id: string }) => articles.get(id)!,
    'articles.create': async (content: object) => create(content),
    'articles.save': async ({ id, baseRevision, content }: { id: string; baseRevision: number; content: Article }) => {
      const current = articles.get(id)!;
      if (current.revision !== baseRevision) throw new CopydeskError('CONFLICT', '保存冲突：稿件已被更新');
      const next = { ...current, ...content, revision: current.revision + 1, wordCount: articleWordCount(content) };
      articles.set(id, next);
      return next;
    },
    'articles.delete': async ({ id }: { id: string }) => {
      const a = { ...articles.get(id)!, deletedAt: 'now' };
      articles.set(id, a);
      return a;
    },
    'articles.restore': async () => {
      throw new Error('unused');
    },
    'articles.emptyTrash': async () => ({ removed: 0 }),
    'articles.exportText': async () => ({ text: '', fileName: 'x.txt' }),
    'drafts.put': async ({
      id,
      baseRevision,
      content,
    }: {
      id: string;
      baseRevision: number;
      content: ArticleContent;
    }) => {
      drafts.set(id, { baseRevision, content, savedAt: new Date().toISOString() });
      return { savedAt: 'now' };
    },
    'drafts.get': async ({ id }: { id: string }) => drafts.get(id) ?? null,
    'drafts.discard': async ({ id }: { id: string }) => ({ discarded: drafts.delete(id) }),
    'templates.list': async () => [
      {
        id: 'builtin:brief',
        name: '简讯',
        builtIn: true,
        content: {
          ...emptyContent(),
          title: '【标题】',
          body: plainTextToBody('【单位】【事件】。'),
          kind: '简讯',
          placeholders: ['【标题】', '【单位】', '【事件】'],
        },
      },
    ],
    'templates.save': async () => ({ id: 'u1' }),
    'templates.delete': async () => ({ removed: true }),
  } as unknown as Handlers;
  const transport: Transport = (channel, input) => {
    calls.push(channel);
    return dispatch(handlers, channel, input);
  };
  return { articles, drafts, calls, client: createClient(transport) };
}

function renderApp(seed: Partial<ArticleContent>[] = []) {
  const services = memoryServices(seed);
  render(
    <ClientContext.Provider value={services.client}>
      <App bridge={null} />
    </ClientContext.Provider>,
  );
  return services;
}

const SLIP = { title: '中原区召开部署会议', body: plainTextToBody('统筹推进疫情防控和和其他重点工作。\n和和') };

/** Opens the first article of the list. */
async function openFirst() {
  fireEvent.click(await screen.findByRole('button', { name: SLIP.title }));
  await screen.findByTestId('article-document');
}

/** Changes the document the way 替换 does (jsdom cannot type into contenteditable). */
function replaceAllInDocument(query: string, replacement: string) {
  fireEvent.keyDown(window, { key: 'h', ctrlKey: true });
  fireEvent.change(screen.getByRole('textbox', { name: '查找内容' }), { target: { value: query } });
  fireEvent.change(screen.getByRole('textbox', { name: '替换为' }), { target: { value: replacement } });
  fireEvent.click(screen.getByRole('button', { name: '全部替换' }));
}

afterEach(cleanup);

describe('App', () => {
  it('shows an empty 稿件库 and creates an article that opens in the editor', async () => {
    const services = renderApp();
    await screen.findByTestId('empty-list');
    fireEvent.click(screen.getByRole('button', { name: '新建稿件' }));
    fireEvent.click(await screen.findByRole('button', { name: '空白稿件' }));
    await screen.findByTestId('article-document');
    expect(screen.getByTestId('line-title')).toBeTruthy();
    expect(screen.getByTestId('byline-block')).toBeTruthy();
    expect(services.articles.size).toBe(1);
  });

  it('finds and replaces across the document, counts 字数 and saves with Ctrl+S', async () => {
    const services = renderApp([SLIP]);
    await openFirst();
    expect(screen.getByTestId('word-count').textContent).toBe('字数 28');
    replaceAllInDocument('和和', '和');
    expect(screen.getByText('已替换 2 处')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('有未保存的修改'));
    await waitFor(() => expect(screen.getByTestId('word-count').textContent).toBe('字数 26'));
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toMatch(/已保存/));
    const saved = [...services.articles.values()][0]!;
    expect(saved.revision).toBe(2);
    expect(saved.body.map((b) => b.children[0]!.text)).toEqual(['统筹推进疫情防控和其他重点工作。', '和']);
    // A second Ctrl+S with nothing new does not save again.
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(services.calls.filter((c) => c === 'articles.save')).toHaveLength(1);
  });

  it('shows a conflict in Chinese, keeps the edit and offers 重试', async () => {
    const services = renderApp([SLIP]);
    await openFirst();
    const [id] = [...services.articles.keys()];
    services.articles.set(id!, { ...services.articles.get(id!)!, revision: 5 });
    replaceAllInDocument('和和', '和');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('alert')).textContent).toContain('保存冲突');
    expect(screen.getByTestId('save-state').textContent).toBe('保存失败');
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
    expect(screen.getByTestId('article-document').textContent).not.toContain('和和');
  });

  it('saves by itself within a second after editing stops', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const services = renderApp([SLIP]);
      await openFirst();
      replaceAllInDocument('和和', '和');
      await vi.advanceTimersByTimeAsync(300);
      expect(services.calls).not.toContain('articles.save');
      await vi.advanceTimersByTimeAsync(700);
      await waitFor(() => expect(screen.getByTestId('save-state').textContent).toMatch(/已保存/));
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves the open article before going to the 回收站', async () => {
    const services = renderApp([SLIP]);
    await openFirst();
    replaceAllInDocument('和和', '和');
    fireEvent.click(screen.getByRole('button', { name: '回收站' }));
    await screen.findByText('回收站是空的。');
    expect([...services.articles.values()][0]!.revision).toBe(2);
  });

  it('shows 字数 without punctuation and the target length of the chosen kind, and saves the kind', async () => {
    const services = renderApp([SLIP]);
    await openFirst();
    expect(screen.getByTestId('word-count-detail').textContent).toBe('不计标点 27');
    fireEvent.change(screen.getByRole('combobox', { name: '稿件类型' }), { target: { value: '简讯' } });
    expect(screen.getByTestId('word-count-detail').textContent).toBe('不计标点 27 · 简讯宜 300 字');
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect([...services.articles.values()][0]!.kind).toBe('简讯'));
  });

  it('offers back unsaved content kept from before a crash, and can discard it', async () => {
    const services = renderApp([SLIP]);
    const [id] = [...services.articles.keys()];
    const article = services.articles.get(id!)!;
    services.drafts.set(id!, {
      baseRevision: 1,
      content: { ...article, body: plainTextToBody('崩溃前打的字。') },
      savedAt: new Date().toISOString(),
    });
    await openFirst();
    expect((await screen.findByTestId('recovered')).textContent).toContain('已恢复上次未保存的内容');
    expect(screen.getByTestId('article-document').textContent).toContain('崩溃前打的字。');
    expect(screen.getByTestId('save-state').textContent).toBe('有未保存的修改');
    fireEvent.click(screen.getByRole('button', { name: '放弃恢复的内容' }));
    await waitFor(() => expect(screen.getByTestId('article-document').textContent).toContain('和和其他重点工作'));
    expect(services.drafts.has(id!)).toBe(false);
  });

  it('creates an article from a template, dated today, with its placeholders flagged', async () => {
    const services = renderApp();
    fireEvent.click(await screen.findByRole('button', { name: '新建稿件' }));
    fireEvent.click(await screen.findByRole('button', { name: '简讯' }));
    await screen.findByTestId('article-document');
    const created = [...services.articles.values()][0]!;
    expect(created.kind).toBe('简讯');
    expect(created.dateline?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(screen.getByTestId('placeholders-left').textContent).toContain('还有 3 处占位符未填写');
    expect(document.querySelectorAll('[data-placeholder="true"]')).toHaveLength(3);
  });
});
