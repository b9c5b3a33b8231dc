import type { Client } from '../../shared/ipc/client';
import type { Services } from '../services/services';

/** Every option any command takes, as `node:util` parseArgs reads them (each command names the ones it accepts). */
export const OPTIONS = {
  data: { type: 'string' },
  json: { type: 'boolean' },
  month: { type: 'string' },
  trash: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  replace: { type: 'boolean' },
  encoding: { type: 'string' },
  preset: { type: 'string' },
  issue: { type: 'string' },
  page: { type: 'string' },
  bleed: { type: 'boolean' },
  crlf: { type: 'boolean' },
  date: { type: 'string' },
  directory: { type: 'string' },
  to: { type: 'string' },
  repair: { type: 'boolean' },
  name: { type: 'string' },
  role: { type: 'string' },
  note: { type: 'string' },
  passphrase: { type: 'string' },
  list: { type: 'boolean' },
  from: { type: 'string' },
  status: { type: 'string' },
  author: { type: 'string' },
  kind: { type: 'string' },
  limit: { type: 'string' },
  caption: { type: 'string' },
  credit: { type: 'string' },
  grey: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The 值班主任 passphrase for a command that takes the role or 签发: `--passphrase`,
 * else the environment's COPYDESK_CHIEF_PASSPHRASE (kept out of the shell's history).
 */
export function chiefPassphrase(values: { passphrase?: string }): string | undefined {
  return values.passphrase ?? process.env.COPYDESK_CHIEF_PASSPHRASE;
}

/** An option's name. */
export type OptionName = keyof typeof OPTIONS;

/** The options given, as parseArgs returns them. */
export type OptionValues = { [K in OptionName]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

/** What every command runs with. */
export interface PlainContext {
  /** The words after the command's name. */
  args: string[];
  values: OptionValues;
  dataDir: string;
  out(text: string): void;
  err(text: string): void;
}

/** What a command that works on the archive runs with: the services of the data folder and the typed client over them. */
export interface ServiceContext extends PlainContext {
  services: Services;
  client: Client;
}

interface CommandBase {
  name: string;
  /** Help lines, each `用法    说明`. */
  usage: readonly string[];
  options: readonly OptionName[];
}

/**
 * One CLI command: its help lines, the options it takes, how it uses the
 * data folder and what it does. `none`: the command opens no archive (or its
 * own, as `check` does); `read`: read-only, while the app may have the folder
 * open; `write`: as the folder's only writer (it takes the lock). `run`
 * returns the exit code; a CopydeskError or UsageError it throws is reported
 * by main.
 */
export type Command = PlainCommand | ServiceCommand;

/** A command that opens no archive (or its own). */
export interface PlainCommand extends CommandBase {
  access: 'none';
  run(ctx: PlainContext): Promise<number>;
}

/** A command that works on the archive through the services. */
export interface ServiceCommand extends CommandBase {
  access: 'read' | 'write' | ((args: readonly string[]) => 'read' | 'write');
  run(ctx: ServiceContext): Promise<number>;
}

/** A command called the wrong way: reported with the usage, exit code 2. */
export class UsageError extends Error {}
