import { bodyPhotos, creditFor, photoBlock, prefilledCaption } from '../../../shared/model/photo';
import { UsageError, type ServiceCommand } from '../command';
import { readNamed, required } from '../io';

/** `photo add|list`: pictures in a report from the command line. */
export const photo: ServiceCommand = {
  name: 'photo',
  usage: [
    'photo add ID FILE [--caption 说明] [--credit 摄影]  在稿件末尾插入图片（JPEG/PNG/TIFF/WebP），带图片说明和摄影署名',
    'photo list ID [--json]                      列出稿件中的图片',
  ],
  options: ['caption', 'credit', 'json'],
  access: (args) => (args[0] === 'add' ? 'write' : 'read'),
  async run({ client, args, values, out }) {
    const [sub, idArg, file] = args;
    const id = required(idArg, `photo ${sub ?? ''} 需要稿件编号`);
    if (sub === 'add') {
      const bytes = await readNamed(required(file, 'photo add 需要图片文件'));
      const article = await client.call('articles.get', { id });
      const { info, metadata } = await client.call('photos.add', { data: Buffer.from(bytes).toString('base64') });
      const caption = values.caption ?? prefilledCaption(metadata);
      const name = values.credit ?? metadata.credit ?? '';
      const role = article.byline.reporters.includes(name.trim())
        ? 'reporter'
        : article.byline.correspondents.includes(name.trim())
          ? 'correspondent'
          : 'other';
      const saved = await client.call('articles.save', {
        id,
        baseRevision: article.revision,
        content: { ...article, body: [...article.body, photoBlock(info, caption, creditFor(name, role))] },
      });
      out(
        `已插入图片 ${info.hash.slice(0, 12)}（${info.width}×${info.height}）到《${saved.title || '无标题'}》，修订 ${saved.revision}\n`,
      );
      if (!caption.trim()) out('提示：这张图片还没有图片说明。\n');
      return 0;
    }
    if (sub !== 'list') throw new UsageError('photo 后应为 add 或 list');
    const article = await client.call('articles.get', { id });
    const photos = bodyPhotos(article.body).map(({ hash, width, height, caption, credit }) => ({
      hash,
      width,
      height,
      caption,
      credit,
    }));
    if (values.json) out(`${JSON.stringify({ photos })}\n`);
    else {
      for (const p of photos) out(`${p.hash.slice(0, 12)}\t${p.width}×${p.height}\t${p.caption}\t${p.credit}\n`);
      out(`共 ${photos.length} 张图片\n`);
    }
    return 0;
  },
};
