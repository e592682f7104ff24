// The boundaries the build enforces (docs/ARCHITECTURE.md): the engine in server/src/core is pure
// (no editor, LSP or Node API, nothing from the server, CLI, importers or client); the client
// reaches into the server only through the shared protocol and type modules; the preview's
// protocol with the webview knows nothing of the view code. Plus type-only imports written as
// such, and no promise left floating.

import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/** Server modules the client may import: the protocol, the model's types and the pure helpers it shares. */
const SHARED_WITH_CLIENT = [
  'server/src/shared/protocol',
  'server/src/core/types',
  'server/src/core/model',
  'server/src/core/schema',
  'server/src/core/relation-wording',
  'server/src/core/detect',
  'server/src/import/lazy',
];

const CLIENT_TO_SERVER = {
  regex: `^(\\.\\./)+server/src/(?!(${SHARED_WITH_CLIENT.map(m => m.slice('server/src/'.length)).join('|')})$)`,
  message: `The client imports from the server only ${SHARED_WITH_CLIENT.join(', ')}.`,
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', '**/*.js', '**/*.mjs', 'server/src/core/forbidden/**'] },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'test/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    // One way to translate: the engine's and the server's texts live in message catalogues
    // (server/src/core/messages.ts), not in inline Chinese/English pairs.
    files: ['server/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: 'CallExpression[callee.name="t"][arguments.length=3][arguments.1.type=/^(Literal|TemplateLiteral)$/]',
        message: 'Declare the text in the file\'s message catalogue (defineMessages) and say messages.text(locale, id, args).',
      }, {
        // A WeakMap keyed by an analysis's objects keeps its values through young-generation
        // collections (measured: scavenges 5× slower): keep the value on the object (core/attached.ts).
        selector: 'NewExpression[callee.name="WeakMap"]',
        message: 'Keep a value computed for an object on the object (Attached, server/src/core/attached.ts), not in a WeakMap.',
      }],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: builtinModules.filter(m => !m.startsWith('_')).map(name => ({ name, message: 'server/src/core is pure: no Node API (pass data in from lsp/ or cli/).' })),
        patterns: [
          { group: ['node:*'], message: 'server/src/core is pure: no Node API.' },
          { group: ['vscode', 'vscode-*'], message: 'server/src/core knows nothing of VS Code or LSP: that is server/src/lsp.' },
          { group: ['**/lsp', '**/lsp/*', '**/cli', '**/cli/*', '**/import', '**/import/*', '**/shared', '**/shared/*', '**/client/**', '**/server'], message: 'server/src/core imports only from server/src/core.' },
        ],
      }],
    },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          CLIENT_TO_SERVER,
        ],
      }],
    },
  },
  {
    files: ['client/src/common/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          CLIENT_TO_SERVER,
          { group: ['**/preview/**', '**/export/**', 'vscode'], message: 'client/src/common is shared by the extension and the webview: it imports neither.' },
        ],
      }],
    },
  },
);
