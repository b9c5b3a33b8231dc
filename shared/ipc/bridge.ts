import type { Channel, MenuCommand } from './channels';
import type { InputOf, OutputOf } from './contract';
import type { Result } from './result';

/**
 * The one object the preload exposes as `window.copydesk`: a function per
 * contract channel (each bound to its own channel name) and a subscription to
 * menu commands. There is no generic send.
 */
export type CopydeskBridge = {
  readonly [C in Channel]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;
} & {
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};

/** Moves the call of one channel: over Electron IPC or the host's WebSocket. */
export type Transport = (channel: Channel, input: unknown) => Promise<Result<unknown>>;
