// parseCellId: every canonical id of the schema parses to its typed parts and back; anything else
// (near misses, padding, other cases, prototype names) is no cell id.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  T2_IDS, T3_COLS, T3_GROUP_IDS, T3_ROW_IDS, T4_GROUPS, T4_IDS, T4_RESULTS, cellLabel, isCellId, isT3CategoryGroup, isT3RowId,
  parseCellId,
} from '../../server/src/core/schema';

describe('parseCellId', () => {
  it('takes apart an id of each table', () => {
    assert.deepEqual(parseCellId('A1'), { table: 't2', id: 'A1' });
    assert.deepEqual(parseCellId('F1'), { table: 't2', id: 'F1' });
    assert.deepEqual(parseCellId('R03.C7'), { table: 't3', id: 'R03.C7', row: 'R03', col: 'C7' });
    assert.deepEqual(parseCellId('G3.C1'), { table: 't3-category', id: 'G3.C1', group: 'refuse', col: 'C1' });
    assert.deepEqual(parseCellId('K1'), { table: 't4', id: 'K1', group: 0, result: 0 });
    assert.deepEqual(parseCellId('K10'), { table: 't4', id: 'K10', group: 1, result: 4 });
    assert.deepEqual(parseCellId('K15'), { table: 't4', id: 'K15', group: 2, result: 4 });
  });

  it('round trip: every id of the schema parses to itself, and there are 10 + 175 + 28 + 15', () => {
    const ids = [
      ...T2_IDS,
      ...T3_ROW_IDS.flatMap(r => T3_COLS.map(c => `${r}.${c}`)),
      ...Object.values(T3_GROUP_IDS).flatMap(g => T3_COLS.map(c => `${g}.${c}`)),
      ...T4_IDS,
    ];
    assert.equal(new Set(ids).size, 10 + 175 + 28 + 15);
    for (const id of ids) {
      const ref = parseCellId(id);
      assert.ok(ref, id);
      assert.equal(ref.id, id);
      assert.ok(isCellId(id), id);
      if (ref.table === 't3') assert.equal(`${ref.row}.${ref.col}`, id);
      if (ref.table === 't3-category') assert.equal(`${T3_GROUP_IDS[ref.group]}.${ref.col}`, id);
      if (ref.table === 't4') {
        assert.equal(T4_IDS[ref.group * 5 + ref.result], id);
        assert.equal(cellLabel(id), `${T4_GROUPS[ref.group]} / ${T4_RESULTS[ref.result]}`);
      }
      assert.notEqual(cellLabel(id), id, `${id} has a label`);
    }
  });

  it('rejects near misses and other text', () => {
    for (const s of [
      '', 'A', 'A0', 'A4', 'a1', 'L2', 'P3', 'F2', 'C1', ' A1', 'A1 ', 'A1\n',
      'R00.C1', 'R26.C1', 'R3.C1', 'R003.C1', 'R03', 'R03.', 'R03.C0', 'R03.C8', 'R03.c7', 'r03.C7', 'R03.C7.C7', 'R03C7', '.C7', 'R03..C7',
      'G2.C1', 'G7.C1', 'G3', 'G3.C8',
      'K0', 'K16', 'K01', 'k1', 'K', 'K1.C1',
      'row:R05', 'cat:refuse', 'constructor', '__proto__', 'toString', 'hasOwnProperty.C1',
      'Ｒ03.C7', 'R０3.C7',
    ]) {
      assert.equal(parseCellId(s), undefined, JSON.stringify(s));
      assert.equal(isCellId(s), false, JSON.stringify(s));
    }
  });

  it('type guards for row ids and categories', () => {
    assert.ok(isT3RowId('R25'));
    assert.ok(!isT3RowId('R26'));
    assert.ok(!isT3RowId('R25.C1'));
    assert.ok(isT3CategoryGroup('refuse'));
    assert.ok(!isT3CategoryGroup('results'));
  });
});
