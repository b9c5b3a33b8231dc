/** Chooses how many of the grid's columns something spans (1 栏 … `columns` 栏). */
export function SpanSelect({
  label,
  columns,
  value,
  onChange,
}: {
  label: string;
  columns: number;
  value: number;
  onChange(span: number): void;
}) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {Array.from({ length: columns }, (_, n) => n + 1).map((n) => (
        <option key={n} value={n}>
          {n} 栏
        </option>
      ))}
    </select>
  );
}

/** A height in body lines (高 … 行), never less than `min`; digits only. */
export function LinesInput({
  label,
  min,
  value,
  onChange,
}: {
  label: string;
  min: number;
  value: number;
  onChange(lines: number): void;
}) {
  return (
    <label>
      高
      <input
        aria-label={label}
        inputMode="numeric"
        size={3}
        value={value}
        onChange={(e) => onChange(Math.max(min, Number(e.target.value.replace(/\D/g, '')) || min))}
      />
      行
    </label>
  );
}

/** A position from 0 to 1 on a slider (the centre a crop keeps, across or down). */
export function FractionSlider({
  caption,
  label,
  value,
  onChange,
}: {
  caption: string;
  label: string;
  value: number;
  onChange(value: number): void;
}) {
  return (
    <label>
      {caption}
      <input
        type="range"
        aria-label={label}
        min={0}
        max={100}
        value={Math.round(value * 100)}
        onChange={(e) => onChange(Number(e.target.value) / 100)}
      />
    </label>
  );
}
