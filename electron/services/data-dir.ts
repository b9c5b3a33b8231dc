import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder name of Copydesk's data inside the platform's application-data folder. */
export const APP_DIR_NAME = 'Copydesk';

/**
 * The default data folder, the same one Electron's `userData` gives the app
 * (the shell sets userData to this name): %APPDATA%\Copydesk on Windows,
 * ~/Library/Application Support/Copydesk on macOS, $XDG_CONFIG_HOME/Copydesk elsewhere.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
}
