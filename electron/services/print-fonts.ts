/**
 * The @font-face rules of a built stylesheet, with each relative `url(./x)`
 * made absolute against `baseUrl` (the print page lives at another path than
 * the stylesheet). Used by the app's printer, which prints with the fonts the
 * renderer bundles: the @fontsource Noto woff2 files, TrueType outlines that
 * Chromium embeds as CID TrueType subsets.
 */
export function fontFaceRules(css: string, baseUrl: string): string {
  const rules = css.match(/@font-face\s*\{[^}]*\}/g) ?? [];
  return rules
    .map((rule) => rule.replace(/url\((["']?)\.\/([^)"']+)\1\)/g, (_m, _q, file: string) => `url(${baseUrl}${file})`))
    .join('\n');
}
