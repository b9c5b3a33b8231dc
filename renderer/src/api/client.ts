import type { Channel } from '../../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../../shared/ipc/contract';
import type { Transport } from '../../../shared/ipc/bridge';
import type { ErrorCode } from '../../../shared/ipc/result';

/** A failed call, with the service's code and Chinese message. */
export class ClientError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ClientError';
    this.code = code;
  }
}

/** The renderer's typed view of the contract, over any transport. */
export interface Client {
  call<C extends Channel>(channel: C, ...input: InputOf<C> extends void ? [] : [InputOf<C>]): Promise<OutputOf<C>>;
}

/** Builds the client over a transport; failures become ClientError. */
export function createClient(transport: Transport): Client {
  return {
    async call(channel, ...rest) {
      const result = await transport(channel, rest[0]);
      if (!result.ok) throw new ClientError(result.error.code, result.error.message);
      return result.value as never;
    },
  };
}
