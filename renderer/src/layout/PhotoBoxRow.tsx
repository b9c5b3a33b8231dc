import { ppiLevel, ppiMessage } from '../../../shared/model/photo';
import {
  columnsWidthMm,
  cropControls,
  lineMm,
  zoomCrop,
  type PhotoBox,
  type PhotoPlacement,
} from '../../../shared/layout/photo-boxes';
import type { PagePreset } from '../../../shared/layout/presets';
import { usePhotoUrl } from '../photos/use-photo-url';
import { FractionSlider, LinesInput, SpanSelect } from './GridInputs';

/** The 放大 steps a crop offers. */
const ZOOMS = [1, 1.25, 1.5, 2, 3, 4];

/**
 * One photo of a placed report in the planner: its thumbnail, its box on the
 * module's grid (栏 and 行), its crop (放大 and the centre kept, 左右 / 上下),
 * and its effective resolution at that size, with a warning under 170 ppi
 * and an error under 100 ppi. Every change is a new placement of the photo;
 * the picture and the report are never changed.
 */
export function PhotoBoxRow({
  box,
  span,
  preset,
  onSet,
}: {
  box: PhotoBox;
  span: number;
  preset: PagePreset;
  onSet(next: PhotoPlacement): void;
}) {
  const { url } = usePhotoUrl(box.photo.hash, 'thumb');
  const aspect = box.widthMm / box.heightMm;
  const controls = cropControls(box.photo, aspect, box.crop);
  const level = ppiLevel(box.ppi);
  const label = `图片${box.index + 1}`;
  const set = (patch: Partial<{ columns: number; lines: number; zoom: number; x: number; y: number }>) => {
    const columns = patch.columns ?? box.columns;
    const lines = patch.lines ?? box.lines;
    // The crop follows the box's new shape, keeping its zoom and centre.
    const crop = zoomCrop(box.photo, columnsWidthMm(preset, columns) / (lines * lineMm(preset)), {
      zoom: patch.zoom ?? controls.zoom,
      focus: { x: patch.x ?? controls.focus.x, y: patch.y ?? controls.focus.y },
    });
    onSet({ hash: box.photo.hash, columns, lines, crop });
  };
  return (
    <li className="photo-box-row" data-testid="photo-box" aria-label={label}>
      {url ? (
        <img src={url} alt={box.photo.caption || label} className="photo-thumb" />
      ) : (
        <span className="photo-thumb" />
      )}
      <SpanSelect label={`${label}占栏`} columns={span} value={box.columns} onChange={(columns) => set({ columns })} />
      <LinesInput label={`${label}行数`} min={2} value={box.lines} onChange={(lines) => set({ lines })} />
      <select aria-label={`${label}放大`} value={controls.zoom} onChange={(e) => set({ zoom: Number(e.target.value) })}>
        {[...new Set([...ZOOMS, controls.zoom])]
          .sort((a, b) => a - b)
          .map((z) => (
            <option key={z} value={z}>
              裁切 {Math.round(z * 100)}%
            </option>
          ))}
      </select>
      <FractionSlider caption="左右" label={`${label}裁切左右`} value={controls.focus.x} onChange={(x) => set({ x })} />
      <FractionSlider caption="上下" label={`${label}裁切上下`} value={controls.focus.y} onChange={(y) => set({ y })} />
      <span className={level === 'ok' ? 'status' : 'status over'} data-testid="photo-ppi" data-level={level}>
        {ppiMessage(box.ppi)}
      </span>
    </li>
  );
}
