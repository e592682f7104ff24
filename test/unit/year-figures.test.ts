// The figures a batch run keeps of every report for the cross-year checks survive packing exactly.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { figuresOf, packFigures, PACKED_LENGTH, unpackFigures, type YearFigures } from '../../server/src/core/narrative/year-figures';
import { readReport, REPORT_NAMES } from './helpers/fixtures';

/** What the cross-year rules read of the figures: year, and each cell's id, value and range. */
const plain = (f: YearFigures) => ({ year: f.year, cells: [...f.cells.values()].map(({ id, value, range }) => ({ id, value, range })).sort((a, b) => (a.id < b.id ? -1 : 1)) });

test('every fixture report: unpack(pack(figures)) = figures (values, nulls, ranges, absent tables)', () => {
  assert.equal(PACKED_LENGTH * 8, 488);
  for (const name of REPORT_NAMES) {
    const f = figuresOf(analyze(readReport(name)).model);
    assert.ok(f.cells.size > 0, name);
    assert.deepEqual(plain(unpackFigures(packFigures(f))), plain(f), name);
  }
  const none = figuresOf({ year: null, t2: null, t3: null });
  assert.deepEqual(plain(unpackFigures(packFigures(none))), { year: null, cells: [] });
});

test('places up to 2^26 lines and characters kept exactly; beyond, the cell keeps its value without a place', () => {
  const range = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 3 } });
  const f: YearFigures = { year: 2024, cells: new Map([
    ['A1', { id: 'A1', value: 2 ** 53 - 1, range: range(2 ** 26 - 1, 2 ** 26 - 4) }],
    ['A2', { id: 'A2', value: null, range: range(0, 0) }],
    ['A3', { id: 'A3', value: 7, range: null }],
    ['B1', { id: 'B1', value: 1, range: range(2 ** 26, 5) }],
  ]) };
  const back = unpackFigures(packFigures(f));
  assert.deepEqual(back.cells.get('A1'), f.cells.get('A1'));
  assert.deepEqual(back.cells.get('A2'), f.cells.get('A2'));
  assert.deepEqual(back.cells.get('A3'), f.cells.get('A3'));
  assert.deepEqual(back.cells.get('B1'), { id: 'B1', value: 1, range: null });
  assert.equal(back.cells.has('B2'), false);
});
