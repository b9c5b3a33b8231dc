import { COMMAND_KEYS, MENU_COMMANDS, type MenuCommand } from '../../shared/ipc/channels';

/**
 * What the current view does for each command it supports, and `flush`, which
 * saves what is unsaved before the view is left (resolving false to stay).
 */
export type CommandHandlers = Partial<Record<MenuCommand, () => void>> & { flush?: () => Promise<boolean> };

/**
 * Keyboard shortcuts for the commands, used where no application menu takes
 * them (the test host): Ctrl with a command's letter (COMMAND_KEYS). Ctrl+
 * Backspace stays the text field's (delete a word); 删除 is in the menu.
 */
export function shortcutCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): MenuCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toUpperCase();
  return MENU_COMMANDS.find((c) => COMMAND_KEYS[c].length === 1 && COMMAND_KEYS[c] === key) ?? null;
}

/** True for a key that belongs to an input method's composition: such keys are never commands. */
export function isImeKey(event: Pick<KeyboardEvent, 'isComposing' | 'keyCode'>): boolean {
  return event.isComposing || event.keyCode === 229;
}
