// `xxgk check` on the real reports: the cross-year findings printed after the run (text, JSON
// lines, SARIF) are exactly those `--format json` gives by pairing first, file for file.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { SHARED } from './shared';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
const DIRS = ['seeds', 'corpus', 'fixtures/pdftotext'].map(d => path.join(SHARED, d));
const check = (format: string) => execFileSync(process.execPath, [CLI, 'check', '--exit-zero', '--format', format, ...DIRS], { encoding: 'utf8', maxBuffer: 1 << 28 });

type Diagnostic = { code: string; range: { start: { line: number; character: number } } };
const byPlace = (a: Diagnostic, b: Diagnostic) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

test('real reports: json (paired first) = jsonl + its cross-year objects, for every file', () => {
  const json = JSON.parse(check('json')) as { file: string; diagnostics: Diagnostic[] }[];
  const lines = check('jsonl').trim().split('\n').map(l => JSON.parse(l)) as { file: string; previous?: string; diagnostics: Diagnostic[] }[];
  const own = lines.filter(l => l.previous === undefined), crossYear = lines.filter(l => l.previous !== undefined);
  assert.deepEqual(own.map(l => l.file).sort(), json.map(e => e.file).sort());
  assert.ok(json.length >= 16);
  for (const element of json) {
    const mine = own.find(l => l.file === element.file)!.diagnostics;
    const extra = crossYear.find(l => l.file === element.file)?.diagnostics ?? [];
    assert.deepEqual([...mine, ...extra].sort(byPlace), element.diagnostics, element.file);
  }
});
