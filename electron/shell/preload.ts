import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, MENU_COMMANDS, MENU_EVENT, type MenuCommand } from '../../shared/ipc/channels';
import type { CopydeskBridge } from '../../shared/ipc/bridge';

// One function per contract channel, each bound to its own name: the renderer
// never sees ipcRenderer and cannot send on any other channel.
const calls = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
);

const bridge = {
  ...calls,
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const wrapped = (_event: IpcRendererEvent, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_EVENT, wrapped);
    return () => {
      ipcRenderer.removeListener(MENU_EVENT, wrapped);
    };
  },
} as unknown as CopydeskBridge;

contextBridge.exposeInMainWorld('copydesk', bridge);
