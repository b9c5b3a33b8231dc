import { afterEach, beforeEach } from 'vitest';
import { openServices, type Services } from '../../electron/services/services';
import type { PdfPrinter } from '../../electron/services/print-jobs';
import { dispatch } from '../../shared/ipc/dispatch';
import type { Result } from '../../shared/ipc/result';
import type { Channel } from '../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../shared/ipc/contract';
import { createClient, localTransport, type Client } from '../../shared/ipc/client';
import { tempDir } from './temp-dir';

/** Real services on a fresh temp data folder, opened before each test and closed after it. */
export interface TestServices {
  /** The data folder of the running test. */
  readonly dir: string;
  /** Calls a channel through the real dispatch (input validated, result enveloped), typed against the contract. */
  call<C extends Channel>(
    channel: C,
    ...input: InputOf<C> extends void ? [] : [InputOf<C>]
  ): Promise<Result<OutputOf<C>>>;
  /** The typed client over the same services (a failed call throws the service's CopydeskError). */
  readonly client: Client;
  /** Calls a channel with input the contract does not allow (to test that it is refused). */
  callUnchecked(channel: string, input?: unknown): Promise<Result<unknown>>;
  /** Closes the services, runs `whileClosed` (e.g. damaging a file), and opens them again on the same folder. */
  restart(whileClosed?: () => Promise<unknown>): Promise<void>;
}

/** Registers the hooks that give each test of the suite its own services on a temp data folder (with a PDF printer if given). */
export function servicesPerTest(options: { printer?: PdfPrinter | null } = {}): TestServices {
  let dir = '';
  let cleanup: () => Promise<void> = async () => {};
  let services: Services | null = null;
  const open = async () => {
    services = await openServices({ version: 'test', dataDir: dir, runtime: 'host' }, { printer: options.printer });
  };
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    await open();
  });
  afterEach(async () => {
    await services?.close();
    services = null;
    await cleanup();
  });
  return {
    get dir() {
      return dir;
    },
    call: (channel, ...input) => dispatch(services!.handlers, channel, input[0]) as never,
    get client() {
      return createClient(localTransport(services!.handlers));
    },
    callUnchecked: (channel, input) => dispatch(services!.handlers, channel, input),
    async restart(whileClosed) {
      await services?.close();
      await whileClosed?.();
      await open();
    },
  };
}
