import { z } from 'zod';

/** Print sizes in 号 and their points (domain notes; calibrations differ between layout systems, so editable). */
export const HAO_POINTS: Record<string, number> = {
  初号: 42,
  一号: 27.5,
  小一: 24,
  二号: 21,
  小二: 18,
  三号: 15.75,
  四号: 13.75,
  小四: 12,
  五号: 10.5,
  小五: 9,
  六号: 7.875,
  七号: 5.25,
};

/** One row of the 号-to-pt table: a size name (小五) and its points. */
export const TypeSizeSchema = z.object({
  name: z.string().trim().min(1, '字号名称不能为空').max(6),
  pt: z.number().min(3, '字号至少 3 磅').max(100, '字号最多 100 磅'),
});

/** A row of the 号-to-pt table. */
export type TypeSize = z.infer<typeof TypeSizeSchema>;

/** The standard 号-to-pt table as rows (the paper may calibrate its own). */
export const BUILT_IN_SIZES: readonly TypeSize[] = Object.entries(HAO_POINTS).map(([name, pt]) => ({ name, pt }));

/** The 号-to-pt table as a lookup (the standard points for any 号 the paper's table lacks). */
export function sizeTable(rows: readonly TypeSize[]): Record<string, number> {
  return { ...HAO_POINTS, ...Object.fromEntries(rows.map((r) => [r.name, r.pt])) };
}

/** How a page prints: 黑白 (black ink only: no C, M or Y anywhere) or 彩色 (text and rules still black ink only). */
export const PAGE_INKS = ['mono', 'colour'] as const;

/** A page's ink. */
export type PageInk = (typeof PAGE_INKS)[number];

/** The Chinese names of the inks. */
export const INK_LABELS: Record<PageInk, string> = { mono: '黑白', colour: '彩色' };

/** A page preset: trim size, margins, the column grid, body size and line spacing. */
export const PagePresetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,30}$/),
  name: z.string().min(1).max(20),
  widthMm: z.number().positive().max(1000),
  heightMm: z.number().positive().max(1500),
  marginMm: z.object({
    top: z.number().min(0),
    right: z.number().min(0),
    bottom: z.number().min(0),
    left: z.number().min(0),
  }),
  columns: z.number().int().min(1).max(12),
  /** Characters per column line at the body size. */
  charsPerColumn: z.number().int().min(4).max(40),
  /** Body size in points (小五 9 pt by default). */
  bodyPt: z.number().min(5).max(20),
  /** Line height as a multiple of the body size. */
  lineHeight: z.number().min(1).max(3),
  /** Whether pages of this preset print 黑白 or 彩色 unless a page says otherwise. */
  ink: z.enum(PAGE_INKS).default('mono'),
});

/** A page preset. */
export type PagePreset = z.infer<typeof PagePresetSchema>;

const margins = (mm: number) => ({ top: mm, right: mm, bottom: mm, left: mm });

/**
 * The built-in presets: 对开 (about 390 × 540 mm, 8 columns of 13 小五
 * characters), 四开 (about 270 × 390 mm, 6 columns of 11), A3 and A4. Plants
 * differ: every figure is editable per paper.
 */
export const BUILT_IN_PRESETS: readonly PagePreset[] = [
  {
    id: 'duikai',
    name: '对开',
    widthMm: 390,
    heightMm: 540,
    marginMm: margins(18),
    columns: 8,
    charsPerColumn: 13,
    bodyPt: 9,
    lineHeight: 1.5,
    ink: 'mono',
  },
  {
    id: 'sikai',
    name: '四开',
    widthMm: 270,
    heightMm: 390,
    marginMm: margins(15),
    columns: 6,
    charsPerColumn: 11,
    bodyPt: 9,
    lineHeight: 1.5,
    ink: 'mono',
  },
  {
    id: 'a3',
    name: 'A3',
    widthMm: 297,
    heightMm: 420,
    marginMm: margins(15),
    columns: 6,
    charsPerColumn: 13,
    bodyPt: 9,
    lineHeight: 1.5,
    ink: 'mono',
  },
  {
    id: 'a4',
    name: 'A4',
    widthMm: 210,
    heightMm: 297,
    marginMm: margins(15),
    columns: 4,
    charsPerColumn: 13,
    bodyPt: 9,
    lineHeight: 1.5,
    ink: 'mono',
  },
];

/** Millimetres per point. */
export const MM_PER_PT = 25.4 / 72;

/** Characters a module spanning `span` columns sets per line: 13n + (n − 1) with one-character gutters. */
export function moduleChars(preset: Pick<PagePreset, 'charsPerColumn'>, span: number): number {
  return preset.charsPerColumn * span + (span - 1);
}

/** The width in millimetres of `chars` body characters. */
export function charsWidthMm(preset: Pick<PagePreset, 'bodyPt'>, chars: number): number {
  return chars * preset.bodyPt * MM_PER_PT;
}

/** Body lines in a column `heightMm` tall. */
export function linesIn(preset: Pick<PagePreset, 'bodyPt' | 'lineHeight'>, heightMm: number): number {
  return Math.floor(heightMm / (preset.bodyPt * preset.lineHeight * MM_PER_PT));
}

/** The Chinese message when a preset's column grid does not fit between its margins, or null. */
export function presetProblem(preset: PagePreset): string | null {
  const room = preset.widthMm - preset.marginMm.left - preset.marginMm.right;
  const grid = charsWidthMm(preset, moduleChars(preset, preset.columns));
  if (room <= 0) return `“${preset.name}”的页边距比版面还宽`;
  if (grid > room + 0.01)
    return `“${preset.name}”的 ${preset.columns} 栏 × ${preset.charsPerColumn} 字（${grid.toFixed(1)} 毫米）比版心（${room.toFixed(1)} 毫米）宽，请减少栏数、每栏字数或字号`;
  return null;
}
