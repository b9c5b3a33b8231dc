import { describe, expect, it } from 'vitest';
import { COMMAND_KEYS, MENU_COMMANDS, shortcutLabel } from '../../../shared/ipc/channels';
import { shortcutCommand } from '../../../renderer/src/menu-commands';
import { buildMenuTemplate } from '../../../electron/shell/menu';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: true,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});

describe('keyboard shortcuts: one table for the menu, the host and the tooltips', () => {
  it('the host maps Ctrl with each command’s letter, and nothing else', () => {
    for (const command of MENU_COMMANDS) {
      if (COMMAND_KEYS[command].length !== 1) continue;
      expect(shortcutCommand(key(COMMAND_KEYS[command].toLowerCase()))).toBe(command);
    }
    expect(shortcutCommand(key('s', { ctrlKey: false }))).toBeNull();
    expect(shortcutCommand(key('s', { altKey: true }))).toBeNull();
    expect(shortcutCommand(key('Backspace'))).toBeNull();
    expect(shortcutCommand(key('q'))).toBeNull();
  });

  it('the application menu shows the same keys the tooltips name', () => {
    const items = buildMenuTemplate(() => {}, 'linux').flatMap((menu) =>
      Array.isArray(menu.submenu) ? menu.submenu : [],
    );
    const save = items.find((i) => i.label === '保存')!;
    expect(save.accelerator).toBe('CmdOrCtrl+S');
    expect(shortcutLabel('save')).toBe('Ctrl+S');
    expect(items.find((i) => i.label === '替换…')!.accelerator).toBe('CmdOrCtrl+H');
    const mac = buildMenuTemplate(() => {}, 'darwin').flatMap((menu) =>
      Array.isArray(menu.submenu) ? menu.submenu : [],
    );
    expect(mac.find((i) => i.label === '替换…')!.accelerator).toBe('Alt+Cmd+F');
  });
});
