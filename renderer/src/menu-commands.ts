import type { MenuCommand } from '../../shared/ipc/channels';

/**
 * What the current view does for each command it supports, and `flush`, which
 * saves what is unsaved before the view is left (resolving false to stay).
 */
export type CommandHandlers = Partial<Record<MenuCommand, () => void>> & { flush?: () => Promise<boolean> };

/** Keyboard shortcuts for the commands, used where no application menu takes them (the test host). */
export function shortcutCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): MenuCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  switch (event.key.toLowerCase()) {
    case 's':
      return 'save';
    case 'n':
      return 'new';
    case 'o':
      return 'open';
    case 'e':
      return 'export';
    case 'f':
      return 'find';
    case 'h':
      return 'replace';
    default:
      return null;
  }
}

/** True for a key that belongs to an input method's composition: such keys are never commands. */
export function isImeKey(event: Pick<KeyboardEvent, 'isComposing' | 'keyCode'>): boolean {
  return event.isComposing || event.keyCode === 229;
}
