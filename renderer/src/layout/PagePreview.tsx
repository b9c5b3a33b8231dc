import { useLayoutEffect, useRef } from 'react';
import { layoutPages, sheetSizeMm, type PrintPage } from '../../../shared/layout/page-html';

/** CSS pixels per millimetre. */
const PX_PER_MM = 96 / 25.4;

/**
 * 预览: a page exactly as it prints, from the same layout the PDF is made of
 * (`layoutPages`), scaled to `width` pixels. The markup goes into a shadow
 * root and its stylesheet is adopted as a constructed sheet, so the preview
 * keeps the print styles apart from the app's and needs no inline styles
 * under the renderer's strict CSP. The fonts are the bundled Noto fonts the
 * renderer already loads.
 */
export function PagePreview({
  page,
  sizes,
  width,
}: {
  page: PrintPage;
  sizes: Readonly<Record<string, number>>;
  width: number;
}) {
  const host = useRef<HTMLDivElement>(null);
  const sheet = sheetSizeMm(page.preset, false);
  const scale = width / (sheet.widthMm * PX_PER_MM);
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const layout = layoutPages([page], { sizes });
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
      const styles = new CSSStyleSheet();
      styles.replaceSync(
        `${layout.css}\n:host { display: block; overflow: hidden; }\n.sheets { transform: scale(${scale}); transform-origin: 0 0; box-shadow: 0 1px 4px rgba(0,0,0,.3); }`,
      );
      root.adoptedStyleSheets = [styles];
    }
    // The markup is made by layoutPages from escaped text: class names only, no script, no style attributes.
    root.innerHTML = `<div class="sheets" part="sheets">${layout.body}</div>`;
  }, [page, sizes, scale]);
  return (
    <div
      ref={host}
      className="page-preview"
      data-testid="page-preview"
      role="img"
      aria-label={`第${page.folio.pageNumber}版预览`}
      style={{ width, height: Math.ceil(sheet.heightMm * PX_PER_MM * scale) }}
    />
  );
}
