// Every fix the engine offers on the fixture reports: applied alone, it clears its finding,
// brings no new error, and changes no character outside its edits (helpers/fix-check.ts).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { fixAll } from '../../server/src/core/fix/fixAll';
import { checkEveryFix } from './helpers/fix-check';
import { readReport, REPORT_NAMES } from './helpers/fixtures';

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
