import { useState } from 'react';
import { Problem } from '../app/Problem';
import {
  CHIEF_PASSPHRASE_MIN,
  CHIEF_ROLE,
  ProfileSchema,
  ROLES,
  type Profile,
  type Role,
} from '../../../shared/workflow/roles';

/**
 * Name and role (记者 / 通讯员 / 编辑 / 值班主任): asked on first run, changed
 * in 设置. Taking the 值班主任 role asks for its passphrase; the first
 * 值班主任 of the data folder sets it here (typed twice).
 */
export function ProfileForm({
  initial,
  passphraseSet,
  onSave,
  submitLabel = '保存',
}: {
  initial: Profile | null;
  passphraseSet: boolean;
  onSave(profile: Profile, passphrase?: string): Promise<void>;
  submitLabel?: string;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [role, setRole] = useState<Role>(initial?.role ?? '记者');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const asksPassphrase = role === CHIEF_ROLE && initial?.role !== CHIEF_ROLE;
  const passphraseProblem = (): string | null => {
    if (!asksPassphrase) return null;
    if (passphraseSet) return passphrase ? null : '请输入值班主任口令';
    if (passphrase.length < CHIEF_PASSPHRASE_MIN) return `请设置值班主任口令（至少 ${CHIEF_PASSPHRASE_MIN} 个字符）`;
    return passphrase === again ? null : '两次输入的口令不一致';
  };
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
        const wrong = passphraseProblem();
        if (wrong) {
          setProblem(wrong);
          return;
        }
        onSave(parsed.data, asksPassphrase ? passphrase : undefined).then(
          () => {
            setProblem(null);
            setPassphrase('');
            setAgain('');
          },
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
      {asksPassphrase && (
        <label>
          {passphraseSet ? '值班主任口令' : '设置值班主任口令'}
          <input
            type="password"
            aria-label="值班主任口令"
            autoComplete={passphraseSet ? 'current-password' : 'new-password'}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </label>
      )}
      {asksPassphrase && !passphraseSet && (
        <label>
          再次输入
          <input
            type="password"
            aria-label="再次输入口令"
            autoComplete="new-password"
            value={again}
            onChange={(e) => setAgain(e.target.value)}
          />
        </label>
      )}
      {asksPassphrase && !passphraseSet && (
        <span className="muted">本机第一位值班主任在此设置口令，以后担任值班主任和签发都要输入。</span>
      )}
      <button type="submit" className="primary">
        {submitLabel}
      </button>
      <Problem as="span" message={problem} />
    </form>
  );
}

/** 欢迎: the first-run dialog, until the user has said who they are. */
export function FirstRunDialog({
  passphraseSet,
  onSave,
}: {
  passphraseSet: boolean;
  onSave(profile: Profile, passphrase?: string): Promise<void>;
}) {
  return (
    <div className="dialog" role="dialog" aria-label="欢迎使用采编台">
      <h2>欢迎使用采编台</h2>
      <p className="muted">请填写姓名并选择身份。每次保存、投稿和签发都会记下是谁做的；以后可以在“设置”中修改。</p>
      <ProfileForm initial={null} passphraseSet={passphraseSet} onSave={onSave} submitLabel="开始使用" />
    </div>
  );
}
