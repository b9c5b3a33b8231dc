import { z } from 'zod';

/** How the kinds of value a schema expects are named in a message. */
const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  object: '一组字段',
  array: '列表',
  date: '日期',
  null: '空值',
};

/**
 * Plain Chinese for zod's own checks (length, type, choice, format), so no
 * English (“Too big: expected string to have <=200 characters”) ever reaches
 * a user. A message a schema gives itself ('稿件编号无效') still wins; zod's
 * zh-CN locale covers the rare codes this does not word.
 */
function chineseIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `太长，最多 ${max.toLocaleString('zh-CN')} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `太多，最多 ${max.toLocaleString('zh-CN')} 项`;
      return `不能大于 ${max}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? '不能为空' : `太短，至少 ${min} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少要有 ${min} 项`;
      return `不能小于 ${min}`;
    }
    case 'invalid_type':
      if (issue.input === undefined) return '缺少这一项';
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length <= 8 ? `应为 ${issue.values.map(String).join('、')} 之一` : '不是可用的选项';
    case 'invalid_format':
      return '格式不对';
    case 'not_multiple_of':
      return '数值不对';
    case 'invalid_union':
      return '格式不对';
    default:
      return undefined;
  }
}

z.config(z.locales.zhCN());
z.config({ customError: chineseIssue });

/** What the fields named in a schema path are called in a message. */
const FIELD_LABELS: Record<string, string> = {
  title: '标题',
  kicker: '引题',
  subtitle: '副题',
  body: '正文',
  children: '正文',
  text: '文字',
  dateline: '电头',
  byline: '署名',
  name: '姓名',
  role: '身份',
  note: '说明',
  id: '编号',
  content: '稿件内容',
  contents: '稿件',
  date: '日期',
  month: '月份',
  entries: '词表',
  term: '词语',
  presets: '版式',
  sizes: '字号表',
  data: '文件内容',
  fileName: '文件名',
  baseRevision: '版本',
  revision: '版本',
  periods: '职务',
  organisation: '单位',
  category: '类别',
  pages: '版面',
  inboxDir: '收稿箱文件夹',
  layout: '排法',
  kind: '类型',
  page: '版面',
  status: '状态',
  outboxDir: '投稿箱文件夹',
};

/** Turns zod issues into one Chinese sentence naming the fields at fault. */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const named = issue.path.filter((p): p is string => typeof p === 'string').map((p) => FIELD_LABELS[p] ?? p);
    const where = named.length === 0 ? '参数' : named.filter((p, i) => p !== named[i - 1]).join('·');
    return `${where}：${issue.message}`;
  });
  return `输入无效（${parts.join('；')}）`;
}
