// One check shared by the unit suite (fixture reports) and the conformance suite (real reports):
// every fix the engine offers, applied alone, clears its finding, brings no new error, and
// changes no character outside its edits.

import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analyze';
import { applyEdits } from '../../../server/src/core/fix/edits';
import { offsetAt, toSource } from '../../../server/src/core/text';
import type { Finding } from '../../../server/src/core/types';

/** A finding's identity that survives edits elsewhere: code and cells, or the text it stands on. */
function keyIn(text: string) {
  const src = toSource(text);
  return (f: Finding) => f.cells?.length ? `${f.code}|${f.cells.join(',')}` : `${f.code}|${text.slice(offsetAt(src, f.range.start), offsetAt(src, f.range.end))}`;
}

/** Checks every fix of `text`; returns how many fixes were applied. */
export function checkEveryFix(text: string): number {
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
      // New: not there before by identity, and more errors of that code than before (a finding whose
      // range the fix itself rewrote — the title it joins, say — keeps its code and count).
      const countOf = (list: Finding[], code: string) => list.filter(x => x.severity === 'error' && x.code === code).length;
      const added = findings.filter(x => x.severity === 'error' && !errorsBefore.has(keyAfter(x)) && countOf(findings, x.code) > countOf(before, x.code));
      assert.deepEqual(added.map(keyAfter), [], `${fix.title} added errors`);
      // Outside the edits the text is byte-identical.
      const src = toSource(text);
      const starts = fix.edits.map(e => offsetAt(src, e.range.start));
      const ends = fix.edits.map(e => offsetAt(src, e.range.end));
      const first = Math.min(...starts), last = Math.max(...ends);
      assert.equal(after.slice(0, first), text.slice(0, first));
      assert.equal(after.slice(after.length - (text.length - last)), text.slice(last));
    }
  }
  return count;
}
