import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/ipc/channels';
import type { Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { fail } from '../../shared/ipc/result';
import { isAppUrl } from './app-url';

/**
 * Binds every contract channel with `ipcMain.handle`. Each call is answered
 * only for a sender frame on the app's own origin, and its input goes through
 * the same `dispatch` (zod parse, result envelope) as the test host.
 */
export function bindIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  onInternalError: (channel: string, error: unknown) => void,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isAppUrl(event.senderFrame?.url)) return fail('FORBIDDEN', '拒绝来自未知页面的调用。');
      return dispatch(handlers, channel, input, onInternalError);
    });
  }
}
