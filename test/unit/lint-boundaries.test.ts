// The boundaries of eslint.config.mjs, tried on imports that cross them and imports that do not:
// a mistake in the config (a pattern that matches nothing) would otherwise let everything pass.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '../../..');
// The import rules need no type information: lint the snippets without the TypeScript project
// (and without the one rule that needs it).
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
});

async function restricted(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return result.messages.map(m => `${m.ruleId}: ${m.message}`);
}

const IMPORT = (spec: string) => `import { x } from '${spec}';\nexport const y = x;\n`;

test('server/src/core imports nothing outside the engine', async () => {
  const file = 'server/src/core/rules/probe.ts';
  for (const spec of ['fs', 'path', 'child_process', 'node:fs', 'vscode', 'vscode-languageserver/node', '../../shared/protocol', '../../lsp/analysis', '../../cli/output', '../../import/lazy', '../../server', '../../../../client/src/common/grid']) {
    assert.equal((await restricted(file, IMPORT(spec))).filter(m => m.startsWith('no-restricted-imports')).length, 1, spec);
  }
  for (const spec of ['../rule', '../codes', '../tables/t3']) assert.deepEqual(await restricted(file, IMPORT(spec)), [], spec);
});

test('the client reaches the server only through the shared modules', async () => {
  const file = 'client/src/probe.ts';
  for (const spec of ['../../server/src/core/analyze', '../../server/src/lsp/analysis', '../../server/src/cli/output']) {
    assert.equal((await restricted(file, IMPORT(spec))).length, 1, spec);
  }
  for (const spec of ['../../server/src/shared/protocol', '../../server/src/core/types', '../../server/src/core/detect']) {
    assert.deepEqual(await restricted(file, IMPORT(spec)), [], spec);
  }
  assert.equal((await restricted('client/src/common/probe.ts', IMPORT('../preview/view'))).length, 1);
});

test('an import used only as a type is written import type', async () => {
  const messages = await restricted('server/src/core/probe.ts', "import { Range } from './types';\nexport let r: Range | undefined;\n");
  assert.deepEqual(messages.map(m => m.split(':')[0]), ['@typescript-eslint/consistent-type-imports']);
});

test('the engine and the server translate through message catalogues, not inline t(locale, zh, en)', async () => {
  const inline = (file: string, source: string) => restricted(file, source).then(ms => ms.filter(m => m.startsWith('no-restricted-syntax')));
  const call = 'declare const t: (...a: string[]) => string;\nexport const m = (locale: string, n: number) => t(locale, `共 ${n} 件`, `${n} in all`);\n';
  assert.equal((await inline('server/src/core/rules/probe.ts', call)).length, 1);
  assert.equal((await inline('server/src/lsp/probe.ts', "declare const t: (...a: string[]) => string;\nexport const m = t('en', '是', 'yes');\n")).length, 1);
  assert.equal((await inline('server/src/core/rules/probe.ts', "declare const messages: { text(l: string, id: string): string };\nexport const m = messages.text('en', 'plain');\n")).length, 0);
  // The client's UI strings go through vscode.l10n, whose t takes the English text and its arguments.
  assert.equal((await inline('client/src/common/probe.ts', "declare const t: (...a: string[]) => string;\nexport const m = t('{0} of {1}', 'a', 'b');\n")).length, 0);
});

test('no WeakMap in the server: a value computed for an object is kept on it (core/attached.ts)', async () => {
  const probe = 'export const m = new WeakMap<object, number>();\n';
  for (const file of ['server/src/core/rules/probe.ts', 'server/src/lsp/probe.ts', 'server/src/cli/probe.ts']) {
    assert.equal((await restricted(file, probe)).filter(m => m.startsWith('no-restricted-syntax')).length, 1, file);
  }
  assert.deepEqual(await restricted('server/src/core/rules/probe.ts', 'export const m = new Map<object, number>();\n'), []);
});
