import type { ServiceCommand } from '../command';
import { required } from '../io';

/** `show ID`: one article as house-format text. */
export const show: ServiceCommand = {
  name: 'show',
  usage: ['show ID                                     以版面格式文本显示一篇稿件'],
  options: [],
  access: 'read',
  async run({ client, args, out }) {
    out((await client.call('articles.exportText', { id: required(args[0], 'show 需要稿件编号') })).text);
    return 0;
  },
};
