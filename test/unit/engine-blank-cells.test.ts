// Empty cells between explicit separators (`2\t\t0`, `| 2 |  | 0 |`): where the values and the
// empty cells between them fill the row exactly, each value keeps its column and the empty cells
// are blank — one warning per table, the rest of the row checked as usual.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { consistentData, synthReport } from './helpers/synth';
import { regularPitch } from '../../server/src/core/tables/blank-cells';

const loud = (text: string) => analyze(text).findings.filter(f => f.severity === 'error' || f.severity === 'warning');

test('tab layout: an empty cell in a row of table 三 is blank, the other cells read in their columns', () => {
  const text = synthReport(consistentData(), 'tab').replace(/(\t2\.重复申请\t2)\t0\t/, '$1\t\t');
  const f = loud(text);
  assert.deepEqual(f.map(x => x.code), ['cells-blank'], f.map(x => x.message).join('\n'));
  assert.deepEqual(f[0].cells, ['R17.C2']);
  const row = analyze(text).model.t3!.rows.R17!.cells;
  assert.equal(row.C1.value, 2);
  assert.equal(row.C2.value, null);
  assert.equal(row.C7.value, 2);
});

test('markdown layout: an empty cell between pipes is blank too', () => {
  const text = synthReport(consistentData(), 'markdown').replace(/(\| 2\.重复申请 \| 2) \| 0 \|/, '$1 |  |');
  assert.deepEqual(loud(text).map(x => `${x.code} ${x.cells}`), ['cells-blank R17.C2']);
});

test('table 四: empty cells between tabs are blank, the totals still checked', () => {
  const ok = synthReport(consistentData(), 'tab').replace(/^1\t1\t0\t0\t2\t/m, '1\t1\t\t\t2\t');
  assert.deepEqual(loud(ok).map(x => `${x.code} ${x.cells}`), ['cells-blank K3,K4']);
  const wrong = synthReport(consistentData(), 'tab').replace(/^1\t1\t0\t0\t2\t/m, '1\t1\t\t\t3\t');
  const codes = loud(wrong).map(x => x.code);
  assert.ok(codes.includes('cells-blank'));
  assert.ok(!codes.includes('t4-column-count'), 'the table is read');
});

test('an empty cell before the first value is no blank: the row is short and left unread, never guessed', () => {
  const text = synthReport(consistentData(), 'tab').replace(/(\t2\.重复申请)\t2\t0\t/, '$1\t\t2\t');
  const f = loud(text);
  assert.deepEqual(f.map(x => x.code), ['t3-missing-values']);
  assert.equal(analyze(text).model.t3!.rows.R17!.cells.C1.value, null);
});

/** The pitch by counting every step (the most frequent, the first among equals), as the reader said it before the vote. */
function countedPitch(lines: number[]): number | null {
  if (lines.length < 3) return null;
  const count = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) count.set(lines[i] - lines[i - 1], (count.get(lines[i] - lines[i - 1]) ?? 0) + 1);
  const [d, n] = [...count].sort((a, b) => b[1] - a[1])[0];
  return d >= 2 && n / (lines.length - 1) >= 0.6 ? d : null;
}

test('regularPitch: the step 60% of the steps keep, as counting them all finds it (random lines, every length to 12)', () => {
  let seed = 7;
  const random = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  let regular = 0;
  for (let k = 0; k < 20000; k++) {
    const lines = [random(5)];
    const length = 1 + random(12), pitch = 1 + random(4);
    while (lines.length < length) lines.push(lines[lines.length - 1] + (random(4) ? pitch : random(6)));
    const want = countedPitch(lines);
    assert.equal(regularPitch(lines), want, JSON.stringify(lines));
    if (want !== null) regular++;
  }
  assert.ok(regular > 2000, `only ${regular} regular`);
  assert.equal(regularPitch([10, 13, 16, 20, 23]), 3);
  assert.equal(regularPitch([10, 11, 12, 13]), null); // no blank lines between cells
  assert.equal(regularPitch([10, 12, 15, 18, 20]), null); // no step kept by 60%
});
