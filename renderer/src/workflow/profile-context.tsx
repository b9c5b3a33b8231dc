import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Profile } from '../../../shared/workflow/roles';
import { useClient } from '../api/use-client';

/** The user of this installation as the renderer holds it. */
export interface ProfileState {
  profile: Profile | null;
  fingerprint: string;
  loaded: boolean;
  /** True once this data folder's first 值班主任 has set the passphrase. */
  chiefPassphraseSet: boolean;
  /** Saves name and role; taking the 值班主任 role gives its passphrase. */
  save(profile: Profile, passphrase?: string): Promise<void>;
}

const ProfileContext = createContext<ProfileState | null>(null);

/** The state once the main process has said who the user is. */
const loaded = (p: { profile: Profile | null; fingerprint: string; chiefPassphraseSet: boolean }) => ({
  profile: p.profile,
  fingerprint: p.fingerprint,
  chiefPassphraseSet: p.chiefPassphraseSet,
  loaded: true,
});

/** Loads the profile once; the title bar, the first-run dialog and the workflow buttons read it. */
export function ProfileProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [state, setState] = useState<Omit<ProfileState, 'save'>>({
    profile: null,
    fingerprint: '',
    loaded: false,
    chiefPassphraseSet: false,
  });
  useEffect(() => {
    let live = true;
    client
      .call('profile.get')
      .then((p) => live && setState(loaded(p)))
      .catch(() => live && setState((s) => ({ ...s, loaded: true })));
    return () => {
      live = false;
    };
  }, [client]);
  const save = useCallback(
    async (profile: Profile, passphrase?: string) => {
      setState(loaded(await client.call('profile.save', { ...profile, passphrase })));
    },
    [client],
  );
  // The title bar names the user: 采编台 — 张莉（通讯员）.
  useEffect(() => {
    document.title = state.profile ? `采编台 — ${state.profile.name}（${state.profile.role}）` : '采编台';
  }, [state.profile]);
  const value = useMemo(() => ({ ...state, save }), [state, save]);
  return <ProfileContext.Provider value={value}>{children}</ProfileContext.Provider>;
}

/** The profile loaded by ProfileProvider. */
export function useProfile(): ProfileState {
  const state = useContext(ProfileContext);
  if (!state) throw new Error('ProfileProvider missing');
  return state;
}
