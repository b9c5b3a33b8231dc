import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../electron/services/docx';
import { correspondentDocx } from '../../helpers/docx-fixture';
import { docxBomb } from '../../helpers/zip-bomb';
import { isCopydeskError } from '../../../shared/ipc/result';

const refusal = (bytes: Uint8Array) =>
  readDocx(bytes).then(
    () => null,
    (e: unknown) => (isCopydeskError(e) ? e.message : String(e)),
  );

describe('reading Word files', () => {
  it('keeps paragraphs, headings and bold, and counts the images it leaves out', async () => {
    const { html, images, warnings } = await readDocx(await correspondentDocx());
    expect(html).toContain('<h1>中原区开展春季绿化活动</h1>');
    expect(html).toContain('<strong>中原区委书记乔耸</strong>');
    expect(html).toContain('<h2>一、精心组织</h2>');
    expect(html).not.toMatch(/data:image/);
    expect(images).toBe(1);
    expect(warnings).toEqual([]);
  });

  it('keeps each picture as a photo in the archive, standing where it was; a picture the desk refuses is left out with why', async () => {
    const added: Uint8Array[] = [];
    const { html, images } = await readDocx(await correspondentDocx(), async (bytes) => {
      added.push(bytes);
      return { info: { hash: 'b2'.repeat(32), format: 'png', width: 1, height: 1 } };
    });
    expect(added).toHaveLength(1);
    expect(images).toBe(0);
    expect(html).toMatch(new RegExp(`<h2>一、精心组织</h2><p><img src="photo:${'b2'.repeat(32)}:png:1x1" /></p>`));
    const refused = await readDocx(await correspondentDocx(), async () => {
      throw new Error('不支持 GIF 动图');
    });
    expect(refused.images).toBe(1);
    expect(refused.html).not.toContain('photo:');
    expect(refused.warnings).toEqual(['有图片未能导入：不支持 GIF 动图']);
  });

  it('refuses an empty, a truncated, an old .doc and a non-Word file in Chinese', async () => {
    const docx = await correspondentDocx();
    expect(await refusal(new Uint8Array())).toBe('文件是空的。');
    expect(await refusal(docx.subarray(0, Math.floor(docx.length / 2)))).toMatch(/^Word 文件已损坏或不完整，无法读取/);
    expect(await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatch(
      /旧版 Word（\.doc）/,
    );
    expect(await refusal(new TextEncoder().encode('本报讯 3月18日，'))).toBe('这不是 Word（.docx）文件。');
  });
});

describe('Word files that unpack to far more than they weigh', () => {
  it.each([
    ['states its size', false],
    ['lies about its size', true],
  ])('a zip bomb that %s is refused quickly, without unpacking it into memory', async (_, lie) => {
    const bomb = await docxBomb(await correspondentDocx(), 200, lie);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();
    expect(await refusal(bomb)).toMatch(/^Word 文件解压后太大/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(300 * 1024 * 1024);
  });

  it('still reads a real file after the size check', async () => {
    const { html } = await readDocx(await correspondentDocx());
    expect(html).toContain('中原区开展春季绿化活动');
  });
});
