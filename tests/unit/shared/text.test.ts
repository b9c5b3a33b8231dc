import { describe, expect, it } from 'vitest';
import { countWords, countWordsWithoutPunctuation } from '../../../shared/text/word-count';
import { decodeText, TextDecodeError } from '../../../shared/text/decode';
import { plainTextToArticle } from '../../../shared/format/plain-import';
import { isRealDate } from '../../../shared/model/article';

describe('countWords (字数)', () => {
  it('counts each Han character and full-width mark once', () => {
    expect(countWords('乔耸主持召开会议。')).toBe(9);
  });
  it('counts a run of Latin letters or digits (with decimals and percent) as one', () => {
    // 复工率达到(5) 95.6%(1) ，(1) 共(1) 1200(1) 余家(2)
    expect(countWords('复工率达到95.6%，共1200余家')).toBe(11);
    expect(countWords('GDP增长')).toBe(3);
  });
  it('ignores white space', () => {
    expect(countWords('记者 张改华\n')).toBe(5);
  });
});

describe('decodeText', () => {
  const text = '中文标题\n正文';
  it('reads UTF-8 with and without BOM', () => {
    const bytes = new TextEncoder().encode(text);
    expect(decodeText(bytes)).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).text).toBe(text);
  });
  it('refuses random bytes behind a UTF-16 byte-order mark, and binary data without a NUL byte', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % 256);
    const garbage = new Uint8Array([0xff, 0xfe, ...Array.from({ length: 3018 }, random)]);
    expect(() => decodeText(garbage)).toThrow(/这不是文本文件/);
    const controls = new Uint8Array(Array.from({ length: 600 }, (_, i) => 1 + (i % 8)));
    expect(() => decodeText(controls)).toThrow(TextDecodeError);
  });
  it('keeps real copy with Latin, Japanese and Korean names in it', () => {
    const mixed = '本报讯 3月18日，韩国首尔市代表团（김민수）与日本友人（さくら）参观了GDP增长展览。\n';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(mixed.repeat(20), 'utf16le'))]);
    expect(decodeText(le).text).toBe(mixed.repeat(20));
  });
  it('reads UTF-16 with BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(decodeText(le)).toEqual({ text, encoding: 'UTF-16LE' });
  });
  it('reads GB18030/GBK', () => {
    // 中 D6D0, 文 CEC4, 标 B1EA, 题 CCE2, \n, 正 D5FD, 文 CEC4
    const gbk = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0xd5, 0xfd, 0xce, 0xc4]);
    expect(decodeText(gbk)).toEqual({ text, encoding: 'GB18030' });
  });
  it('refuses binary files with a Chinese message', () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(TextDecodeError);
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(/不是文本文件/);
  });
});

describe('plainTextToArticle', () => {
  it('takes the first non-empty line as title and the rest as paragraphs', () => {
    const article = plainTextToArticle('\uFEFF\n  中原区召开部署会议 \n\n乔耸主持召开会议。\r\n  区领导参加会议。\n');
    expect(article.title).toBe('中原区召开部署会议');
    expect(article.body.map((b) => b.children[0]!.text)).toEqual(['乔耸主持召开会议。', '区领导参加会议。']);
  });
  it('gives an empty article for empty text', () => {
    expect(plainTextToArticle('  \n ')).toMatchObject({ title: '', body: [] });
  });
});

describe('isRealDate', () => {
  it('accepts real days and refuses impossible ones', () => {
    expect(isRealDate('2020-02-29')).toBe(true);
    expect(isRealDate('2021-02-29')).toBe(false);
    expect(isRealDate('2020-04-31')).toBe(false);
    expect(isRealDate('2020-13-01')).toBe(false);
    expect(isRealDate('20-03-18')).toBe(false);
  });
});

describe('countWordsWithoutPunctuation', () => {
  it('leaves out full-width and ASCII punctuation but keeps numbers whole', () => {
    expect(countWordsWithoutPunctuation('乔耸主持召开会议。')).toBe(8);
    expect(countWordsWithoutPunctuation('“三送一强”、复工复产')).toBe(8);
    expect(countWordsWithoutPunctuation('复工率达到95.6%，共1200余家')).toBe(10);
  });
});

describe('sameContent', () => {
  it('compares the content fields whatever order their keys were set in, and ignores other fields', async () => {
    const { articleContent, emptyContent, sameContent, plainTextToBody } =
      await import('../../../shared/model/article-content');
    const a = {
      ...emptyContent(),
      title: '标题',
      body: plainTextToBody('正文'),
      dateline: { source: '本报讯', date: '2020-03-18', timeOfDay: null },
    };
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    const datelineReordered = { ...a, dateline: { timeOfDay: null, date: '2020-03-18', source: '本报讯' } };
    expect(sameContent(a, reordered)).toBe(true);
    expect(sameContent(a, datelineReordered)).toBe(true);
    expect(sameContent(a, { ...a, id: 'x', revision: 3 } as typeof a)).toBe(true);
    expect(sameContent(a, { ...a, title: '别的标题' })).toBe(false);
    expect(Object.keys(articleContent({ ...a, id: 'x' } as typeof a))).toEqual(Object.keys(emptyContent()));
  });
});
