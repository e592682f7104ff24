// The TextMate grammar (syntaxes/xxgk-report.tmLanguage.json) against the scope assertions in
// test/grammar/*.xxgk, run with vscode-tmgrammar-test.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');

test('grammar: every scope assertion in test/grammar holds', () => {
  const cli = path.join(ROOT, 'node_modules/vscode-tmgrammar-test/dist/unit.js');
  const r = spawnSync(process.execPath, [cli, '--compact', '-g', 'syntaxes/xxgk-report.tmLanguage.json', 'test/grammar/*.xxgk'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /tables\.xxgk/);
  assert.match(r.stdout, /prose\.xxgk/);
});
