// The cell index of a model (core/cell-index.ts): every cell found by its canonical id, category
// cells only in the view that includes them, the cells listed in reading order, and the same answers
// for a model that crossed JSON (the preview's copy, whose ids are not the schema's own strings).

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { indexCells, slotOf } from '../../server/src/core/cell-index';
import { allCells, cellsWithCategories, type ReportModel } from '../../server/src/core/model';
import { T2_IDS, T3_COLS, T4_IDS } from '../../server/src/core/schema';
import type { Cell } from '../../server/src/core/types';
import { readReport } from './helpers/fixtures';

const cell = (id: string, value: number): Cell => ({ id, value, raw: String(value), range: null });
const record = (...cells: Cell[]): Record<string, Cell> => Object.fromEntries(cells.map(c => [c.id, c]));

/** The cells of a model's tables as read: table 二, table 三 row by row as the source prints them, table 四. */
function tableCells(model: ReportModel): Cell[] {
  return [
    ...Object.values(model.t2?.cells ?? {}),
    ...Object.values(model.t3?.rows ?? {}).flatMap(r => Object.values(r!.cells)),
    ...Object.values(model.t4?.cells ?? {}),
  ];
}

describe('cell index', () => {
  it('finds each cell by id and lists them in the order given; category cells only in their view', () => {
    const t2 = record(cell('A1', 1), cell('A2', 2));
    const r24 = record(cell('R24.C1', 3), cell('R24.C7', 4));
    const r01 = record(cell('R01.C1', 5));
    const g3 = record(cell('G3.C1', 6));
    const { all, withCategories } = indexCells([t2, r24, r01], [g3]);
    assert.deepEqual(all.list.map(c => c.id), ['A1', 'A2', 'R24.C1', 'R24.C7', 'R01.C1']);
    assert.deepEqual(withCategories.list.map(c => c.id), ['A1', 'A2', 'R24.C1', 'R24.C7', 'R01.C1', 'G3.C1']);
    assert.equal(all.get('R24.C7'), r24['R24.C7']);
    assert.equal(withCategories.get('R24.C7'), r24['R24.C7']);
    assert.equal(all.get('G3.C1'), undefined);
    assert.equal(withCategories.get('G3.C1'), g3['G3.C1']);
    for (const id of ['A3', 'R02.C1', 'K1', 'G4.C1', 'R24', 'C1', '', 'constructor', '__proto__']) {
      assert.equal(all.get(id), undefined, id);
      assert.equal(withCategories.get(id), undefined, id);
    }
  });

  it('gives each id its own slot, and the cell by slot as by id', () => {
    const t2 = record(cell('A1', 1), cell('A2', 2));
    const g3 = record(cell('G3.C1', 6));
    const { all, withCategories } = indexCells([t2], [g3]);
    const ids = [...T2_IDS, ...T4_IDS, ...T3_COLS.map(col => `R24.${col}`), 'G3.C1', 'G4.C7'];
    assert.equal(new Set(ids.map(slotOf)).size, ids.length);
    for (const id of ids) {
      assert.equal(all.atSlot(slotOf(id)), all.get(id), id);
      assert.equal(withCategories.atSlot(slotOf(id)), withCategories.get(id), id);
    }
    assert.equal(all.atSlot(slotOf('G3.C1')), undefined);
    assert.equal(withCategories.atSlot(slotOf('G3.C1'))?.value, 6);
    for (const id of ['X1', 'R24', 'R26.C1', '', '__proto__']) assert.throws(() => slotOf(id), /no slot/, id);
  });

  it('is one index for both views when there are no category cells', () => {
    const { all, withCategories } = indexCells([record(cell('K1', 1))], []);
    assert.equal(all, withCategories);
    assert.equal(all.get('K1')?.value, 1);
  });

  it('indexes a report: every cell of its tables, in reading order, also after a JSON round trip', () => {
    const model = analyze(readReport('table-defects')).model;
    assert.ok(model.t3!.categories.length > 0, 'the fixture has category rows with numbers');
    for (const m of [model, JSON.parse(JSON.stringify(model)) as ReportModel]) {
      const cells = tableCells(m);
      assert.deepEqual(allCells(m).list.map(c => c.id), cells.map(c => c.id));
      const categories = m.t3!.categories.flatMap(c => Object.values(c.cells));
      assert.deepEqual(cellsWithCategories(m).list.map(c => c.id), [...cells, ...categories].map(c => c.id));
      for (const c of cells) assert.equal(allCells(m).get(c.id)?.raw, c.raw, c.id);
      for (const c of categories) {
        assert.equal(allCells(m).get(c.id), undefined, c.id);
        assert.equal(cellsWithCategories(m).get(c.id)?.raw, c.raw, c.id);
      }
      for (const id of [...T2_IDS, ...T4_IDS, ...T3_COLS.map(col => `R24.${col}`)]) assert.ok(allCells(m).get(id), id);
    }
  });
});
