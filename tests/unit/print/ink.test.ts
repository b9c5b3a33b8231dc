import { describe, expect, it } from 'vitest';
import { greyColourOperators, isNeutral, luminance } from '../../../shared/print/ink';

describe('colour operators for newsprint', () => {
  it('turns RGB black, greys and white into DeviceGray on any page', () => {
    const stream =
      '0 0 0 RG 0 0 0 rg\nBT /F4 10.5 Tf <0013> Tj ET\n1 1 1 RG 1 1 1 rg\n.2 .2 .2 rg 0.50196 0.50196 0.50196 RG';
    const { stream: out, rgbLeft } = greyColourOperators(stream, false);
    expect(out).toBe('0 G 0 g\nBT /F4 10.5 Tf <0013> Tj ET\n1 G 1 g\n0.2 g 0.502 G');
    expect(rgbLeft).toBe(0);
  });

  it('keeps colour on a 彩色 page and greys it on a 黑白 page', () => {
    const stream = 'q .8 0 0 rg 0 0 10 10 re f Q';
    expect(greyColourOperators(stream, false)).toEqual({ stream, rgbLeft: 1 });
    expect(greyColourOperators(stream, true)).toEqual({ stream: 'q 0.2392 g 0 0 10 10 re f Q', rgbLeft: 0 });
  });

  it('treats components within one 8-bit step as equal, and leaves other operators and hex strings alone', () => {
    expect(isNeutral(0.2, 0.2039, 0.2)).toBe(true);
    expect(isNeutral(0.2, 0.21, 0.2)).toBe(false);
    expect(luminance(1, 1, 1)).toBeCloseTo(1);
    const stream = '<0000 0 0 rg> Tj 3.125 0 0 3.125 0 0 cm 0 0 1 k';
    expect(greyColourOperators(stream, true).stream).toBe(stream);
  });
});
