// Lint rules, including the layer rules of the design (also checked by tests/unit/layers.test.ts).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';

/** The packages shared/ may import, from the one list (also read by tests/unit/layers.test.ts). */
const { sharedPackages } = JSON.parse(readFileSync(new URL('./electron/tools/layers.json', import.meta.url), 'utf8'));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const nodeModules = builtinModules.flatMap((m) => [m, `node:${m}`]);
const noNode = nodeModules.map((name) => ({ name, message: 'This layer must not import Node modules.' }));

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'release/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.mjs', 'eslint.config.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        performance: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
      },
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNode, { name: 'electron', message: 'shared/ must not import electron.' }],
          patterns: [
            {
              // Any package but the listed ones (relative imports are checked below).
              regex: `^(?!\\.|(${sharedPackages.map(escape).join('|')})(/|$))`,
              message: `shared/ imports only the pure-JS packages in electron/tools/layers.json (${sharedPackages.join(', ')}).`,
            },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ must not import from electron/ or renderer/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'].map((name) => ({
          name,
          message: 'shared/ runs in both processes: no DOM or Node globals.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noNode,
            { name: 'electron', message: 'The renderer reaches the main process only through the client.' },
          ],
          patterns: [
            { group: ['**/electron/**'], message: 'renderer/ must not import from electron/.' },
            { group: ['lowdb', 'lowdb/*', 'ws'], message: 'Storage and transport servers belong to the main process.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'No Node globals in the renderer.' },
        { name: 'require', message: 'No Node globals in the renderer.' },
      ],
    },
  },
  // The editor's Slate logic is headless (no React at run time), as Plate splits plugins from their React parts.
  {
    files: ['renderer/src/editor/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noNode,
            ...['react', 'react-dom', 'slate-react'].map((name) => ({
              name,
              allowTypeImports: true,
              message: 'editor/core/ is Slate logic without React; rendering belongs in editor/react/.',
            })),
          ],
          patterns: [
            { group: ['**/react/**', '*.tsx'], message: 'editor/core/ imports no React components.' },
            // The renderer's own rules, which this block replaces for these files.
            { group: ['**/electron/**'], message: 'renderer/ must not import from electron/.' },
            { group: ['lowdb', 'lowdb/*', 'ws'], message: 'Storage and transport servers belong to the main process.' },
          ],
        },
      ],
    },
  },
  // electron/: only shell/ imports electron, only store/ imports lowdb, nothing imports the renderer.
  ...[
    { files: ['electron/**/*.ts'], ignores: ['electron/shell/**', 'electron/store/**'], electron: false, lowdb: false },
    { files: ['electron/shell/**/*.ts'], electron: true, lowdb: false },
    { files: ['electron/store/**/*.ts'], electron: false, lowdb: true },
  ].map(({ files, ignores, electron, lowdb }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electron
            ? []
            : [{ name: 'electron', message: 'Only electron/shell/ imports electron; services are plain Node.' }],
          patterns: [
            { group: ['**/renderer/**'], message: 'The main process does not import renderer code.' },
            ...(lowdb ? [] : [{ group: ['lowdb', 'lowdb/*'], message: 'Only electron/store/ touches lowdb.' }]),
          ],
        },
      ],
    },
  })),
);
