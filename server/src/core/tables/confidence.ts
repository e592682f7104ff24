// How sure the reading is. Cells of rows whose run-together digits allow several readings are
// marked uncertain. A reading that fails in the pattern of a misread: row totals failing in many rows (a shifted
// column) or column relations failing in many columns (a row read from the wrong line). One wrong
// cell breaks at most three relations (its row total, its column's result sum and balance), so
// five or more failures spread over three rows or columns are read as the reader's doubt, not as
// many errors of the report: the cells involved are left unread and marked uncertain.

import type { Misread, Relation, ReportModel } from '../model';
import { cellsWithCategories } from '../model';
import { isT3RowId, T2_ROWS, T3_COLS, T4_IDS } from '../schema';

/** Marks the cells of rows left unread (several readings, or numbers that no row can take): they are null already. */
export function markUncertainRows(model: ReportModel) {
  const { t2, t3, t4 } = model;
  for (const u of t2?.uncertain ?? []) for (const id of T2_ROWS.find(r => r.label === u.row)?.ids ?? []) t2!.cells[id].uncertain = true;
  const t3Rows = [...(t3?.uncertain ?? []).map(u => u.row).filter(isT3RowId), ...(t3?.unattributed.rows ?? [])];
  for (const id of t3Rows) for (const c of T3_COLS) { const row = t3!.rows[id]; if (row) row.cells[c].uncertain = true; }
  if (t4?.uncertain.length) for (const id of T4_IDS) t4.cells[id].uncertain = true;
}

const MIN_FAILING = 5;
const MIN_SPREAD = 3;

export function findMisread(model: ReportModel): Misread | null {
  const t3 = model.t3;
  if (!t3) return null;
  const failing = model.relations.filter(r => r.holds === false && r.code.startsWith('t3-'));
  if (failing.length < MIN_FAILING) return null;
  const rows = new Set(failing.filter(r => r.code === 't3-row-sum').map(r => r.id));
  const columns = new Set(failing.filter(r => r.code !== 't3-row-sum').map(r => r.id.split(':')[1]));
  if (rows.size < MIN_SPREAD && columns.size < MIN_SPREAD) return null;
  const cells = [...new Set(failing.flatMap(termsOf))];
  const all = cellsWithCategories(model);
  const first = cells.map(id => all.get(id)?.range).find(r => r);
  const range = t3.headerRange ?? first ?? t3.range;
  return { pattern: rows.size >= columns.size ? 'columns' : 'rows', failing: failing.map(r => r.id), cells, range };
}

/** Leaves the misread cells unread: no rule judges them, the preview and hover show them as uncertain. */
export function markMisread(model: ReportModel, misread: Misread) {
  const all = cellsWithCategories(model);
  for (const id of misread.cells) {
    const cell = all.get(id);
    if (cell) { cell.value = null; cell.uncertain = true; }
  }
}

const termsOf = (r: Relation) => [...r.left, ...r.right];
