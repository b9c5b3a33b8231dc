import { useState } from 'react';
import { Problem } from '../app/Problem';
import { errorMessage } from '../app/notify';
import {
  INK_LABELS,
  PAGE_INKS,
  PagePresetSchema,
  presetProblem,
  type PageInk,
  type PagePreset,
} from '../../../shared/layout/presets';
import { MastheadSchema, type Masthead } from '../../../shared/layout/masthead';
import { MastheadFields } from './MastheadFields';

interface Props {
  presets: readonly PagePreset[];
  masthead: Masthead;
  onSave(presets: PagePreset[], masthead: Masthead): Promise<void>;
  onCancel(): void;
}

type NumberField = 'widthMm' | 'heightMm' | 'columns' | 'charsPerColumn' | 'bodyPt' | 'lineHeight';

const FIELDS: ReadonlyArray<[NumberField, string]> = [
  ['widthMm', '宽（毫米）'],
  ['heightMm', '高（毫米）'],
  ['columns', '栏数'],
  ['charsPerColumn', '每栏字数'],
  ['bodyPt', '正文字号（磅）'],
  ['lineHeight', '行距（倍）'],
];

/**
 * 版式设置: the paper's page presets, every figure editable (plants differ):
 * trim size, margins, columns and characters per column, body size (小五 is
 * 9 pt) and line spacing, and the 报头 第1版 carries. A grid wider than its
 * page is refused.
 */
export function PresetsEditor({ presets, masthead, onSave, onCancel }: Props) {
  const [rows, setRows] = useState<PagePreset[]>(() => presets.map((p) => ({ ...p, marginMm: { ...p.marginMm } })));
  const [head, setHead] = useState<Masthead>(masthead);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (index: number, patch: Partial<PagePreset>) =>
    setRows((list) => list.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const save = async () => {
    const problems = rows.flatMap((p) => {
      const parsed = PagePresetSchema.safeParse(p);
      if (!parsed.success) return [`“${p.name}”：${parsed.error.issues[0]?.message}`];
      const grid = presetProblem(p);
      return grid ? [grid] : [];
    });
    const headCheck = MastheadSchema.safeParse(head);
    if (!headCheck.success) problems.push(`报头：${headCheck.error.issues[0]?.message}`);
    if (problems.length > 0) {
      setProblem(problems.join('\n'));
      return;
    }
    try {
      await onSave(rows, head);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <div className="dialog" role="dialog" aria-label="版式设置">
      <h2>版式设置</h2>
      <table aria-label="版式">
        <thead>
          <tr>
            <th>名称</th>
            {FIELDS.map(([, label]) => (
              <th key={label}>{label}</th>
            ))}
            <th>页边距（毫米）</th>
            <th>色彩</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p, i) => (
            <tr key={p.id}>
              <td>
                <input
                  aria-label={`${p.id} 名称`}
                  value={p.name}
                  size={6}
                  onChange={(e) => set(i, { name: e.target.value })}
                />
              </td>
              {FIELDS.map(([field, label]) => (
                <td key={field}>
                  <input
                    aria-label={`${p.name}${label}`}
                    inputMode="decimal"
                    size={5}
                    value={p[field]}
                    onChange={(e) => set(i, { [field]: Number(e.target.value) || 0 })}
                  />
                </td>
              ))}
              <td>
                <input
                  aria-label={`${p.name}页边距`}
                  inputMode="decimal"
                  size={4}
                  value={p.marginMm.left}
                  onChange={(e) => {
                    const mm = Number(e.target.value) || 0;
                    set(i, { marginMm: { top: mm, right: mm, bottom: mm, left: mm } });
                  }}
                />
              </td>
              <td>
                <select
                  aria-label={`${p.name}色彩`}
                  title="这种版式的版面默认印黑白还是彩色（各版可另选）"
                  value={p.ink}
                  onChange={(e) => set(i, { ink: e.target.value as PageInk })}
                >
                  {PAGE_INKS.map((ink) => (
                    <option key={ink} value={ink}>
                      {INK_LABELS[ink]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <MastheadFields value={head} onChange={setHead} />
      <Problem as="pre" className="error import-problem" message={problem} />
      <div className="form-row">
        <button type="button" className="primary" onClick={() => void save()}>
          保存版式
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </div>
  );
}
