import { LinesInput } from './GridInputs';
import type { Masthead } from '../../../shared/layout/masthead';

/** The masthead's words, each a labelled field: its key, the label shown, the field's name and a hint. */
const TEXT_FIELDS: ReadonlyArray<[keyof Pick<Masthead, 'name' | 'publisher' | 'serial'>, string, string, string]> = [
  ['name', '报名', '报头报名', '留空则用各期的报名'],
  ['publisher', '主办', '报头主办单位', '如 中共中原区委主办'],
  ['serial', '刊号', '报头刊号', '如 国内统一连续出版物号 CN41-0000'],
];

/** 报头 in 版式设置: whether 第1版 carries the masthead, its name, publisher, serial number and height. */
export function MastheadFields({ value, onChange }: { value: Masthead; onChange(next: Masthead): void }) {
  const set = (patch: Partial<Masthead>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="masthead-fields">
      <legend>报头（第1版）</legend>
      <label>
        <input type="checkbox" checked={value.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
        第1版印报头
      </label>
      {TEXT_FIELDS.map(([key, label, name, hint]) => (
        <label key={key}>
          {label}
          <input
            aria-label={name}
            placeholder={hint}
            value={value[key]}
            onChange={(e) => set({ [key]: e.target.value })}
          />
        </label>
      ))}
      {/* No floor while typing: a height under 6 lines is refused with its reason on saving. */}
      <LinesInput label="报头行数" min={0} value={value.lines} onChange={(lines) => set({ lines })} />
    </fieldset>
  );
}
