import { contract, type Handlers } from './contract';
import { CHANNELS, type Channel } from './channels';
import { fail, isCopydeskError, ok, type Result } from './result';
import { describeIssues } from './zod-messages';

/** True when `name` is a declared channel. */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}

/** Reports unexpected failures; the shell and host log them, tests may watch them. */
export type InternalErrorSink = (channel: string, error: unknown) => void;

/**
 * Runs one call against the handlers: checks the channel, parses the input with
 * the contract, calls the handler, checks the output, and answers with the
 * result envelope. Never throws. Used by both the Electron shell and the test host.
 */
export async function dispatch(
  handlers: Handlers,
  channelName: unknown,
  rawInput: unknown,
  onInternalError: InternalErrorSink = () => {},
): Promise<Result<unknown>> {
  if (!isChannel(channelName)) return fail('INVALID_INPUT', `未知的调用：${String(channelName)}`);
  const spec = contract[channelName];
  const parsed = spec.input.safeParse(rawInput);
  if (!parsed.success) return fail('INVALID_INPUT', describeIssues(parsed.error));
  try {
    const handler = handlers[channelName] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    const checked = spec.output.safeParse(value);
    if (!checked.success) {
      onInternalError(channelName, checked.error);
      return fail('INTERNAL', '内部错误：返回的数据不符合约定');
    }
    return ok(checked.data);
  } catch (error) {
    if (isCopydeskError(error)) return fail(error.code, error.message);
    onInternalError(channelName, error);
    return fail('INTERNAL', `内部错误：${error instanceof Error ? error.message : String(error)}`);
  }
}
