import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient, localTransport } from '../../shared/ipc/client';
import { isCopydeskError } from '../../shared/ipc/result';
import { TextDecodeError } from '../../shared/text/decode';
import { openServices, type Services } from '../services/services';
import { searchWorkerIn } from '../store/search/segment-builder';
import { defaultDataDir } from '../services/data-dir';
import { OPTIONS, UsageError, type Command, type OptionValues } from './command';
import { COMMANDS } from './commands';

declare const __APP_VERSION__: string;

/** The help, built from the command table. */
export const USAGE = `用法：copydesk <命令> [选项] [--data 数据文件夹]

命令：
${COMMANDS.flatMap((c) => c.usage)
  .map((line) => `  ${line}`)
  .join('\n')}
`;

/** Reports a failed command on stderr in Chinese; returns the exit code (2 for usage, 1 otherwise). */
function failure(error: unknown, err: (s: string) => void): number {
  if (error instanceof UsageError) {
    err(`${error.message}\n${USAGE}`);
    return 2;
  }
  const message =
    isCopydeskError(error) || error instanceof TextDecodeError
      ? error.message
      : `内部错误：${(error as Error).message}`;
  err(`错误：${message}\n`);
  return 1;
}

/** Runs one command with what it needs: the services (read-only or as the writer) and a typed client over them. */
async function runCommand(
  command: Command,
  args: string[],
  values: OptionValues,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const unknown = Object.keys(values).filter(
    (o) => o !== 'data' && o !== 'help' && !(command.options as readonly string[]).includes(o),
  );
  if (unknown.length > 0) throw new UsageError(`${command.name} 不接受选项 ${unknown.map((o) => `--${o}`).join('、')}`);
  const dataDir = resolve(values.data ?? defaultDataDir());
  const plain = { args, values, dataDir, out, err };
  if (command.access === 'none') return command.run(plain);
  const access = typeof command.access === 'function' ? command.access(args) : command.access;
  let services: Services | null = null;
  try {
    services = await openServices(
      { version: __APP_VERSION__, dataDir, runtime: 'host' },
      { readOnly: access === 'read', searchWorker: searchWorkerIn(__dirname) },
    );
    return await command.run({ ...plain, services, client: createClient(localTransport(services.handlers)) });
  } finally {
    await services?.close();
  }
}

/** Runs one CLI command; returns the exit code. Output goes to `out`, errors to `err`. */
export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    err(`参数错误：${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [name, ...args] = positionals;
  if (values.help || !name) {
    (values.help ? out : err)(USAGE);
    return values.help ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`未知命令：${name}`);
    return await runCommand(command, args, values as OptionValues, out, err);
  } catch (error) {
    return failure(error, err);
  }
}

if (require.main === module) {
  void run(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  ).then((code) => {
    process.exitCode = code;
  });
}
