import { stat } from 'node:fs/promises';
import { CopydeskError } from '../../../shared/ipc/result';
import { checkArchive } from '../../store/archive-check';
import { ArticleStore } from '../../store/article-store';
import type { PlainCommand } from '../command';

/**
 * `copydesk check [--repair] [--json]`: verifies the whole data folder and,
 * with --repair (which needs the folder to itself), mends what it can. Prints
 * a report in Chinese, or `{"clean","articles","revisionLogs","problems","repaired"}`
 * with --json. Exits 0 when the folder is (now) clean, 1 when problems remain.
 */
export const check: PlainCommand = {
  name: 'check',
  usage: [
    'check [--repair] [--json]                   检查整个数据文件夹（稿件、目录、修订记录、临时文件、设置文件）；--repair 修复能修复的',
  ],
  options: ['repair', 'json'],
  // It opens the archive itself: read-only, or as the writer with --repair.
  access: 'none',
  run: ({ dataDir, values, out }) => runCheck(dataDir, values, out),
};

async function runCheck(
  dataDir: string,
  values: { repair?: boolean; json?: boolean },
  out: (s: string) => void,
): Promise<number> {
  if (!(await stat(dataDir).catch(() => null))?.isDirectory())
    throw new CopydeskError('NOT_FOUND', `数据文件夹不存在：${dataDir}`);
  const store = await ArticleStore.open({ dataDir, readOnly: !values.repair });
  let report;
  try {
    report = await checkArchive(store);
  } finally {
    await store.close();
  }
  const clean = report.problems.length === 0;
  if (values.json) {
    out(`${JSON.stringify({ clean, ...report })}\n`);
    return clean ? 0 : 1;
  }
  out(`检查数据文件夹：${dataDir}\n稿件 ${report.articles} 篇，修订记录 ${report.revisionLogs} 份\n`);
  for (const line of report.repaired) out(`已修复：${line}\n`);
  for (const line of report.problems) out(`问题：${line}\n`);
  if (clean)
    out(
      report.repaired.length > 0
        ? `结果：已修复 ${report.repaired.length} 处，数据文件夹现在完好。\n`
        : '结果：数据文件夹完好。\n',
    );
  else
    out(
      `结果：发现 ${report.problems.length} 处问题。${values.repair ? '以上问题无法自动修复，请保留数据文件夹并联系技术人员。' : '可运行 copydesk check --repair 修复（需先关闭采编台）。'}\n`,
    );
  return clean ? 0 : 1;
}
