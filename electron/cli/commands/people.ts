import { titleOn } from '../../../shared/people/directory';
import { todayIso } from '../../../shared/model/date';
import { writeFileAtomic } from '../../store/durable-file';
import { UsageError, type ServiceCommand } from '../command';
import { readText, required } from '../io';

/** `people list|import|export`: the 人员库 from the command line. */
export const people: ServiceCommand = {
  name: 'people',
  usage: [
    'people list [--json]                        列出人员库',
    'people import FILE|- [--replace]            导入人员表 CSV（姓名,类别,职务,单位,排序,起始日期,截止日期）',
    'people export [--out FILE]                  导出人员表 CSV（UTF-8 带 BOM，可用 Excel/WPS 打开）',
  ],
  options: ['json', 'replace', 'out'],
  access: (args) => (args[0] === 'import' ? 'write' : 'read'),
  async run({ client, args, values, out }) {
    const [sub, file] = args;
    if (sub === 'import') {
      const text = await readText(required(file, 'people import 需要一个文件'));
      const result = await client.call('people.importCsv', { text, mode: values.replace ? 'replace' : 'merge' });
      out(
        `已导入：新增 ${result.added} 人，更新 ${result.updated} 人${result.removed ? `，移除 ${result.removed} 人` : ''}，人员库共 ${result.total} 人\n`,
      );
      return 0;
    }
    if (sub === 'export') {
      const { text } = await client.call('people.exportCsv');
      if (values.out) {
        await writeFileAtomic(values.out, text);
        out(`已导出到 ${values.out}\n`);
      } else out(text);
      return 0;
    }
    if (sub !== 'list') throw new UsageError('people 后应为 list、import 或 export');
    const list = await client.call('people.list');
    const today = todayIso(new Date());
    if (values.json) out(`${JSON.stringify({ people: list })}\n`);
    else {
      for (const p of list) out(`${p.name}\t${p.category}\t${p.organisation}\t${titleOn(p, today)}\n`);
      out(`共 ${list.length} 人\n`);
    }
    return 0;
  },
};
