// Reading confidence: relations failing together in the pattern of a misread are one doubt about
// the reading, never a row of per-cell errors; a single wrong cell is still an error on its cell.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { T3_ROWS } from '../../server/src/core/schema';
import { consistentData, synthReport } from './helpers/synth';

/** Every row of table 三 shifted one column right (a spurious leading 0, the 总计 cell pushed out). */
function shiftedColumns(): string {
  const data = consistentData();
  for (const r of T3_ROWS) data.t3[r.id] = [0, ...data.t3[r.id].slice(0, 6)];
  return synthReport(data, 'tab');
}

test('a shifted column of table 三 is one warning on the table, with no per-cell arithmetic error', () => {
  const { model, findings } = analyze(shiftedColumns());
  const doubt = findings.filter(f => f.code === 'table-uncertain');
  assert.equal(doubt.length, 1, findings.map(f => `${f.code} ${f.message}`).join('\n'));
  assert.equal(doubt[0].severity, 'warning');
  assert.match(doubt[0].message, /^表三未能可靠读出：\d+ 处勾稽关系同时不成立，多行的行内合计同时不成立/);
  assert.equal(model.t3!.misread!.pattern, 'columns');
  assert.ok(!findings.some(f => f.code.startsWith('t3-') && f.severity === 'error'), findings.map(f => f.code).join(', '));
  const r01 = model.t3!.rows.R01!.cells;
  assert.equal(r01.C7.value, null);
  assert.equal(r01.C7.uncertain, true);
  assert.equal(r01.C7.raw, '1', 'the printed text is kept for the preview');
  assert.ok(!findings.some(f => f.severity === 'error'), 'prose is not compared with uncertain cells');
});

test('a single wrong cell is still an error on that cell, not a doubt about the reading', () => {
  const data = consistentData();
  data.t3.R24[0] = 22;
  const { model, findings } = analyze(synthReport(data, 'tab'));
  assert.equal(model.t3!.misread, null);
  assert.ok(!findings.some(f => f.code === 'table-uncertain'));
  assert.ok(findings.some(f => f.code === 't3-result-sum' && f.severity === 'error'));
});

test('two wrong cells in different rows are still errors (a misread needs five failures spread over three rows or columns)', () => {
  const data = consistentData();
  data.t3.R03[0] = 10; data.t3.R01[1] = 4;
  const { model, findings } = analyze(synthReport(data, 'tab'));
  assert.equal(model.t3!.misread, null);
  assert.ok(findings.filter(f => f.code.startsWith('t3-') && f.severity === 'error').length >= 2);
});
