import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { createRequire } from 'node:module';

const ROOT = resolve(__dirname, '../../..');
interface Target {
  target: string[];
  icon: string;
}
const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  productName: string;
  asar: boolean;
  asarUnpack: string[];
  files: string[];
  extraMetadata: { main: string };
  electronFuses: Record<string, boolean>;
  win: Target;
  mac: Target;
  linux: Target;
};
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema validation", async () => {
    // app-builder-lib and builder-util come with electron-builder.
    const require = createRequire(join(ROOT, 'node_modules/electron-builder/package.json'));
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
    const { DebugLogger } = require('builder-util/out/DebugLogger');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, winn: {} }, new DebugLogger(false))).rejects.toThrow(
      /Invalid configuration/,
    );
  });

  it('names the product 采编台 Copydesk and packages the built app only', () => {
    expect(config.productName).toBe('采编台 Copydesk');
    expect(config.asar).toBe(true);
    expect(config.extraMetadata.main).toBe(pkg.main);
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**']));
  });

  it('keeps sharp (a native N-API module) and its libvips outside the asar, and out of the bundles', () => {
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/sharp/**', 'node_modules/@img/**']));
    expect(pkg.dependencies.sharp).toBeDefined();
    const main = readFileSync(join(ROOT, 'out/main/main.cjs'), 'utf8');
    expect(main).toMatch(/require\(["']sharp["']\)/);
  });

  it('targets NSIS, dmg, AppImage and deb with icons that exist', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    for (const icon of [config.win.icon, config.mac.icon, config.linux.icon])
      expect(existsSync(join(ROOT, icon)), icon).toBe(true);
  });

  it('sets the Electron fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('uses the latest stable Electron the registry had when it was pinned, as a dev dependency', () => {
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.dependencies?.electron).toBeUndefined();
  });
});
