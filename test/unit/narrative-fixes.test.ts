// Every fix of an issue-3 finding on the fixture reports and the bundled examples clears that finding and
// introduces no new issue-3 finding; insertions keep the document's EOL.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { readReport, REPORT_NAMES } from './helpers/fixtures';
import { apply, checkNarrativeFixes, findings } from './narrative-helpers';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const docs: [string, string][] = [
  ...REPORT_NAMES.map(n => [n, readReport(n)] as [string, string]),
  ...fs.readdirSync(EXAMPLES).filter(f => f.endsWith('.txt')).map(f => [f, fs.readFileSync(path.join(EXAMPLES, f), 'utf8')] as [string, string]),
];

const count = (text: string, code: string) => findings(text).filter(f => f.code === code).length;

test('each fix clears its finding and adds no other issue-3 finding', () => {
  const checked = docs.reduce((n, [name, text]) => n + checkNarrativeFixes(name, text), 0);
  assert.ok(checked >= 15, `only ${checked} fixes checked`);
});

test('fixes on a CRLF document insert CRLF line breaks', () => {
  const text = readReport('split-label').replace(/\n/g, '\r\n');
  const f = findings(text);
  const supervision = f.find(x => x.code === 'structure-supervision')!;
  assert.match(supervision.fixes![0].edits[0].newText, /^\r\n\r\n本年度/);
  const period = findings(readReport('zero-dept').replace(/\n/g, '\r\n')).find(x => x.code === 'structure-period-missing')!;
  assert.match(period.fixes![0].edits[0].newText, /止。\r\n\r\n$/);
  assert.equal(count(apply(text, supervision.fixes![0].edits), 'structure-supervision'), 0);
});
