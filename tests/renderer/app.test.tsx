import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../renderer/src/App';
import { createClient } from '../../renderer/src/api/client';
import { ClientContext } from '../../renderer/src/api/use-client';
import { dispatch } from '../../shared/ipc/dispatch';
import type { Handlers } from '../../shared/ipc/contract';
import type { Transport } from '../../shared/ipc/bridge';
import type { Article } from '../../shared/model/article';
import { articleWordCount, emptyContent, toCatalogEntry } from '../../shared/model/article-content';
import { CopydeskError } from '../../shared/ipc/result';

/** In-memory services behind the real dispatch, so the renderer is tested against the contract. */
function memoryServices() {
  const articles = new Map<string, Article>();
  const calls: string[] = [];
  let n = 0;
  const handlers = {
    'app.info': async () => ({ version: 't', dataDir: '/tmp', runtime: 'host' as const, notices: [] }),
    'articles.months': async () => (articles.size ? [{ month: 'undated', count: articles.size }] : []),
    'articles.list': async ({ trash }: { trash?: boolean }) => ({
      month: 'undated',
      items: [...articles.values()].filter((a) => Boolean(a.deletedAt) === Boolean(trash)).map(toCatalogEntry),
    }),
    'articles.get': async ({ id }: { id: string }) => articles.get(id)!,
    'articles.create': async (content: object) => {
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
      };
      articles.set(a.id, a);
      return a;
    },
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
  } as unknown as Handlers;
  const transport: Transport = (channel, input) => {
    calls.push(channel);
    return dispatch(handlers, channel, input);
  };
  return { articles, calls, client: createClient(transport) };
}

function renderApp() {
  const services = memoryServices();
  render(
    <ClientContext.Provider value={services.client}>
      <App bridge={null} />
    </ClientContext.Provider>,
  );
  return services;
}

afterEach(cleanup);

describe('App', () => {
  it('shows an empty 稿件库, creates an article, and saves it with Ctrl+S', async () => {
    const services = renderApp();
    await screen.findByTestId('empty-list');
    fireEvent.click(screen.getByRole('button', { name: '新建稿件' }));
    const title = await screen.findByRole('textbox', { name: '标题' });
    fireEvent.change(title, { target: { value: '中原区召开部署会议' } });
    fireEvent.change(screen.getByRole('textbox', { name: '正文' }), {
      target: { value: '乔耸主持召开会议。\n区领导参加会议。' },
    });
    expect(screen.getByTestId('save-state').textContent).toBe('有未保存的修改');
    expect(screen.getByTestId('word-count').textContent).toBe('字数 26');
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toMatch(/已保存/));
    const saved = [...services.articles.values()][0]!;
    expect(saved.revision).toBe(2);
    expect(saved.body.map((b) => b.children[0]!.text)).toEqual(['乔耸主持召开会议。', '区领导参加会议。']);
    // A second Ctrl+S with nothing new does not save again.
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(services.calls.filter((c) => c === 'articles.save')).toHaveLength(1);
  });

  it('shows a conflict in Chinese and keeps what the editor typed', async () => {
    const services = renderApp();
    fireEvent.click(await screen.findByRole('button', { name: '新建稿件' }));
    const body = await screen.findByRole('textbox', { name: '正文' });
    // Someone else saves first.
    const [id] = [...services.articles.keys()];
    services.articles.set(id!, { ...services.articles.get(id!)!, revision: 5 });
    fireEvent.change(body, { target: { value: '我的修改' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('alert')).textContent).toContain('保存冲突');
    expect((screen.getByRole('textbox', { name: '正文' }) as HTMLTextAreaElement).value).toBe('我的修改');
  });

  it('finds and replaces in the body', async () => {
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: '新建稿件' }));
    const body = (await screen.findByRole('textbox', { name: '正文' })) as HTMLTextAreaElement;
    fireEvent.change(body, { target: { value: '和和其他重点工作，和和' } });
    fireEvent.keyDown(window, { key: 'h', ctrlKey: true });
    fireEvent.change(await screen.findByRole('textbox', { name: '查找内容' }), { target: { value: '和和' } });
    fireEvent.change(screen.getByRole('textbox', { name: '替换为' }), { target: { value: '和' } });
    expect(screen.getByText('共 2 处')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '全部替换' }));
    expect(body.value).toBe('和其他重点工作，和');
  });

  it('saves by itself a few seconds after typing stops', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const services = renderApp();
      fireEvent.click(await screen.findByRole('button', { name: '新建稿件' }));
      fireEvent.change(await screen.findByRole('textbox', { name: '正文' }), { target: { value: '自动保存的正文' } });
      await vi.advanceTimersByTimeAsync(1000);
      expect(services.calls).not.toContain('articles.save');
      await vi.advanceTimersByTimeAsync(2500);
      await waitFor(() => expect(screen.getByTestId('save-state').textContent).toMatch(/已保存/));
      expect([...services.articles.values()][0]!.body[0]!.children[0]!.text).toBe('自动保存的正文');
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves the open article before going to the 回收站', async () => {
    const services = renderApp();
    fireEvent.click(await screen.findByRole('button', { name: '新建稿件' }));
    fireEvent.change(await screen.findByRole('textbox', { name: '标题' }), { target: { value: '离开前保存' } });
    fireEvent.click(screen.getByRole('button', { name: '回收站' }));
    await screen.findByText('回收站是空的。');
    expect([...services.articles.values()][0]!.title).toBe('离开前保存');
  });
});
