// Lint TypeScript with the recommended rules; `any` and console output in library code are errors
// because STYLE.md asks for `unknown` and an injected logger. Imports point down only (see LAYERS).
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The rooms of src/, lowest first: a room may import from rooms before it, never from one after it.
 * lib has no domain; policy knows nothing of chat; core is the chat contract (its Reply carries
 * policy outcomes); infra implements core's ports; nlu, dialog and reply are pure and never touch
 * infra; review records answered turns for staff (its stores use infra); bot composes them; channels call the bot; app wires channels and stores; cli runs commands.
 * tools (eval, training, transcripts, bench) may use anything, and nothing but cli may use them.
 */
const LAYERS = [
  ['lib'], ['policy'], ['core'], ['infra'], ['nlu'], ['dialog'], ['reply'], ['review'], ['bot'], ['channels'], ['app'],
  ['cli', 'cli.ts'], ['tools'],
];
const room = (name) => `./src/${name}`;
const pointsUp = LAYERS.flatMap((layer, index) => {
  const above = LAYERS.slice(index + 1).flat().filter((name) => !(layer.includes('cli') && name === 'tools'));
  if (above.length === 0) return [];
  return layer.map((name) => ({
    target: room(name),
    from: above.map(room),
    message: `src/${name} sits below these rooms: imports point down only (eslint.config.js LAYERS)`,
  }));
});
const pureRooms = ['nlu', 'dialog', 'reply'].map((name) => ({
  target: room(name),
  from: [room('infra')],
  message: 'nlu, dialog and reply are pure: stores, locks and Redis belong to infra, wired by bot/ and app/',
}));
const noTestFolder = { target: './src', from: './test', message: 'shipped code never reads test/' };

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'models/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...pointsUp, ...pureRooms, noTestFolder] }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts', 'bin/**/*.js', 'src/cli.ts', 'src/cli/**/*.ts', 'src/tools/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['bin/**/*.js', 'src/channels/console/console-page/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', document: 'readonly', window: 'readonly', navigator: 'readonly', fetch: 'readonly' } },
  },
);
