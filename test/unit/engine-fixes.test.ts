// Every fix the engine offers on the fixture reports: applied alone, it clears its finding,
// brings no new error, and changes no character outside its edits (helpers/fix-check.ts).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { fixAll } from '../../server/src/core/fix/fixAll';
import { checkEveryFix } from './helpers/fix-check';
import { readReport, REPORT_NAMES } from './helpers/fixtures';
import { consistentData, synthReport } from './helpers/synth';

for (const name of REPORT_NAMES) {
  test(`${name}: each fix clears its finding and changes nothing else`, () => {
    const count = checkEveryFix(readReport(name));
    if (['pipe-web', 'table-defects', 'split-label'].includes(name)) assert.ok(count > 0, 'reports with errors offer fixes');
  });
}

test('fix-all converges and leaves split-label without table errors', () => {
  const { text, applied } = fixAll(readReport('split-label'), t => analyze(t).findings);
  assert.ok(applied >= 2);
  const errors = analyze(text).findings.filter(f => f.severity === 'error' && /^(t[234]-|label-|number-)/.test(f.code));
  assert.deepEqual(errors, []);
});

test('paragraph-split: a paragraph cut by several page breaks is found whole in one pass, so fix-all is idempotent (found by npm run fuzz)', () => {
  const pieces = ['本年度我单位认真贯彻落实条例要求，持续推进政务公开工作并且不断', '进一步', '加强', '平台', '建设', '和', '管理', '工作。'];
  const text = synthReport(consistentData(), 'tab').replace('（一）主动公开。', pieces.join('\n\n\n') + '\n\n（一）主动公开。');
  const findingsOf = (t: string) => analyze(t).findings;
  assert.equal(findingsOf(text).filter(f => f.code === 'paragraph-split').length, pieces.length - 1);
  const once = fixAll(text, findingsOf);
  assert.equal(once.rounds, 1);
  assert.ok(once.text.includes(pieces.join('')));
  assert.equal(fixAll(once.text, findingsOf).text, once.text);
});
