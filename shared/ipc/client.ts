import type { Channel } from './channels';
import type { Handlers, InputOf, OutputOf } from './contract';
import type { Transport } from './bridge';
import { dispatch, type InternalErrorSink } from './dispatch';
import { CopydeskError } from './result';

/**
 * The typed view of the contract, over any transport: the renderer (preload
 * IPC or the host's WebSocket), the CLI and the tests all call the services
 * through it, so every call is type-checked against the contract.
 */
export interface Client {
  call<C extends Channel>(channel: C, ...input: InputOf<C> extends void ? [] : [InputOf<C>]): Promise<OutputOf<C>>;
}

/** Builds the client over a transport; a failed call throws a CopydeskError with the service's code and message. */
export function createClient(transport: Transport): Client {
  return {
    async call(channel, ...rest) {
      const result = await transport(channel, rest[0]);
      if (!result.ok) throw new CopydeskError(result.error.code, result.error.message);
      return result.value as never;
    },
  };
}

/**
 * The transport of a process that holds the services itself (the CLI, the
 * tests): each call goes through `dispatch`, with the same validation and
 * result envelope as over IPC.
 */
export function localTransport(handlers: Handlers, onInternalError?: InternalErrorSink): Transport {
  return (channel, input) => dispatch(handlers, channel, input, onInternalError);
}
