// Every layout × a consistent and a broken table: the same values come out, and a broken
// total is found on the cell that is wrong.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { tablesJson } from '../../server/src/cli/output';
import { consistentData, SYNTH_LAYOUTS, synthReport } from './helpers/synth';

const ARITHMETIC = new Set(['t3-row-sum', 't3-result-sum', 't3-balance', 't4-sum']);

for (const layout of SYNTH_LAYOUTS) {
  test(`${layout}: a consistent report reads every value and breaks no relation`, () => {
    const data = consistentData();
    const { model, findings } = analyze(synthReport(data, layout));
    const tables = tablesJson(model);
    assert.deepEqual(Object.values(tables.t2!), data.t2);
    for (const [row, values] of Object.entries(data.t3)) assert.deepEqual(Object.values(tables.t3![row]), values, row);
    assert.deepEqual(Object.values(tables.t4!), data.t4);
    assert.ok(model.relations.length >= 25 + 7 + 7 + 3);
    assert.ok(model.relations.every(r => r.holds === true));
    assert.deepEqual(findings.filter(f => f.severity === 'error'), []);
  });

  test(`${layout}: a wrong （七）总计 is reported on that cell with a fix to the computed sum`, () => {
    const data = consistentData();
    data.t3.R24[0] = 25; // was 21
    const text = synthReport(data, layout);
    const { model, findings } = analyze(text);
    const cell = model.t3!.rows.R24!.cells.C1;
    const broken = findings.filter(f => ARITHMETIC.has(f.code));
    assert.deepEqual(broken.map(f => f.code).sort(), ['t3-balance', 't3-result-sum', 't3-row-sum']);
    for (const f of broken) {
      assert.deepEqual(f.range, cell.range);
      assert.equal(f.expected, 21);
      assert.equal(f.fixes![0].edits[0].newText, '21');
      assert.equal(f.fixes![0].preferred, true);
    }
  });

  test(`${layout}: a wrong component (（一）予以公开) is pointed at, not the total`, () => {
    const data = consistentData();
    data.t3.R03[0] = 10; data.t3.R03[6] = 12; // the row adds up, the column does not
    const { model, findings } = analyze(synthReport(data, layout));
    const f = findings.find(x => x.code === 't3-result-sum')!;
    assert.ok(f, 'result sum finding');
    assert.deepEqual(f.range, model.t3!.rows.R24!.cells.C1.range, 'two cells of R03 changed: no single explanation, the total is shown');
  });

  test(`${layout}: table 四 with a wrong total`, () => {
    const data = consistentData();
    data.t4[4] = 3;
    const { model, findings } = analyze(synthReport(data, layout));
    const f = findings.find(x => x.code === 't4-sum')!;
    assert.deepEqual(f.range, model.t4!.cells.K5.range);
    assert.equal(f.expected, 2);
  });
}
