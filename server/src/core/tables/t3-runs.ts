// Table 三 rows whose digits ran together: each row is decoded into its seven cells with the row's
// own sum (总计 = the six applicant columns), then rows with several readings are settled by the
// column relations T3-E2 and T3-E3 across rows. What stays ambiguous is left unread, with its readings.

import type { LineCell } from './cells';
import { isGluedRun, readings, type Reading, valuesOf } from './digit-runs';
import { T3_RESULT_ROWS, type T3RowId } from '../schema';

export interface RunRow { id: T3RowId | null; values: LineCell[]; glued: boolean }
export interface Unsettled<R extends RunRow = RunRow> { row: R; readings: Reading[]; tokens: LineCell[]; unbalanced: boolean }

const COLS = 7;
const rowSumHolds = (v: number[]) => v[6] === v[0] + v[1] + v[2] + v[3] + v[4] + v[5];

/** A row whose value tokens are digits of several cells run together. */
function isRun(row: RunRow, flattenedTable: boolean): boolean {
  const { values } = row;
  if (!values.length || values.length >= COLS) return false;
  return row.glued || flattenedTable || values.some(v => isGluedRun(v.text)) || (values.length === 1 && values[0].text.length >= COLS);
}

/**
 * Decodes run-together rows in place. Returns how many rows were decoded and the rows left
 * unread (their values cleared), each with the readings that remained possible.
 */
export function decodeRuns<R extends RunRow>(rows: R[]): { decoded: number; unsettled: Unsettled<R>[] } {
  const flattenedTable = rows.filter(r => r.values.length === 1 && r.values[0].text.length >= COLS).length >= 3;
  let decoded = 0;
  const open: Unsettled<R>[] = [];
  for (const row of rows) {
    if (!isRun(row, flattenedTable)) continue;
    const all = readings(row.values, COLS) ?? [];
    const summing = all.filter(r => rowSumHolds(valuesOf(r)));
    const left = all.length === 1 ? all : summing.length ? summing : all;
    if (left.length === 1) { row.values = left[0]; decoded++; continue; }
    // Readings exist but none adds up: the row is wrong whichever way it is read.
    open.push({ row, readings: left, tokens: row.values, unbalanced: all.length > 0 && !summing.length });
  }
  const settled = settleByColumns(rows, open);
  const unsettled: Unsettled<R>[] = [];
  for (const u of open) {
    const r = settled.get(u);
    if (r) { u.row.values = r; decoded++; } else { u.row.values = []; unsettled.push(u); }
  }
  return { decoded, unsettled };
}

/** The one combination of readings that makes every checkable column relation hold, if only one does. */
function settleByColumns(rows: RunRow[], open: Unsettled[]): Map<Unsettled, Reading> {
  const result = new Map<Unsettled, Reading>();
  if (!open.length || open.some(u => !u.row.id)) return result;
  let combos = 1;
  for (const u of open) { combos *= u.readings.length; if (combos > 20000 || !u.readings.length) return result; }
  const fixed = new Map<T3RowId, number[]>();
  for (const r of rows) if (r.id && r.values.length === COLS && !open.some(u => u.row === r)) fixed.set(r.id, valuesOf([...r.values]));
  const pick = new Array<number>(open.length).fill(0);
  let found: number[] | null = null, count = 0;
  for (let n = 0; n < combos; n++) {
    let k = n;
    const values = new Map(fixed);
    open.forEach((u, i) => { pick[i] = k % u.readings.length; k = Math.floor(k / u.readings.length); values.set(u.row.id!, valuesOf(u.readings[pick[i]])); });
    const check = relationsHold(values);
    if (check === null) return result; // nothing to check against: no guess
    if (check) { count++; found = [...pick]; if (count > 1) return result; }
  }
  if (count === 1 && found) open.forEach((u, i) => result.set(u, u.readings[found![i]]));
  return result;
}

/** T3-E2 and T3-E3 on every column; null when neither can be evaluated. */
function relationsHold(values: Map<T3RowId, number[]>): boolean | null {
  let checked = false;
  const get = (id: T3RowId) => values.get(id);
  const total = get('R24');
  if (total && T3_RESULT_ROWS.every(id => get(id))) {
    checked = true;
    for (let c = 0; c < COLS; c++) if (T3_RESULT_ROWS.reduce((s, id) => s + get(id)![c], 0) !== total[c]) return false;
  }
  const [a, b, d] = [get('R01'), get('R02'), get('R25')];
  if (a && b && total && d) {
    checked = true;
    for (let c = 0; c < COLS; c++) if (a[c] + b[c] !== total[c] + d[c]) return false;
  }
  return checked ? true : null;
}
