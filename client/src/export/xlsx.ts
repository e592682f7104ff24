// Tables 二/三/四 as an Excel workbook, one sheet a table, with the official merged headers.

import type { ReportModel } from '../../../server/src/core/model';
import { GRIDS, TABLE_IDS, placeCells } from '../common/grid';
import { cellText, hasTable } from './export-tables';

const SHEET_NAMES = { t2: '表二', t3: '表三', t4: '表四' } as const;
const THIN = { style: 'thin' as const };

export async function toXlsx(model: ReportModel): Promise<Uint8Array> {
  // Loaded on first use: exceljs is most of the extension bundle.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const text = cellText(model);
  for (const t of TABLE_IDS.filter(t => hasTable(model, t))) {
    const grid = GRIDS[t];
    const ws = wb.addWorksheet(SHEET_NAMES[t]);
    ws.getCell(1, 1).value = grid.heading;
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    ws.mergeCells(1, 1, 1, grid.columns);
    for (const p of placeCells(grid)) {
      const top = p.row + 2, left = p.col + 1;
      if (p.rowspan > 1 || p.colspan > 1) ws.mergeCells(top, left, top + p.rowspan - 1, left + p.colspan - 1);
      const cell = ws.getCell(top, left);
      if (p.cell.kind === 'value') {
        const s = text(p.cell.id), n = Number(s);
        cell.value = s !== '' && Number.isFinite(n) ? n : s;
        cell.alignment = { horizontal: 'center', vertical: 'middle' };
      } else {
        cell.value = p.cell.text;
        cell.font = { bold: p.cell.kind === 'head' };
        cell.alignment = { horizontal: p.cell.kind === 'head' ? 'center' : 'left', vertical: 'middle', wrapText: true };
      }
    }
    for (let r = 2; r < grid.rows.length + 2; r++) {
      for (let c = 1; c <= grid.columns; c++) ws.getCell(r, c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    }
    ws.columns.forEach((col, i) => { col.width = t === 't3' && i < 3 ? (i === 2 ? 40 : 14) : t === 't2' && i === 0 ? 18 : 12; });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
