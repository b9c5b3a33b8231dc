/**
 * Ink on newsprint: black text and rules must print with black ink only (K).
 * Chromium writes every colour as DeviceRGB (`0 0 0 rg`), which a plant's RIP
 * turns into a four-ink black that misregisters on newsprint. These rewrite
 * the colour operators of a PDF content stream so that every neutral colour
 * (black, greys, white) is DeviceGray, which prints on K alone, and, on a
 * 黑白 page, every other colour too (as its luminance).
 */

/** Two components closer than this (of 1) are the same: Chromium writes 8-bit colours as decimals. */
const SAME = 1 / 255 + 1e-9;

/** A number as a content stream writes it: at most four decimals, no trailing zeros. */
function number(value: number): string {
  const clamped = Math.min(1, Math.max(0, value));
  return String(Math.round(clamped * 10_000) / 10_000);
}

/** The grey a colour prints as on a 黑白 page: its luminance (ITU-R BT.601 weights, as greyscale conversions use). */
export function luminance(r: number, g: number, b: number): number {
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/** True when an RGB colour is a neutral (black, a grey or white). */
export function isNeutral(r: number, g: number, b: number): boolean {
  return Math.abs(r - g) <= SAME && Math.abs(g - b) <= SAME && Math.abs(r - b) <= SAME;
}

// `r g b rg` (fill) and `r g b RG` (stroke), each operand a PDF number, between
// whitespace or delimiters. Chromium writes text as hex glyph strings, so no
// literal string can hold this pattern.
const RGB_OPERATOR =
  /(^|[\s\]>)])(-?(?:\d+\.?\d*|\.\d+))\s+(-?(?:\d+\.?\d*|\.\d+))\s+(-?(?:\d+\.?\d*|\.\d+))\s+(rg|RG)(?=[\s/[<(]|$)/g;

/**
 * A content stream with its RGB colour operators rewritten: neutrals to
 * DeviceGray (`g`/`G`) always; other colours to their grey when `grey` (a
 * 黑白 page), else kept (a colour page may print a red headline in colour).
 * Returns the stream and how many operators are still RGB.
 */
export function greyColourOperators(stream: string, grey: boolean): { stream: string; rgbLeft: number } {
  let rgbLeft = 0;
  const out = stream.replace(RGB_OPERATOR, (whole, before: string, rs: string, gs: string, bs: string, op: string) => {
    const [r, g, b] = [Number(rs), Number(gs), Number(bs)];
    if (isNeutral(r, g, b)) return `${before}${number((r + g + b) / 3)} ${op === 'rg' ? 'g' : 'G'}`;
    if (grey) return `${before}${number(luminance(r, g, b))} ${op === 'rg' ? 'g' : 'G'}`;
    rgbLeft++;
    return whole;
  });
  return { stream: out, rgbLeft };
}
