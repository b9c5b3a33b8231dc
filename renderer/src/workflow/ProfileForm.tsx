import { useState } from 'react';
import { Problem } from '../app/Problem';
import { ProfileSchema, ROLES, type Profile, type Role } from '../../../shared/workflow/roles';

/** Name and role (记者 / 通讯员 / 编辑 / 值班主任): asked on first run, changed in 设置. */
export function ProfileForm({
  initial,
  onSave,
  submitLabel = '保存',
}: {
  initial: Profile | null;
  onSave(profile: Profile): Promise<void>;
  submitLabel?: string;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [role, setRole] = useState<Role>(initial?.role ?? '记者');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="form-row"
      aria-label="姓名和身份"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = ProfileSchema.safeParse({ name, role });
        if (!parsed.success) {
          setProblem(parsed.error.issues[0]!.message);
          return;
        }
        onSave(parsed.data).then(
          () => setProblem(null),
          (error: Error) => setProblem(error.message),
        );
      }}
    >
      <label>
        姓名
        <input
          aria-label="姓名"
          value={name}
          maxLength={20}
          onChange={(e) => {
            setName(e.target.value);
            // The message about the name goes once the name is right.
            if (problem && ProfileSchema.safeParse({ name: e.target.value, role }).success) setProblem(null);
          }}
        />
      </label>
      <label>
        身份
        <select aria-label="身份" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary">
        {submitLabel}
      </button>
      <Problem as="span" message={problem} />
    </form>
  );
}

/** 欢迎: the first-run dialog, until the user has said who they are. */
export function FirstRunDialog({ onSave }: { onSave(profile: Profile): Promise<void> }) {
  return (
    <div className="dialog" role="dialog" aria-label="欢迎使用采编台">
      <h2>欢迎使用采编台</h2>
      <p className="muted">请填写姓名并选择身份。每次保存、投稿和签发都会记下是谁做的；以后可以在“设置”中修改。</p>
      <ProfileForm initial={null} onSave={onSave} submitLabel="开始使用" />
    </div>
  );
}
