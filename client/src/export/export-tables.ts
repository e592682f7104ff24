// Tables 二/三/四 of a report model as text: CSV (UTF-8 with BOM, for Excel) and Markdown.
// Pure (unit-tested); the .xlsx writer is in xlsx.ts.

import { allCells, type ReportModel } from '../../../server/src/core/model';
import { GRIDS, TABLE_IDS, gridMatrix, type TableId } from '../common/grid';
import { formatTable } from '../common/textTable';

/** The text of a cell for export: its number, else what the report printed (never a guess). */
export function cellText(model: ReportModel): (id: string) => string {
  const cells = allCells(model);
  return id => {
    const cell = cells.get(id);
    return cell === undefined ? '' : cell.value !== null ? String(cell.value) : cell.raw;
  };
}

export function tableMatrix(model: ReportModel, table: TableId): string[][] {
  return gridMatrix(GRIDS[table], cellText(model));
}

export function hasTable(model: ReportModel, table: TableId): boolean {
  return model[table] !== null;
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** All tables found in the report, each under its section heading, separated by an empty line. */
export function toCsv(model: ReportModel): string {
  const lines: string[] = [];
  for (const t of TABLE_IDS.filter(t => hasTable(model, t))) {
    if (lines.length) lines.push('');
    lines.push(csvField(GRIDS[t].heading));
    for (const row of tableMatrix(model, t)) lines.push(row.map(csvField).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export function toMarkdown(model: ReportModel, table: TableId): string {
  return formatTable(tableMatrix(model, table), 'pipe') + '\n';
}
