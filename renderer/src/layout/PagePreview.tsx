import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { layoutPages, sheetSizeMm, type PrintPage } from '../../../shared/layout/page-html';
import { photoHashes } from '../../../shared/model/photo';
import { useClient } from '../api/use-client';
import { photoUrl } from '../photos/use-photo-url';

/** The view renditions of the photos on a page, by hash, as they load (the boxes show empty frames until then). */
function usePagePictures(page: PrintPage): ReadonlyMap<string, string> {
  const client = useClient();
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(new Map());
  const hashes = photoHashes(...page.modules.map((m) => m.content.body)).join(',');
  useEffect(() => {
    let live = true;
    const wanted = hashes ? hashes.split(',') : [];
    void Promise.all(
      wanted.map((hash) =>
        photoUrl(client, hash, 'view').then(
          (url) => [hash, url] as const,
          () => null,
        ),
      ),
    ).then((found) => {
      if (live) setUrls(new Map(found.filter((f): f is readonly [string, string] => f !== null)));
    });
    return () => {
      live = false;
    };
  }, [client, hashes]);
  return urls;
}

/** CSS pixels per millimetre. */
const PX_PER_MM = 96 / 25.4;

/** The preview's zooms: the page fitted to the column, at print size (100%), and twice that. */
const ZOOMS = [
  ['fit', '适合页面'],
  [1, '100%'],
  [2, '200%'],
] as const;

type Zoom = (typeof ZOOMS)[number][0];

/**
 * 预览: a page exactly as it prints, from the same layout the PDF is made of
 * (`layoutPages`), scaled to `width` pixels. The markup goes into a shadow
 * root and its stylesheet is adopted as a constructed sheet, so the preview
 * keeps the print styles apart from the app's and needs no inline styles
 * under the renderer's strict CSP. The fonts are the bundled Noto fonts the
 * renderer already loads. 适合页面 / 100% / 200% zoom it (100% is the printed
 * size on a 96 dpi screen); zoomed in, the page scrolls in its frame.
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
  const [zoom, setZoom] = useState<Zoom>('fit');
  const sheet = sheetSizeMm(page.preset, false);
  const scale = zoom === 'fit' ? width / (sheet.widthMm * PX_PER_MM) : zoom;
  const pictures = usePagePictures(page);
  const mono = (page.ink ?? page.preset.ink) === 'mono';
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const layout = layoutPages([page], {
      sizes,
      pictureOf: (box) => {
        const src = pictures.get(box.photo.hash);
        return src ? { src, cropped: false } : null;
      },
    });
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
      const styles = new CSSStyleSheet();
      styles.replaceSync(
        `${layout.css}\n:host { display: block; overflow: hidden; }\n.sheets { transform: scale(${scale}); transform-origin: 0 0; box-shadow: 0 1px 4px rgba(0,0,0,.3); }` +
          // A 黑白 page prints its pictures in grey; the preview shows them so (the PDF gets grey renditions).
          (mono ? '\n.pframe img { filter: grayscale(1); }' : ''),
      );
      root.adoptedStyleSheets = [styles];
    }
    // The markup is made by layoutPages from escaped text: class names only, no script, no style attributes.
    root.innerHTML = `<div class="sheets" part="sheets">${layout.body}</div>`;
  }, [page, sizes, scale, pictures, mono]);
  return (
    <div className="preview-frame" style={{ width }}>
      <div role="group" aria-label="预览缩放" className="form-row">
        {ZOOMS.map(([value, label]) => (
          <button key={label} type="button" aria-pressed={zoom === value} onClick={() => setZoom(value)}>
            {label}
          </button>
        ))}
      </div>
      <div className="preview-scroll" data-testid="preview-scroll">
        <div
          ref={host}
          className="page-preview"
          data-testid="page-preview"
          data-zoom={zoom}
          role="img"
          aria-label={`第${page.folio.pageNumber}版预览`}
          style={{
            width: Math.ceil(sheet.widthMm * PX_PER_MM * scale),
            height: Math.ceil(sheet.heightMm * PX_PER_MM * scale),
          }}
        />
      </div>
    </div>
  );
}
