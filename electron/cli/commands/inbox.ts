import { resolve } from 'node:path';
import type { ServiceCommand } from '../command';
import { required } from '../io';

const LABELS = { imported: '收入', returned: '退回', duplicate: '重复', refused: '未通过' } as const;

/** `inbox DIR`: takes in the .cdsub files waiting in DIR; exits 1 when any was refused. */
export const inbox: ServiceCommand = {
  name: 'inbox',
  usage: [
    'inbox DIR                                   收稿：收入文件夹中的投稿（已处理的移入“已处理”，未通过的移入“未通过”）',
  ],
  options: [],
  access: 'write',
  async run({ services, args, out }) {
    const receipts = await services.workflow.inbox.scan(resolve(required(args[0], 'inbox 需要一个文件夹')));
    for (const r of receipts)
      out(
        `${LABELS[r.outcome]}\t${r.file}\t${r.title || '（无标题）'}\t${r.sender}${r.message ? `\t${r.message}` : ''}\n`,
      );
    const count = (o: keyof typeof LABELS) => receipts.filter((r) => r.outcome === o).length;
    out(
      `共 ${receipts.length} 个文件：收入 ${count('imported')}，退回 ${count('returned')}，重复 ${count('duplicate')}，未通过 ${count('refused')}\n`,
    );
    return count('refused') > 0 ? 1 : 0;
  },
};
