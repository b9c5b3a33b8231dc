import type { Masthead } from '../../../shared/layout/masthead';

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
      <label>
        报名
        <input
          aria-label="报头报名"
          placeholder="留空则用各期的报名"
          value={value.name}
          onChange={(e) => set({ name: e.target.value })}
        />
      </label>
      <label>
        主办
        <input
          aria-label="报头主办单位"
          placeholder="如 中共中原区委主办"
          value={value.publisher}
          onChange={(e) => set({ publisher: e.target.value })}
        />
      </label>
      <label>
        刊号
        <input
          aria-label="报头刊号"
          placeholder="如 国内统一连续出版物号 CN41-0000"
          value={value.serial}
          onChange={(e) => set({ serial: e.target.value })}
        />
      </label>
      <label>
        高
        <input
          aria-label="报头行数"
          inputMode="numeric"
          size={3}
          value={value.lines}
          onChange={(e) => set({ lines: Number(e.target.value.replace(/\D/g, '')) || 0 })}
        />
        行
      </label>
    </fieldset>
  );
}
