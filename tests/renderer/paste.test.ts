import { describe, expect, it } from 'vitest';
import { htmlToBlocks, parseHtml, textToBlocks } from '../../renderer/src/editor/core/paste-html';

const parse = (html: string) => htmlToBlocks(parseHtml(html));

describe('pasted HTML becomes paragraphs, 小标题 and bold only', () => {
  it('Word: MsoNormal paragraphs, a heading, bold runs, styles and comments dropped', () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head>
      <body lang=ZH-CN><!--StartFragment-->
      <h2 class=MsoHeading2>一、统筹推进疫情防控</h2>
      <p class=MsoNormal style='text-indent:2em'><span lang=EN-US>3</span><span style='font-family:宋体'>月<b>18</b>日上午，中原区委书记<b><span>乔耸</span></b>主持召开会议。<o:p></o:p></span></p>
      <p class=MsoNormal><o:p>&nbsp;</o:p></p>
      <p class=MsoNormal>区领导参加会议。</p><!--EndFragment--></body></html>`;
    expect(parse(word)).toEqual([
      { type: 'subheading', children: [{ text: '一、统筹推进疫情防控' }] },
      {
        type: 'paragraph',
        children: [
          { text: '3月' },
          { text: '18', bold: true },
          { text: '日上午，中原区委书记' },
          { text: '乔耸', bold: true },
          { text: '主持召开会议。' },
        ],
      },
      { type: 'paragraph', children: [{ text: '区领导参加会议。' }] },
    ]);
  });

  it('WPS: bold through font-weight styles, line breaks inside a div', () => {
    const wps = `<div><span style="font-weight:700">会议强调</span>，要坚持底线思维。<br>要压实责任。</div>`;
    expect(parse(wps)).toEqual([
      { type: 'paragraph', children: [{ text: '会议强调', bold: true }, { text: '，要坚持底线思维。' }] },
      { type: 'paragraph', children: [{ text: '要压实责任。' }] },
    ]);
  });

  it('web pages: no scripts, styles, images or links carried (link text kept)', () => {
    const web = `<article><script>alert(1)</script><style>.x{}</style><img src="x.png" onerror="alert(2)">
      <p>详见<a href="https://example.com/">中原区政府网站</a>。</p><iframe src="https://evil"></iframe>
      <ul><li>第一条</li><li>第二条</li></ul></article>`;
    const blocks = parse(web);
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ text: '详见中原区政府网站。' }] },
      { type: 'paragraph', children: [{ text: '第一条' }] },
      { type: 'paragraph', children: [{ text: '第二条' }] },
    ]);
    expect(JSON.stringify(blocks)).not.toMatch(/alert|href|src|onerror/);
  });

  it('plain text splits into trimmed paragraphs, full-width spaces too', () => {
    expect(textToBlocks('　　第一段。\r\n\r\n  第二段。  \n\n')).toEqual([
      { type: 'paragraph', children: [{ text: '第一段。' }] },
      { type: 'paragraph', children: [{ text: '第二段。' }] },
    ]);
  });
});
