import { STATUS_LABELS } from '../../../shared/model/article';
import { CopydeskError } from '../../../shared/ipc/result';
import { TRANSITIONS } from '../../../shared/workflow/transitions';
import { chiefPassphrase, UsageError, type ServiceCommand } from '../command';
import { required } from '../io';

const ACTIONS = [...new Set(TRANSITIONS.map((t) => t.action))];

/**
 * `status ID ACTION [--note TEXT]`: one status step by its name in the app
 * (开始编辑, 送签, 签发, 退回, …), with the same role rules; 退回 of a
 * correspondent's copy writes the signed return file to the 投稿箱 when one is set.
 */
export const status: ServiceCommand = {
  name: 'status',
  usage: [
    `status ID 动作 [--note 说明] [--passphrase 口令]`,
    `                                            改变稿件状态（动作：${ACTIONS.join('、')}；退回、重新打开须写 --note；`,
    '                                            签发须输入值班主任口令，或设环境变量 COPYDESK_CHIEF_PASSPHRASE）',
  ],
  options: ['note', 'passphrase'],
  access: 'write',
  async run({ client, args, values, out }) {
    const id = required(args[0], 'status 需要稿件编号和动作');
    const action = required(args[1], `status 需要动作（${ACTIONS.join('、')}）`);
    if (!ACTIONS.includes(action)) throw new UsageError(`没有“${action}”这个动作（可用：${ACTIONS.join('、')}）`);
    const current = await client.call('articles.get', { id });
    const rule = TRANSITIONS.find((t) => t.action === action && t.from.includes(current.status));
    if (!rule) {
      const open = TRANSITIONS.filter((t) => t.from.includes(current.status)).map((t) => t.action);
      throw new CopydeskError(
        'FORBIDDEN',
        `稿件现在是“${STATUS_LABELS[current.status]}”，不能“${action}”${open.length ? `（可以：${open.join('、')}）` : ''}`,
      );
    }
    const { article, returnFile } = await client.call('articles.transition', {
      id,
      baseRevision: current.revision,
      to: rule.to,
      note: values.note ?? '',
      passphrase: chiefPassphrase(values),
    });
    out(
      `已${action}：《${article.title || '无标题'}》（${STATUS_LABELS[current.status]} → ${STATUS_LABELS[article.status]}）\n`,
    );
    if (returnFile) out(`退回文件：${returnFile.path ?? `（未设投稿箱，未写出：${returnFile.fileName}）`}\n`);
    return 0;
  },
};
