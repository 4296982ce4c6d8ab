// Lint with the house's layer rules (docs/architecture.md): a wrong import arrow fails CI, not a review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronOnlyInShell = { name: 'electron', message: "Only electron/shell/ may import 'electron'." };
// Plan rows have one order (issue 13): a comparator of its own, or ids compared by locale, lets equal keys order
// differently in the tree, the grids, the export and readPlan.
const rowOrderOnly = 'Order plan rows with shared/domain/rowOrder.ts (compareRows, sortRows, treeOrder, orderTable): one order with an id tie-break, never by locale.';

const rowOrderSelectors = [
  // a.sortKey - b.sortKey, a.sortKey < b.sortKey … inside a two-argument function: a comparator of rows.
  { selector: ":function[params.length=2] BinaryExpression[operator=/^(-|<|>|<=|>=)$/][left.property.name='sortKey'][right.property.name='sortKey']", message: rowOrderOnly },
  { selector: "CallExpression[callee.property.name='localeCompare'][callee.object.property.name='id']", message: rowOrderOnly },
  { selector: "CallExpression[callee.property.name='localeCompare'][arguments.0.property.name='id']", message: rowOrderOnly },
];
// One command path (renderer/commands, issue 13): pages and the editor never write the plan store or call
// plan.mutate/undo/redo themselves.
const commandPathSelectors = [
  { selector: "CallExpression[callee.object.name='usePlanStore'][callee.property.name='setState']", message: 'Edits go through renderer/commands (commit, cacheRows, showStored), not into the plan store.' },
  { selector: "MemberExpression[object.callee.object.name='usePlanStore'][property.name='change']", message: 'Edits go through renderer/commands (commit).' },
  { selector: "CallExpression[callee.property.name='call'] > Literal[value=/^plan\\.(mutate|undo|redo)$/]", message: "plan.mutate, plan.undo and plan.redo are the command path's (renderer/commands)." },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'build/**', 'dist/**', 'migrations/**', 'test/fixtures/**', 'test/.out/**', '.tmp-*/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'], 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './shared', from: ['./electron', './renderer', './test'], message: 'shared/ is pure: it imports no app layer.' },
            { target: './renderer', from: ['./electron', './test'], message: 'renderer/ talks to the main process through shared/api only.' },
            { target: './electron/services', from: ['./electron/shell', './renderer'], message: 'services are plain Node: no shell, no UI.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell, ...nodeBuiltins.map((name) => ({ name, message: 'shared/ runs everywhere: no Node built-ins.' }))],
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tiptap/react', 'zustand', '@fluentui/*'], message: 'shared/ has no UI code.' },
            { group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'electron/*', 'playwright-core'], message: 'shared/ has no Node-only libraries.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'],
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
          paths: [electronOnlyInShell, ...nodeBuiltins.map((name) => ({ name, message: 'renderer/ runs sandboxed: no Node built-ins.' }))],
          patterns: [{ group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'playwright-core'], message: 'renderer/ reaches data through the API.' }],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts', 'electron/web/**/*.ts', 'test/**/*.ts', 'scripts/**/*.{js,mjs,ts}'],
    ignores: ['test/shell/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInShell] }] },
  },
  {
    files: ['shared/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    ignores: ['shared/domain/rowOrder.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...rowOrderSelectors],
    },
  },
  {
    // Listed after the row-order rule: a later block's no-restricted-syntax replaces an earlier one, so this one has both.
    files: ['renderer/features/**/*.{ts,tsx}', 'renderer/editor/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...rowOrderSelectors, ...commandPathSelectors] },
  },
  {
    // Plain Node scripts and CommonJS config files run outside TypeScript: tell eslint about Node's globals.
    files: ['scripts/**/*.{js,mjs}', '*.{cjs,mjs}'],
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'fetch', 'AbortController'].map((name) => [name, 'readonly']),
      ),
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } } },
);
