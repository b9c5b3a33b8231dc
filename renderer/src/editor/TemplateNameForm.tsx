import { useState } from 'react';

/** 存为模板: asks for the template's name (the article's kind to start with). */
export function TemplateNameForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: string;
  onSave(name: string): void;
  onCancel(): void;
}) {
  const [name, setName] = useState(initial);
  return (
    <form
      className="find-bar"
      aria-label="存为模板"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(name.trim());
      }}
    >
      <input
        aria-label="模板名称"
        placeholder="模板名称"
        value={name}
        maxLength={30}
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit" disabled={!name.trim()}>
        保存模板
      </button>
      <button type="button" onClick={onCancel}>
        取消
      </button>
    </form>
  );
}
