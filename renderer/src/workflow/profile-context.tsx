import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Profile } from '../../../shared/workflow/roles';
import { useClient } from '../api/use-client';

/** The user of this installation as the renderer holds it. */
export interface ProfileState {
  profile: Profile | null;
  fingerprint: string;
  loaded: boolean;
  save(profile: Profile): Promise<void>;
}

const ProfileContext = createContext<ProfileState | null>(null);

/** Loads the profile once; the title bar, the first-run dialog and the workflow buttons read it. */
export function ProfileProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [state, setState] = useState<{ profile: Profile | null; fingerprint: string; loaded: boolean }>({
    profile: null,
    fingerprint: '',
    loaded: false,
  });
  useEffect(() => {
    let live = true;
    client
      .call('profile.get')
      .then((p) => live && setState({ profile: p.profile, fingerprint: p.fingerprint, loaded: true }))
      .catch(() => live && setState((s) => ({ ...s, loaded: true })));
    return () => {
      live = false;
    };
  }, [client]);
  const save = useCallback(
    async (profile: Profile) => {
      const p = await client.call('profile.save', profile);
      setState({ profile: p.profile, fingerprint: p.fingerprint, loaded: true });
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
