import { shortcutLabel } from '../../../shared/ipc/channels';
import { useProfile } from '../workflow/profile-context';

/** The views the top bar switches between. */
export type ListView = 'library' | 'trash' | 'planner' | 'people' | 'glossary' | 'settings';

const TABS: ReadonlyArray<[ListView, string]> = [
  ['library', '稿件库'],
  ['trash', '回收站'],
  ['planner', '版面'],
  ['people', '人员库'],
  ['glossary', '词表'],
  ['settings', '设置'],
];

/** The bar at the top: the views, who is using this installation, 新建稿件, 导入稿件 and 粘贴导入. */
export function TopBar(props: {
  current: string;
  onView(view: ListView): void;
  onNew(): void;
  onPaste(): void;
  /** 导入稿件…: asks for a file. */
  onImport(): void;
}) {
  const { profile } = useProfile();
  return (
    <header className="topbar">
      <h1>采编台</h1>
      <nav aria-label="主导航">
        {TABS.map(([view, label]) => (
          <button key={view} type="button" aria-pressed={props.current === view} onClick={() => props.onView(view)}>
            {label}
          </button>
        ))}
      </nav>
      <span className="who" data-testid="who">
        {profile ? `${profile.name}（${profile.role}）` : ''}
      </span>
      <button type="button" className="primary" title={`新建稿件（${shortcutLabel('new')}）`} onClick={props.onNew}>
        新建稿件
      </button>
      <button
        type="button"
        onClick={props.onImport}
        title={`文本文件或 Word 文件，也可以拖进窗口（${shortcutLabel('open')}）`}
      >
        导入稿件…
      </button>
      <button type="button" onClick={props.onPaste}>
        粘贴导入
      </button>
    </header>
  );
}
