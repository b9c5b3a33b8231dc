import { ROLES, type Role } from '../../../shared/workflow/roles';
import { isCopydeskError } from '../../../shared/ipc/result';
import { chiefPassphrase, UsageError, type ServiceCommand } from '../command';
import { required } from '../io';

/**
 * `profile [--json]`: this data folder's user and key; `profile set --name N
 * --role 记者|通讯员|编辑|值班主任`: sets them (the key pair is made on first use).
 */
export const profile: ServiceCommand = {
  name: 'profile',
  usage: [
    'profile [--json]                            显示本数据文件夹的使用者（姓名、身份）和密钥指纹',
    `profile set --name 姓名 --role ${ROLES.join('|')} [--passphrase 口令]`,
    '                                            设置使用者的姓名和身份（首次设置时生成密钥；担任值班主任须输入口令，',
    '                                            本文件夹的第一位值班主任在此设置；也可用环境变量 COPYDESK_CHIEF_PASSPHRASE）',
  ],
  options: ['json', 'name', 'role', 'passphrase'],
  access: (args) => (args[0] === 'set' ? 'write' : 'read'),
  async run({ client, services, args, values, out }) {
    if (args[0] === 'set') {
      const role = required(values.role, `profile set 需要 --role（${ROLES.join('、')}）`);
      if (!(ROLES as readonly string[]).includes(role))
        throw new UsageError(`身份应为 ${ROLES.join('、')} 之一（收到“${role}”）`);
      const saved = await client.call('profile.save', {
        name: required(values.name, 'profile set 需要 --name 姓名'),
        role: role as Role,
        passphrase: chiefPassphrase(values),
      });
      out(`已设置：${saved.profile?.name}（${saved.profile?.role}），密钥指纹 ${saved.fingerprint}\n`);
      return 0;
    }
    if (args[0] !== undefined) throw new UsageError('profile 后只能跟 set');
    let view: { profile: { name: string; role: Role } | null; fingerprint: string };
    try {
      view = await client.call('profile.get');
    } catch (error) {
      // A folder no writer has opened yet has no key: the profile is shown without one.
      if (!isCopydeskError(error) || error.code !== 'UNAVAILABLE') throw error;
      view = { profile: await services.workflow.profile.get(), fingerprint: '' };
    }
    if (values.json) out(`${JSON.stringify({ profile: view.profile, fingerprint: view.fingerprint || null })}\n`);
    else
      out(
        `${view.profile ? `${view.profile.name}（${view.profile.role}）` : '尚未设置姓名和身份（copydesk profile set --name 姓名 --role 身份）'}\n密钥指纹：${view.fingerprint || '尚无密钥'}\n`,
      );
    return 0;
  },
};
