import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { CopydeskBridge } from '../../../shared/ipc/bridge';
import type { MenuCommand } from '../../../shared/ipc/channels';
import { isImeKey, shortcutCommand, type CommandHandlers } from '../menu-commands';

/**
 * Commands from the application menu (Electron) or the keyboard (the host has
 * no menu): 新建 and 打开 are the app's, the rest go to the open view, which
 * registers its handlers. `leaveView` saves the open view before it is left.
 */
export function useCommands(bridge: CopydeskBridge | null, app: { onNew(): void; onOpen(): void }) {
  const viewCommands = useRef<CommandHandlers | null>(null);
  // The app's own handlers as last rendered, so that the subscriptions below stay put.
  const appCommands = useRef(app);
  useLayoutEffect(() => {
    appCommands.current = app;
  });
  const runCommand = useCallback((command: MenuCommand) => {
    if (command === 'new') appCommands.current.onNew();
    else if (command === 'open') appCommands.current.onOpen();
    else viewCommands.current?.[command]?.();
  }, []);
  useEffect(() => bridge?.onMenuCommand(runCommand), [bridge, runCommand]);
  useEffect(() => {
    // In Electron the application menu owns these shortcuts; the host has no menu.
    if (bridge) return;
    const onKey = (event: KeyboardEvent) => {
      // Keys that belong to an input method's composition are never commands.
      if (isImeKey(event)) return;
      const command = shortcutCommand(event);
      if (!command) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [bridge, runCommand]);
  const registerCommands = useCallback((handlers: CommandHandlers | null) => {
    viewCommands.current = handlers;
  }, []);
  /** Saves the open article (if any) before the view changes; false when it could not be saved. */
  const leaveView = useCallback(async () => (await viewCommands.current?.flush?.()) ?? true, []);
  return { registerCommands, leaveView };
}
