import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import sharp from 'sharp';
import { greyColourOperators } from '../../shared/print/ink';

/** What the plant step did to a PDF, for tests and the benchmark. */
export interface PlantReport {
  /** Content streams rewritten. */
  streams: number;
  /** Pictures converted to greyscale (on 黑白 pages). */
  greyedImages: number;
  /** Colour operators left in RGB (colour on a 彩色 page). */
  rgbLeft: number;
}

const name = (n: string) => PDFName.of(n);

/** The object behind a reference (or the object itself). */
function resolve(context: PDFContext, value: PDFObject | undefined): PDFObject | undefined {
  return value instanceof PDFRef ? context.lookup(value) : value;
}

/** True when an image's colour space has three components (DeviceRGB, or ICCBased with N 3). */
function isRgbSpace(context: PDFContext, space: PDFObject | undefined): boolean {
  const value = resolve(context, space);
  if (value instanceof PDFName) return value === name('DeviceRGB') || value === name('CalRGB');
  if (value instanceof PDFArray && value.size() >= 2) {
    const kind = value.get(0);
    if (kind === name('ICCBased')) {
      const profile = resolve(context, value.get(1));
      const n = profile instanceof PDFRawStream ? profile.dict.lookup(name('N')) : undefined;
      return n instanceof PDFNumber && n.asNumber() === 3;
    }
    if (kind === name('CalRGB')) return true;
  }
  return false;
}

/** An RGB image stream as a greyscale one: JPEGs re-encoded as greyscale JPEGs, others as Flate-compressed grey samples. */
async function greyImage(context: PDFContext, image: PDFRawStream): Promise<PDFRawStream | null> {
  const dict = image.dict;
  const width = (dict.lookup(name('Width')) as PDFNumber).asNumber();
  const height = (dict.lookup(name('Height')) as PDFNumber).asNumber();
  const bits = dict.lookup(name('BitsPerComponent'));
  const filter = resolve(context, dict.get(name('Filter')));
  const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  const keep: Record<string, PDFObject> = {};
  for (const key of ['SMask', 'Interpolate', 'Intent']) {
    const value = dict.get(name(key));
    if (value) keep[key] = value;
  }
  // The same image, one grey sample per pixel; its mask, interpolation and intent kept.
  const greyDict = {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 8,
    ...keep,
  };
  if (filters.length === 1 && filters[0] === name('DCTDecode')) {
    const jpeg = await sharp(Buffer.from(image.contents)).greyscale().jpeg({ quality: 90 }).toBuffer();
    return context.stream(jpeg, { ...greyDict, Filter: 'DCTDecode' });
  }
  if (!(bits instanceof PDFNumber) || bits.asNumber() !== 8) return null;
  const samples = decodePDFRawStream(image).decode();
  if (samples.length < width * height * 3) return null;
  const grey = await sharp(Buffer.from(samples.buffer, samples.byteOffset, width * height * 3), {
    raw: { width, height, channels: 3 },
  })
    .greyscale()
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  return context.flateStream(grey, greyDict);
}

/**
 * Makes a PDF from Chromium ready for a newspaper plant, in JavaScript (no
 * program the users' machines lack): on every page, black, greys and white in
 * every content stream (the page's and its forms') become DeviceGray, so
 * text and rules print on K alone; on a 黑白 page (`grey(index)`), all other
 * colours become their grey, every RGB picture is converted to greyscale and
 * the page's transparency group blends in grey, so no C, M or Y is used at
 * all. Fonts and everything else are left as Chromium wrote them.
 */
export async function plantReadyPdf(
  bytes: Uint8Array,
  grey: (pageIndex: number) => boolean,
): Promise<{ pdf: Uint8Array; report: PlantReport }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const context = doc.context;
  const report: PlantReport = { streams: 0, greyedImages: 0, rgbLeft: 0 };
  const doneStreams = new Set<PDFRef>();
  const doneImages = new Set<PDFRef>();

  const rewriteStream = (ref: PDFRef, isGrey: boolean) => {
    if (doneStreams.has(ref)) return;
    doneStreams.add(ref);
    const stream = context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) return;
    const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    const { stream: rewritten, rgbLeft } = greyColourOperators(text, isGrey);
    report.rgbLeft += rgbLeft;
    report.streams++;
    if (rewritten === text) return;
    const dict: Record<string, PDFObject> = {};
    for (const [key, value] of stream.dict.entries())
      if (!['Length', 'Filter', 'DecodeParms'].includes(key.asString().slice(1))) dict[key.asString().slice(1)] = value;
    context.assign(ref, context.flateStream(Buffer.from(rewritten, 'latin1'), dict));
  };

  const visitResources = async (resources: PDFDict | undefined, isGrey: boolean) => {
    const xobjects = resources?.lookupMaybe(name('XObject'), PDFDict);
    if (!xobjects) return;
    for (const [, value] of xobjects.entries()) {
      if (!(value instanceof PDFRef)) continue;
      const object = context.lookup(value);
      if (!(object instanceof PDFRawStream)) continue;
      const subtype = object.dict.lookup(name('Subtype'));
      if (subtype === name('Form')) {
        rewriteStream(value, isGrey);
        await visitResources(object.dict.lookupMaybe(name('Resources'), PDFDict), isGrey);
      } else if (subtype === name('Image') && isGrey && !doneImages.has(value)) {
        doneImages.add(value);
        if (!isRgbSpace(context, object.dict.get(name('ColorSpace')))) continue;
        const greyed = await greyImage(context, object);
        if (greyed) {
          context.assign(value, greyed);
          report.greyedImages++;
        }
      }
    }
  };

  for (const [index, page] of doc.getPages().entries()) {
    const isGrey = grey(index);
    const node = page.node;
    const contents = node.get(name('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) if (ref instanceof PDFRef) rewriteStream(ref, isGrey);
    await visitResources(node.Resources(), isGrey);
    const group = node.lookupMaybe(name('Group'), PDFDict);
    if (isGrey && group) group.set(name('CS'), name('DeviceGray'));
  }
  const pdf = await doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
  return { pdf, report };
}
