import { UsageError, type ServiceCommand } from '../command';
import { readText } from '../io';

/** `trust FILE.cdkey`: trusts a sender from their key file; `trust --list`: the trusted senders. */
export const trust: ServiceCommand = {
  name: 'trust',
  usage: [
    'trust FILE.cdkey                            信任一位发件人（导入其公钥文件），之后收稿箱接受其投稿',
    'trust --list [--json]                       列出信任的发件人',
  ],
  options: ['list', 'json'],
  access: (args) => (args.length > 0 ? 'write' : 'read'),
  async run({ client, args, values, out }) {
    if (args[0]) {
      const sender = await client.call('trust.importKey', { text: await readText(args[0]) });
      out(`已信任：${sender.role} ${sender.name}（指纹 ${sender.fingerprint}），请与本人核对指纹。\n`);
      return 0;
    }
    if (!values.list) throw new UsageError('trust 需要一个公钥文件，或 --list');
    const senders = await client.call('trust.list');
    if (values.json) out(`${JSON.stringify({ senders })}\n`);
    else {
      for (const s of senders)
        out(
          `${s.role}\t${s.name}\t${s.fingerprint}\t${s.how === 'imported' ? '导入公钥' : '首次见到即接受'}\t${s.addedAt}\n`,
        );
      out(`共 ${senders.length} 位\n`);
    }
    return 0;
  },
};
