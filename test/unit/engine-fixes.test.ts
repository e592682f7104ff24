// Every fix the engine offers on the seeds and fixtures: applied alone, it clears its finding,
// brings no new error, and changes no character outside its edits.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/fix/edits';
import { fixAll } from '../../server/src/core/fix/fixAll';
import { offsetAt, toSource } from '../../server/src/core/text';
import type { Finding } from '../../server/src/core/types';
import { readFixture, readSeed } from './helpers/fixtures';
import { consistentData, synthReport } from './helpers/synth';

/** A finding's identity that survives edits elsewhere: code and cells, or the text it stands on. */
function keyIn(text: string) {
  const src = toSource(text);
  return (f: Finding) => f.cells?.length ? `${f.code}|${f.cells.join(',')}` : `${f.code}|${text.slice(offsetAt(src, f.range.start.line, f.range.start.character), offsetAt(src, f.range.end.line, f.range.end.character))}`;
}
const DOCS: [string, string][] = [
  ...['000', '001', '002', '003', '004'].map(s => [`seed ${s}`, readSeed(s)] as [string, string]),
  ...['001_huaian_shi_2024.txt', '002_hongze_qu_2023.txt'].map(f => [f, readFixture(f)] as [string, string]),
];

for (const [name, text] of DOCS) {
  test(`${name}: each fix clears its finding and changes nothing else`, () => {
    const before = analyze(text).findings;
    const key = keyIn(text);
    const errorsBefore = new Set(before.filter(f => f.severity === 'error').map(key));
    let count = 0;
    for (const f of before) {
      for (const fix of f.fixes ?? []) {
        count++;
        const after = applyEdits(text, fix.edits);
        const findings = analyze(after).findings;
        const keyAfter = keyIn(after);
        if (fix.preferred) assert.ok(!findings.some(x => x.code === f.code && x.message === f.message), `${fix.title} left ${key(f)}`);
        const added = findings.filter(x => x.severity === 'error' && !errorsBefore.has(keyAfter(x)));
        assert.deepEqual(added.map(keyAfter), [], `${fix.title} added errors`);
        // Outside the edits the text is byte-identical.
        const src = toSource(text);
        const starts = fix.edits.map(e => offsetAt(src, e.range.start.line, e.range.start.character));
        const ends = fix.edits.map(e => offsetAt(src, e.range.end.line, e.range.end.character));
        const first = Math.min(...starts), last = Math.max(...ends);
        assert.equal(after.slice(0, first), text.slice(0, first));
        assert.equal(after.slice(after.length - (text.length - last)), text.slice(last));
      }
    }
    if (/00[134]/.test(name)) assert.ok(count > 0, 'seeds with errors offer fixes');
  });
}

test('fix-all converges and leaves seed 004 without table errors', () => {
  const { text, applied } = fixAll(readSeed('004'), t => analyze(t).findings);
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
