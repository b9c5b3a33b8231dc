import type { CopydeskBridge } from '../../shared/ipc/bridge';
import { DirectoryProvider } from './people/directory-context';
import { GlossaryProvider } from './proof/glossary-context';
import { ProfileProvider } from './workflow/profile-context';
import { Workspace } from './app/Workspace';

/** The application: 稿件库, 回收站, 版面, 人员库, 词表, 设置 and the editor, with commands from the menu or the keyboard. */
export function App({ bridge }: { bridge: CopydeskBridge | null }) {
  return (
    <ProfileProvider>
      <DirectoryProvider>
        <GlossaryProvider>
          <Workspace bridge={bridge} />
        </GlossaryProvider>
      </DirectoryProvider>
    </ProfileProvider>
  );
}
