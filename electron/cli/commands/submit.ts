import { resolve } from 'node:path';
import type { ServiceCommand } from '../command';
import { required } from '../io';

/** `submit ID --to DIR`: 投稿: the article signed into DIR as a .cdsub file, and marked 已投稿. */
export const submit: ServiceCommand = {
  name: 'submit',
  usage: ['submit ID --to DIR                          投稿：把稿件签名写入投稿文件夹（.cdsub），稿件标为已投稿'],
  options: ['to'],
  access: 'write',
  async run({ services, client, args, values, out }) {
    const id = required(args[0], 'submit 需要稿件编号和 --to 文件夹');
    const to = required(values.to, 'submit 需要稿件编号和 --to 文件夹');
    const article = await client.call('articles.get', { id });
    const { file } = await services.workflow.submit(article.id, article.revision, resolve(to));
    out(`已投稿：${article.title || '（无标题）'}\n投稿文件：${file.path}\n`);
    return 0;
  },
};
