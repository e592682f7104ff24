// Every cell of tables 二/三/四 for each fixture report, in every layout and defect it carries.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { tablesJson } from '../../server/src/cli/output';
import { T3_COLS, T3_ROW_IDS } from '../../server/src/core/schema';
import { readReport } from './helpers/fixtures';

type Rows = Record<string, (number | null)[]>;
/** All 25 rows, zero unless listed; `c6` null when the table lacks the 其他 column. */
function t3(rows: Rows, c6: number | null = 0) {
  return Object.fromEntries(T3_ROW_IDS.map(r => {
    const v = rows[r] ?? [0, 0, 0, 0, 0, 0, 0];
    return [r, Object.fromEntries(T3_COLS.map((c, i) => [c, c === 'C6' && c6 === null ? null : v[i]]))];
  }));
}
const t2 = (v: number[]) => Object.fromEntries(['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'L1', 'P1', 'P2', 'F1'].map((k, i) => [k, v[i]]));
const t4 = (v: number[]) => Object.fromEntries(v.map((x, i) => [`K${i + 1}`, x]));
const only = (c1: number) => [c1, 0, 0, 0, 0, 0, c1];

const CASES: [string, () => string, ReturnType<typeof tablesJson>][] = [
  ['tab-normalise', () => readReport('tab-normalise'), {
    t2: t2([0, 0, 0, 2, 1, 9, 8000, 300, 2, 45.5]),
    t3: t3({ R01: only(8), R03: only(5), R13: only(3), R24: only(8) }),
    t4: t4([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
  }],
  ['pipe-web', () => readReport('pipe-web'), {
    t2: t2([0, 0, 0, 3, 1, 20, 5200, 640, 0, 310]),
    t3: t3({ R01: [45, 5, 0, 0, 0, 0, 50], R02: only(10), R03: [5, 2, 0, 0, 0, 0, 7], R04: [8, 1, 0, 0, 0, 0, 9], R08: only(1), R11: only(1), R13: [29, 2, 0, 0, 0, 0, 31], R21: only(1), R24: [45, 5, 0, 0, 0, 0, 50], R25: only(10) }),
    t4: t4([3, 0, 1, 1, 5, 1, 0, 0, 1, 2, 2, 0, 1, 0, 3]),
  }],
  ['zero-dept', () => readReport('zero-dept'), { t2: t2([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), t3: t3({}), t4: t4(new Array(15).fill(0)) }],
  ['table-defects', () => readReport('table-defects'), {
    t2: t2([0, 0, 0, 0, 1, 4, 0, 0, 0, 0]),
    t3: t3({ R01: only(6), R03: only(1), R24: only(6) }, null),
    t4: t4(new Array(15).fill(0)),
  }],
  ['split-label', () => readReport('split-label'), {
    t2: t2([0, 0, 0, 2, 4, 25, 15000, 900, 5, 1200]),
    t3: t3({ R01: only(90), R03: only(70), R04: only(2), R08: only(3), R13: only(15), R24: only(90) }),
    t4: t4([0, 1, 0, 1, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]),
  }],
  ['spaced-2023', () => readReport('spaced-2023'), {
    t2: t2([0, 0, 0, 2, 1, 11, 430, 2900, 120, 5100.5]),
    t3: t3({ R01: [14, 1, 0, 0, 0, 0, 15], R02: only(1), R03: only(6), R04: only(2), R08: only(1), R13: [4, 1, 0, 0, 0, 0, 5], R24: [13, 1, 0, 0, 0, 0, 14], R25: only(2) }),
    t4: t4([2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]),
  }],
  ['spaced-2024', () => readReport('spaced-2024'), {
    t2: t2([0, 0, 0, 3, 2, 12, 510, 3100, 95, 5320]),
    t3: t3({ R01: [20, 2, 0, 0, 0, 0, 22], R02: only(2), R03: [9, 1, 0, 0, 0, 0, 10], R04: only(3), R07: only(1), R13: [6, 1, 0, 0, 0, 0, 7], R16: only(1), R24: [20, 2, 0, 0, 0, 0, 22], R25: only(2) }),
    t4: t4([1, 1, 0, 1, 3, 1, 0, 0, 0, 1, 0, 0, 1, 1, 2]),
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
