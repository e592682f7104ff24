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
