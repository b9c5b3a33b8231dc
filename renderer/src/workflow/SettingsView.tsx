import { useCallback, useEffect, useState } from 'react';
import { useNotify } from '../app/notify';
import type { TrustedSender, WorkflowSettings } from '../../../shared/workflow/submission';
import { useClient } from '../api/use-client';
import { downloadText, readTextFile } from '../file-io';
import { ProfileForm } from './ProfileForm';
import { useProfile } from './profile-context';

/**
 * 设置: the user's name and role; this installation's key (fingerprint, and
 * its public key file for the desk); the 投稿箱 a correspondent writes to and
 * the 收稿箱 the desk watches (often a network share); the senders trusted,
 * with their keys imported once from .cdkey files; and whether an unknown
 * sender is accepted on first sight, with a warning.
 */
export function SettingsView() {
  const notify = useNotify();
  const client = useClient();
  const { profile, fingerprint, save, chiefPassphraseSet } = useProfile();
  const [settings, setSettings] = useState<WorkflowSettings | null>(null);
  const [trusted, setTrusted] = useState<TrustedSender[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  const reload = useCallback(() => {
    Promise.all([client.call('settings.get'), client.call('trust.list')])
      .then(([s, t]) => {
        setSettings(s);
        setTrusted(t);
      })
      .catch((e: unknown) => notify.fail(e));
  }, [client, notify]);
  useEffect(reload, [reload]);

  if (!settings) return <p className="muted">正在读取设置…</p>;
  return (
    <section className="settings" aria-label="设置">
      <h2>姓名和身份</h2>
      <ProfileForm
        initial={profile}
        passphraseSet={chiefPassphraseSet}
        onSave={async (p, passphrase) => {
          await save(p, passphrase);
          setSaved('已保存姓名和身份');
        }}
      />
      <h2>本机密钥</h2>
      <p>
        密钥指纹：<code data-testid="fingerprint">{fingerprint}</code>
      </p>
      <button
        type="button"
        onClick={() =>
          void client
            .call('profile.exportKey')
            .then(({ fileName, text }) => downloadText(fileName, text, 'application/json'))
            .catch((e: unknown) => notify.fail(e))
        }
      >
        导出我的公钥…
      </button>
      <p className="muted">
        把公钥文件（.cdkey）交给编辑部导入一次，编辑部就能核实你的投稿确实出自你手、途中未被改动。
      </p>

      <h2>投稿箱和收稿箱</h2>
      <form
        aria-label="收稿设置"
        onSubmit={(e) => {
          e.preventDefault();
          client
            .call('settings.save', settings)
            .then(() => setSaved('已保存收稿设置'))
            .catch((e: unknown) => notify.fail(e));
        }}
      >
        <label className="form-row">
          投稿箱（投稿文件写入的文件夹）
          <input
            aria-label="投稿箱文件夹"
            size={50}
            value={settings.outboxDir}
            onChange={(e) => setSettings({ ...settings, outboxDir: e.target.value })}
          />
        </label>
        <label className="form-row">
          收稿箱（编辑部监视的文件夹）
          <input
            aria-label="收稿箱文件夹"
            size={50}
            value={settings.inboxDir}
            onChange={(e) => setSettings({ ...settings, inboxDir: e.target.value })}
          />
        </label>
        <label className="form-row">
          陌生发件人
          <select
            aria-label="陌生发件人"
            value={settings.trustMode}
            onChange={(e) => setSettings({ ...settings, trustMode: e.target.value as WorkflowSettings['trustMode'] })}
          >
            <option value="trusted-only">拒收，放入“未通过”</option>
            <option value="first-sight">首次见到即接受（会提示核对指纹）</option>
          </select>
        </label>
        <button type="submit" className="primary">
          保存收稿设置
        </button>
      </form>

      <h2>信任名单</h2>
      <label className="form-row">
        导入公钥文件（.cdkey）
        <input
          type="file"
          accept=".cdkey,application/json"
          aria-label="导入公钥文件"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            readTextFile(file, 10_000, () => '这不是公钥文件（太大）。')
              .then((text) => client.call('trust.importKey', { text }))
              .then((entry) => {
                setSaved(`已信任 ${entry.role} ${entry.name}（指纹 ${entry.fingerprint}）`);
                reload();
              })
              .catch((e: unknown) => notify.fail(e));
          }}
        />
      </label>
      {trusted.length === 0 ? (
        <p className="muted">还没有信任的发件人。</p>
      ) : (
        <table aria-label="信任的发件人">
          <thead>
            <tr>
              <th>姓名</th>
              <th>身份</th>
              <th>密钥指纹</th>
              <th>来源</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {trusted.map((t) => (
              <tr key={t.fingerprint}>
                <td>{t.name}</td>
                <td>{t.role}</td>
                <td>
                  <code>{t.fingerprint}</code>
                </td>
                <td>{t.how === 'imported' ? '导入公钥' : '首次见到时接受'}</td>
                <td>
                  <button
                    type="button"
                    onClick={() =>
                      void client
                        .call('trust.remove', { fingerprint: t.fingerprint })
                        .then(reload)
                        .catch((e: unknown) => notify.fail(e))
                    }
                  >
                    移除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {saved && (
        <p role="status" className="notices">
          {saved}
        </p>
      )}
    </section>
  );
}
