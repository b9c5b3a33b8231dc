import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../electron/services/docx';
import { correspondentDocx } from '../../helpers/docx-fixture';
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
