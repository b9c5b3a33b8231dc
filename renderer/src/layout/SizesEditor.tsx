import { useState } from 'react';
import { Problem } from '../app/Problem';
import { errorMessage } from '../app/notify';
import { TypeSizeSchema, type TypeSize } from '../../../shared/layout/presets';

/**
 * 字号表: the paper's 号-to-pt table. Layout systems calibrate 号 slightly
 * differently, so each paper can set its own points; headlines (二号, 小二,
 * 三号, 小四), the folio (六号) and kickers are sized from it.
 */
export function SizesEditor({
  sizes,
  onSave,
  onCancel,
}: {
  sizes: readonly TypeSize[];
  onSave(sizes: TypeSize[]): Promise<void>;
  onCancel(): void;
}) {
  const [rows, setRows] = useState(() => sizes.map((s) => ({ name: s.name, pt: String(s.pt) })));
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    const parsed = rows.map((r) => TypeSizeSchema.safeParse({ name: r.name, pt: Number(r.pt) }));
    const bad = parsed.findIndex((p) => !p.success);
    if (bad >= 0) {
      const failed = parsed[bad]!;
      setProblem(`第 ${bad + 1} 行：${failed.success ? '' : failed.error.issues[0]?.message}`);
      return;
    }
    const list = parsed.map((p) => p.data!);
    if (new Set(list.map((s) => s.name)).size !== list.length) {
      setProblem('字号名称重复');
      return;
    }
    try {
      await onSave(list);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <div className="dialog" role="dialog" aria-label="字号表">
      <h2>字号表（号 → 磅）</h2>
      <table aria-label="字号">
        <thead>
          <tr>
            <th>字号</th>
            <th>磅</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={`第 ${i + 1} 行字号`}
                  value={row.name}
                  size={4}
                  onChange={(e) =>
                    setRows((list) => list.map((r, j) => (j === i ? { ...r, name: e.target.value } : r)))
                  }
                />
              </td>
              <td>
                <input
                  aria-label={`${row.name}的磅数`}
                  inputMode="decimal"
                  value={row.pt}
                  size={6}
                  onChange={(e) => setRows((list) => list.map((r, j) => (j === i ? { ...r, pt: e.target.value } : r)))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Problem message={problem} />
      <div className="form-row">
        <button type="button" className="primary" onClick={() => void save()}>
          保存字号表
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </div>
  );
}
