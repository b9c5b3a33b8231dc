import { writeFileAtomic } from '../../store/durable-file';
import { UsageError, type ServiceCommand } from '../command';
import { required } from '../io';

/** `key export --out FILE.cdkey`: this installation's public key, for the desk to import once. */
export const key: ServiceCommand = {
  name: 'key',
  usage: ['key export --out FILE.cdkey                 导出本机公钥文件（交给编辑部导入一次）'],
  options: ['out'],
  access: 'read',
  async run({ client, args, values, out }) {
    if (args[0] !== 'export') throw new UsageError('key 后应为 export');
    const target = required(values.out, 'key export 需要 --out 指定 .cdkey 文件');
    const { text } = await client.call('profile.exportKey');
    const { fingerprint } = await client.call('profile.get');
    await writeFileAtomic(target, text);
    out(`已导出公钥到 ${target}（指纹 ${fingerprint}）\n`);
    return 0;
  },
};
