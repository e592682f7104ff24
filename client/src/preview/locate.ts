// Source ranges of preview cells and the cell under a source position. Pure (unit-tested).

import { allCells, type ReportModel } from '../../../server/src/core/model';
import type { Position, Range } from '../../../server/src/core/types';
import { groupOfKey, rowOfKey } from '../common/grid';

/** Where the preview cell `id` (a cell id, `row:R05` or `cat:refuse`) stands in the source. */
export function rangeOf(model: ReportModel, id: string): Range | null {
  const row = rowOfKey(id), group = groupOfKey(id);
  if (row) return model.t3?.rows[row]?.label?.range ?? null;
  if (group) return model.t3?.categories.find(c => c.group === group)?.label.range ?? null;
  return allCells(model).get(id)?.range ?? null;
}

function contains(r: Range, p: Position): boolean {
  const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(r.start, p) && le(p, r.end);
}

/** The preview cell whose source range holds `pos` (its end included, where the cursor stands after typing). */
export function cellAt(model: ReportModel, pos: Position): string | null {
  for (const cell of allCells(model).list) if (cell.range && contains(cell.range, pos)) return cell.id;
  for (const row of Object.values(model.t3?.rows ?? {})) if (row?.label && contains(row.label.range, pos)) return `row:${row.id}`;
  for (const cat of model.t3?.categories ?? []) if (contains(cat.label.range, pos)) return `cat:${cat.group}`;
  return null;
}
