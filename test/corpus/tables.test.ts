// Every cell of tables 二/三/四 for each seed and pdftotext fixture (values re-computed in spec §7).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { tablesJson } from '../../server/src/cli/output';
import { T3_COLS, T3_ROW_IDS } from '../../server/src/core/schema';
import { readFixture, readSeed } from './shared';

type Rows = Record<string, (number | null)[]>;
/** All 25 rows, zero unless listed; `c6` null when the table lacks the 其他 column. */
function t3(rows: Rows, c6: number | null = 0, missing: string[] = []) {
  return Object.fromEntries(T3_ROW_IDS.map(r => {
    if (missing.includes(r)) return [r, Object.fromEntries(T3_COLS.map(c => [c, null]))];
    const v = rows[r] ?? [0, 0, 0, 0, 0, 0, 0];
    return [r, Object.fromEntries(T3_COLS.map((c, i) => [c, c === 'C6' && c6 === null ? null : v[i]]))];
  }));
}
const t2 = (v: number[]) => Object.fromEntries(['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'L1', 'P1', 'P2', 'F1'].map((k, i) => [k, v[i]]));
const t4 = (v: number[]) => Object.fromEntries(v.map((x, i) => [`K${i + 1}`, x]));
const only = (c1: number) => [c1, 0, 0, 0, 0, 0, c1];

const CASES: [string, () => string, ReturnType<typeof tablesJson>][] = [
  ['seed 000', () => readSeed('000'), {
    t2: t2([0, 0, 0, 1, 2, 12, 10067, 456, 1, 59.91]),
    t3: t3({ R01: only(10), R03: only(6), R13: only(4), R24: only(10) }),
    t4: t4([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
  }],
  ['seed 001', () => readSeed('001'), {
    t2: t2([0, 0, 0, 4, 2, 11, 64142, 1034, 0, 803]),
    t3: t3({ R01: [96, 4, 0, 0, 0, 0, 100], R02: only(10), R03: [7, 2, 0, 0, 0, 0, 9], R04: [10, 1, 0, 0, 0, 0, 11], R08: only(1), R11: only(1), R13: [76, 1, 0, 0, 0, 0, 77], R21: only(1), R24: [96, 4, 0, 0, 0, 0, 100], R25: only(10) }),
    t4: t4([10, 0, 1, 1, 12, 1, 0, 1, 2, 4, 7, 0, 1, 0, 8]),
  }],
  ['seed 002', () => readSeed('002'), { t2: t2([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), t3: t3({}), t4: t4(new Array(15).fill(0)) }],
  ['seed 003', () => readSeed('003'), {
    t2: t2([0, 0, 0, 0, 2, 6, 0, 0, 0, 0]),
    t3: t3({ R01: only(5), R04: only(1), R24: only(5) }, null),
    t4: t4(new Array(15).fill(0)),
  }],
  ['seed 004', () => readSeed('004'), {
    t2: t2([0, 0, 0, 1, 9, 19, 23619, 1280, 3, 3382]),
    t3: t3({ R01: only(132), R03: only(113), R04: only(1), R08: only(2), R13: only(16), R24: only(132) }),
    t4: t4([0, 1, 1, 1, 3, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]),
  }],
  ['pdftotext 淮安市 2024', () => readFixture('001_huaian_shi_2024.txt'), {
    t2: t2([1, 0, 11, 8, 26, 66, 447228, 3985758, 88283, 96171.6]),
    t3: t3({
      R01: [3001, 53, 0, 0, 61, 4, 3119], R02: only(34), R03: [1288, 21, 0, 0, 50, 3, 1362], R04: [447, 7, 0, 0, 0, 0, 454],
      R05: only(2), R06: [30, 1, 0, 0, 0, 0, 31], R07: only(5), R08: only(6), R09: [7, 1, 0, 0, 0, 0, 8], R10: only(12), R11: only(9), R12: only(105),
      R13: [746, 12, 0, 0, 10, 1, 769], R14: only(11), R15: only(1), R16: [56, 6, 0, 0, 0, 0, 62], R17: only(25), R20: only(1),
      R21: [67, 3, 0, 0, 1, 0, 71], R22: only(6), R23: [108, 2, 0, 0, 0, 0, 110], R24: [2932, 53, 0, 0, 61, 4, 3050], R25: only(103),
    }),
    t4: t4([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]),
  }],
  ['pdftotext 洪泽区 2023', () => readFixture('002_hongze_qu_2023.txt'), {
    t2: t2([0, 0, 0, 0, 5, 5, 550, 4119, 195, 7730.28]),
    t3: t3({ R01: only(21), R04: only(4), R05: only(1), R10: only(1), R11: only(1), R13: only(10), R14: only(3), R16: only(1), R24: only(21) }, 0, ['R21', 'R22', 'R23']),
    t4: t4([10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0]),
  }],
  ['pdftotext 洪泽区 2024', () => readFixture('003_hongze_qu_2024.txt'), {
    t2: t2([0, 0, 0, 3, 0, 8, 9487, 2776, 84, 7545]),
    t3: t3({ R01: only(95), R03: only(50), R04: only(9), R07: only(1), R10: only(1), R11: only(1), R13: only(31), R14: only(1), R16: only(1), R24: only(95) }, 0, ['R21', 'R22', 'R23']),
    t4: t4([1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]),
  }],
];

for (const [name, read, expected] of CASES) {
  test(`${name}: every cell of tables 二, 三 and 四`, () => {
    const { model } = analyze(read());
    assert.deepEqual(tablesJson(model), expected);
  });
}

test('every cell read keeps the exact source range of its text', () => {
  for (const [, read] of CASES) {
    const text = read();
    const lines = text.split(/\r?\n/);
    const { model } = analyze(text);
    const cells = [...Object.values(model.t2!.cells), ...Object.values(model.t3!.rows).flatMap(r => Object.values(r!.cells)), ...Object.values(model.t4!.cells)];
    for (const c of cells) {
      if (!c.range) continue;
      assert.equal(lines[c.range.start.line].slice(c.range.start.character, c.range.end.character), c.raw, `${c.id}`);
    }
  }
});
