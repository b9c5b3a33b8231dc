import type { Channel } from '../../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../../shared/ipc/contract';
import type { Transport } from '../../../shared/ipc/bridge';
import { CopydeskError } from '../../../shared/ipc/result';

/** The renderer's typed view of the contract, over any transport. */
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
