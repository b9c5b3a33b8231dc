// Where the Electron binary cannot be had (no internet on first run), `npm
// start` opens Copydesk in an installed Chromium-family browser as an app
// window (`--app=URL`, a window without tabs or address bar) against the
// host, with a browser profile folder of its own inside the data folder.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Browsers that take `--app=URL`, by platform: names looked up on PATH, and usual install paths. */
const CANDIDATES = {
  linux: {
    names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'brave-browser'],
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'],
  },
  darwin: {
    names: [],
    paths: [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ],
  },
  win32: {
    names: [],
    paths: [process.env.ProgramFiles, process.env['ProgramFiles(x86)'], process.env.LOCALAPPDATA]
      .filter(Boolean)
      .flatMap((base) => [
        join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(base, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        join(base, 'Chromium', 'Application', 'chrome.exe'),
      ]),
  },
};

/**
 * The installed Chromium-family browser to open the app window in, or null.
 * `CHROMIUM_PATH`, when set, is the only one considered (as for PDF export).
 */
export function findBrowser(env = process.env, platform = process.platform) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  const { names, paths } = CANDIDATES[platform] ?? CANDIDATES.linux;
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => names.map((name) => join(dir, name)));
  return [...onPath, ...paths].find((candidate) => existsSync(candidate)) ?? null;
}

/** The arguments that open `url` as an app window with its own profile folder. */
export function appWindowArgs(url, profileDir, { root = process.getuid?.() === 0 } = {}) {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    // Chromium refuses to run as root without it (a container or a CI machine, never a newsroom desk).
    ...(root ? ['--no-sandbox'] : []),
  ];
}
