import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { encodeHouseText, encodeHtml, renderDocx } from '../../../electron/services/export';
import { readDocx } from '../../../electron/services/docx';
import { renderHouseText } from '../../../shared/format/house-text';
import { ArticleContentSchema, type ArticleContent } from '../../../shared/model/article';
import { isCopydeskError } from '../../../shared/ipc/result';

const REFERENCE = (
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/house-format/reference-reports.json'), 'utf8')) as unknown[]
).map((r) => ArticleContentSchema.parse(r));
const first = REFERENCE[0]!;

describe('single-report exports', () => {
  it('house-format text in UTF-8, GB18030 or GBK, with LF or CRLF', () => {
    const text = renderHouseText(first);
    expect(encodeHouseText(first, 'utf-8', false).toString('utf8')).toBe(text);
    const crlf = encodeHouseText(first, 'gb18030', true);
    expect(iconv.decode(crlf, 'gb18030')).toBe(text.replace(/\n/g, '\r\n'));
    expect(crlf.includes(Buffer.from('\r\n'))).toBe(true);
    expect(iconv.decode(encodeHouseText(first, 'gbk', false), 'gbk')).toBe(text);
  });

  it('refuses GBK when a character is outside it, naming it, and GB18030 takes it', () => {
    const rare: ArticleContent = { ...first, title: '𠮷祥镇与堃字村' };
    const refused = (() => {
      try {
        encodeHouseText(rare, 'gbk', false);
        return null;
      } catch (error) {
        return isCopydeskError(error) ? error.message : String(error);
      }
    })();
    expect(refused).toMatch(/^以下字符不在 GBK 字符集中，无法按 GBK 导出：𠮷。请改用 GB18030/);
    expect(iconv.decode(encodeHouseText(rare, 'gb18030', false), 'gb18030')).toContain('𠮷祥镇与堃字村');
  });

  it('clean semantic HTML: escaped, no script, the headline stack, dateline, bold and byline', async () => {
    const tricky: ArticleContent = {
      ...first,
      kicker: '想企业所想',
      title: '<script>alert(1)</script>标题 & “引号”',
      body: [
        { type: 'paragraph', children: [{ text: '正文' }, { text: '加粗', bold: true }] },
        { type: 'subheading', children: [{ text: '一、小标题' }] },
      ],
    };
    const html = (await encodeHtml(tricky)).toString('utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;标题 &amp; “引号”</h1>');
    expect(html).toContain('<p class="kicker">想企业所想</p>');
    expect(html).toContain('<p><span class="dateline">本报讯 3月18日上午，</span>正文<strong>加粗</strong></p>');
    expect(html).toContain('<h2>一、小标题</h2>');
    expect(html).toContain('<p class="byline">记者 张改华<br>通讯员 木坤坤 郝欢欢</p>');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">')).toBe(true);
  });

  it('Word files that read back with the text, the bold and the byline as laid out', async () => {
    const bold: ArticleContent = {
      ...REFERENCE[4]!,
      body: [
        { type: 'paragraph', children: [{ text: '会议要求，' }, { text: '压实责任', bold: true }, { text: '。' }] },
      ],
    };
    const { html } = await readDocx(await renderDocx(bold));
    expect(html).toContain('中原区召开疫情防控期间复工复产安全生产工作推进会');
    expect(html).toContain('本报讯 3月19日，会议要求，<strong>压实责任</strong>。记者 张改华');
    const reference = await readDocx(await renderDocx(first));
    expect(reference.html).toContain('<p>记者 张改华</p><p>通讯员 木坤坤 郝欢欢</p>');
    expect(reference.html).toContain('本报讯 3月18日上午，中原区委书记乔耸主持召开');
  });
});
