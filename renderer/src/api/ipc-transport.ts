import type { CopydeskBridge, Transport } from '../../../shared/ipc/bridge';

/** The transport inside Electron: the preload's `window.copydesk` object. */
export function ipcTransport(bridge: CopydeskBridge): Transport {
  return (channel, input) => (bridge[channel] as (input: unknown) => ReturnType<Transport>)(input);
}
