import type { ArticleContent } from '../../shared/model/article';
import { emptyContent, plainTextToBody } from '../../shared/model/article-content';
import { tempDir } from './temp-dir';

/** A short report with a title and a dateline on `date`, for store tests. */
export function dated(title: string, date = '2020-03-18'): ArticleContent {
  return {
    ...emptyContent(),
    title,
    body: plainTextToBody('正文'),
    dateline: { source: '本报讯', date, timeOfDay: null },
  };
}

/** Runs `run` on a fresh temp data folder, removed afterwards. */
export async function withStore(run: (dir: string) => Promise<void>): Promise<void> {
  const { dir, cleanup } = await tempDir();
  try {
    await run(dir);
  } finally {
    await cleanup();
  }
}
