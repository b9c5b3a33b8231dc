import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve, dirname, sep } from 'node:path';
import ts from 'typescript';
import layers from '../../electron/tools/layers.json';

const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

/** Every module a file imports or re-exports (including `import type` and dynamic imports). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isNode = (spec: string) => NODE_BUILTINS.has(spec) || spec.startsWith('node:');
const packageOf = (spec: string) =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;

/** The top folder a relative import lands in. */
function folderOf(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return relative(ROOT, resolve(ROOT, dirname(file), spec)).split(sep)[0]!;
}

function violations(dir: string, rule: (file: string, spec: string) => string | null): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .map((spec) => rule(file, spec))
      .filter((v): v is string => v !== null),
  );
}

/** Pure-JS packages that shared/ may use in both processes: the one list, also read by eslint.config.js. */
const SHARED_PACKAGES = new Set(layers.sharedPackages);

describe('layers', () => {
  it('shared/ imports no Node, DOM framework, React, Electron or storage code, and nothing outside shared/', () => {
    const bad = violations('shared', (file, spec) => {
      if (isNode(spec)) return `${file} imports Node module ${spec}`;
      const folder = folderOf(file, spec);
      if (folder && folder !== 'shared') return `${file} imports ${spec} from ${folder}/`;
      if (!spec.startsWith('.') && !SHARED_PACKAGES.has(packageOf(spec))) return `${file} imports package ${spec}`;
      return null;
    });
    expect(bad).toEqual([]);
  });

  it('renderer/ imports no Node and nothing from electron/', () => {
    const bad = violations('renderer', (file, spec) => {
      if (isNode(spec)) return `${file} imports Node module ${spec}`;
      if (spec === 'electron' || spec.startsWith('electron/')) return `${file} imports electron`;
      if (['lowdb', 'ws'].includes(packageOf(spec))) return `${file} imports ${spec}`;
      const folder = folderOf(file, spec);
      if (folder && folder !== 'renderer' && folder !== 'shared') return `${file} imports ${spec} from ${folder}/`;
      return null;
    });
    expect(bad).toEqual([]);
  });

  it('only the Electron shell folder imports electron', () => {
    const bad = violations('electron', (file, spec) =>
      packageOf(spec) === 'electron' && !file.startsWith(join('electron', 'shell') + sep)
        ? `${file} imports electron`
        : null,
    );
    expect(bad).toEqual([]);
  });

  it('only the store imports lowdb', () => {
    const bad = ['shared', 'renderer', 'electron'].flatMap((dir) =>
      violations(dir, (file, spec) =>
        packageOf(spec) === 'lowdb' && !file.startsWith(join('electron', 'store') + sep)
          ? `${file} imports lowdb`
          : null,
      ),
    );
    expect(bad).toEqual([]);
  });

  it('the preload exposes one object and never ipcRenderer itself', () => {
    const preload = readFileSync(join(ROOT, 'electron/shell/preload.ts'), 'utf8');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\('copydesk', bridge\)/);
    expect(preload).not.toMatch(/ipcRenderer\.send\(|exposeInMainWorld\([^)]*ipcRenderer/);
  });

  it('the checks notice a violation (self-test)', () => {
    expect(folderOf('shared/a.ts', '../electron/store/lock')).toBe('electron');
    expect(isNode('node:fs')).toBe(true);
    expect(isNode('path')).toBe(true);
    expect(packageOf('@fontsource/noto-serif-sc/index.css')).toBe('@fontsource/noto-serif-sc');
  });
});

describe('main process bundle', () => {
  it('prints with Electron, never with playwright (the Chromium driver is for the host and the CLI only)', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: ['electron/shell/main.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron', 'bufferutil', 'utf-8-validate'],
      loader: { '.csv': 'text' },
      define: { __APP_VERSION__: '"test"' },
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.filter((f) => f.includes('playwright'))).toEqual([]);
    expect(inputs).toContain('electron/shell/print-window.ts');
    expect(inputs).not.toContain('electron/services/pdf.ts');
  });
});

describe('preload bundle', () => {
  it('is one CommonJS file that requires nothing but electron (a sandboxed preload can require little else)', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: ['electron/shell/preload.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    expect(result.outputFiles).toHaveLength(1);
    const code = result.outputFiles[0]!.text;
    expect([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(code).not.toMatch(/\bimport\s*\(|^import /m);
  });
});
