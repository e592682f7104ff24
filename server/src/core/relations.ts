// Every arithmetic relation of tables 三 and 四 (spec §3.3, §4.2), evaluated on the model.
// Cells of a missing column take no part; a relation with an unreadable term does not hold or fail.

import { cellsWithCategories, type Relation, type RelationCode, type ReportModel, type Table3 } from './model';
import { slotOf, type CellIndex } from './cell-index';
import { t3CellId, T3_COLS, T3_GROUP_IDS, T3_GROUP_ROWS, T4_IDS, type T3ColId, type T3GroupId, type T3RowId } from './schema';

/** A relation's id, the ids of its terms, and their slots in a cell index (looked up once, not per model). */
interface Terms { id: string; left: string[]; right: string[]; leftSlots: number[]; rightSlots: number[] }

function evaluate(code: RelationCode, { id, left, right, leftSlots, rightSlots }: Terms, cells: CellIndex): Relation {
  const leftValue = sum(leftSlots, cells), rightValue = sum(rightSlots, cells);
  const holds = leftValue === null || rightValue === null ? null : Math.abs(leftValue - rightValue) < 1e-9;
  return { code, id, left, right, leftValue, rightValue, holds };
}

/**
 * Terms that depend on nothing but the rows and columns they name, made once and shared by the
 * relations of every model (frozen: no consumer changes a relation's terms).
 */
function sharedTerms(id: string, left: string[], right: string[]): Terms {
  return { id, left: Object.freeze(left) as string[], right: Object.freeze(right) as string[], leftSlots: left.map(slotOf), rightSlots: right.map(slotOf) };
}

/** The sum of the cells' values; null when one is missing or unread. */
function sum(slots: number[], cells: CellIndex): number | null {
  let total = 0;
  for (let i = 0; i < slots.length; i++) {
    const v = cells.atSlot(slots[i])?.value;
    if (v === null || v === undefined) return null;
    total += v;
  }
  return total;
}

const GROUPS = Object.entries(T3_GROUP_ROWS) as [keyof typeof T3_GROUP_ROWS, T3RowId[]][];

/** Whether any of the rows was read. */
function hasAnyRow(t3: Table3, ids: readonly T3RowId[]): boolean {
  for (const id of ids) if (t3.rows[id]) return true;
  return false;
}

/** The groups T3-E2 sums by their category's own row (a category row read, none of its sub-items): bit k for GROUPS[k]. */
function categoryGroups(t3: Table3): number {
  let mask = 0;
  for (let k = 0; k < GROUPS.length; k++) {
    const [group, items] = GROUPS[k];
    if (!hasAnyRow(t3, items) && t3.categories.some(c => c.group === group)) mask |= 1 << k;
  }
  return mask;
}

/** The rows whose cells T3-E2 sums: sub-items, or a category's own row for the groups of `mask` (the same for every column). */
function resultRows(mask: number): (T3RowId | T3GroupId)[] {
  const rows: (T3RowId | T3GroupId)[] = ['R03', 'R04'];
  GROUPS.forEach(([group, items], k) => {
    if (mask & (1 << k)) rows.push(T3_GROUP_IDS[group]);
    else rows.push(...items);
  });
  return rows;
}

/** The T3-E2 terms of each column, by the groups summed by their category row: made once per such set and shared. */
const RESULT_SUM_TERMS = new Map<number, Record<T3ColId, Terms>>();
function resultSumTerms(mask: number): Record<T3ColId, Terms> {
  let terms = RESULT_SUM_TERMS.get(mask);
  if (!terms) {
    const results = resultRows(mask);
    terms = {} as Record<T3ColId, Terms>;
    for (const col of T3_COLS) terms[col] = sharedTerms(`t3-result-sum:${col}`, [t3CellId('R24', col)], columnIds(results, col));
    RESULT_SUM_TERMS.set(mask, terms);
  }
  return terms;
}

export function buildRelations(model: ReportModel): Relation[] {
  const out: Relation[] = [];
  const cells = cellsWithCategories(model); // table 四's cells among them
  if (model.t3) t3Relations(model.t3, cells, out);
  if (model.t4 && (model.t4.valueCount === 15 || model.t4.blank.length)) t4Relations(cells, out);
  return out;
}

function t3Relations(t3: Table3, cells: CellIndex, out: Relation[]): void {
  const cols = T3_COLS.filter(c => !t3.missingColumns.includes(c));
  if (cols.includes('C7')) rowSums(t3, cols.filter(c => c !== 'C7'), cells, out);
  const results = resultSumTerms(categoryGroups(t3));
  for (const col of cols) {
    out.push(evaluate('t3-result-sum', results[col], cells));
    out.push(evaluate('t3-balance', BALANCE_TERMS[col], cells));
  }
}

/** The rows' cells in one column. */
function columnIds(rows: (T3RowId | T3GroupId)[], col: T3ColId): string[] {
  const ids: string[] = [];
  for (const row of rows) ids.push(t3CellId(row, col));
  return ids;
}

const BALANCE_TERMS = Object.fromEntries(T3_COLS.map(col => [col, sharedTerms(`t3-balance:${col}`, [t3CellId('R01', col), t3CellId('R02', col)], [t3CellId('R24', col), t3CellId('R25', col)])])) as Record<T3ColId, Terms>;

/** Each row's total is the sum of its `parts` columns. */
function rowSums(t3: Table3, parts: T3ColId[], cells: CellIndex, out: Relation[]): void {
  const terms = rowSumTerms(parts);
  for (const id in t3.rows) {
    const row = t3.rows[id as T3RowId];
    if (row) out.push(evaluate('t3-row-sum', rowSumOf(terms, row.id, parts), cells));
  }
  // A category row counts only where it stands for its missing sub-items (2019 layout).
  for (const cat of t3.categories) {
    const g = T3_GROUP_IDS[cat.group];
    if (!hasAnyRow(t3, T3_GROUP_ROWS[cat.group])) out.push(evaluate('t3-row-sum', rowSumOf(terms, g, parts), cells));
  }
}

/** The row-sum terms of each row, by the columns summed (all six but in a table that lacks one). */
const ROW_SUM_TERMS = new Map<string, Map<T3RowId | T3GroupId, Terms>>();
function rowSumTerms(parts: T3ColId[]): Map<T3RowId | T3GroupId, Terms> {
  const key = parts.join();
  let terms = ROW_SUM_TERMS.get(key);
  if (!terms) ROW_SUM_TERMS.set(key, (terms = new Map()));
  return terms;
}

function rowSumOf(terms: Map<T3RowId | T3GroupId, Terms>, row: T3RowId | T3GroupId, parts: T3ColId[]): Terms {
  let t = terms.get(row);
  if (!t) terms.set(row, (t = sharedTerms(`t3-row-sum:${row}`, [t3CellId(row, 'C7')], parts.map(c => t3CellId(row, c)))));
  return t;
}

const T4_TERMS = [5, 10, 15].map(total => sharedTerms(`t4-sum:K${total}`, [`K${total}`], T4_IDS.slice(total - 5, total - 1)));

function t4Relations(cells: CellIndex, out: Relation[]): void {
  for (const terms of T4_TERMS) out.push(evaluate('t4-sum', terms, cells));
}
