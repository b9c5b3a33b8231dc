import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';

/** A 1×1 PNG, for a Word file with a picture in it. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * A correspondent's Word file: the title as a heading, the lead with a name in
 * bold, a 小标题 heading, a photo, and the byline on its own paragraph.
 */
export async function correspondentDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '中原区开展春季绿化活动', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('本报讯 3月12日上午，'),
              new TextRun({ text: '中原区委书记乔耸', bold: true }),
              new TextRun('带领区直机关干部参加义务植树活动。'),
            ],
          }),
          new Paragraph({ text: '一、精心组织', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 10, height: 10 } })],
          }),
          new Paragraph('活动现场，大家挥锹铲土、扶苗培土，干劲十足。'),
          new Paragraph('通讯员 木坤坤'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
