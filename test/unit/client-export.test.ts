// Exports of tables 二/三/四 (client/src/export): CSV with BOM, Markdown, .xlsx with merges,
// and the official grid they share (client/src/common/grid.ts).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { analyze } from '../../server/src/core/analyze';
import { tablesJson } from '../../server/src/cli/output';
import { SECTION_HEADINGS } from '../../server/src/core/schema';
import { GRIDS, TABLE_IDS, T3_NOTE, placeCells } from '../../client/src/common/grid';
import { toCsv, toMarkdown } from '../../client/src/export/export-tables';
import { toXlsx } from '../../client/src/export/xlsx';
import { readReport } from './helpers/fixtures';

test('grid: every row of every table covers exactly its columns; value cells are the canonical ids', () => {
  for (const t of TABLE_IDS) {
    const grid = GRIDS[t];
    const covered = grid.rows.map(() => 0);
    for (const p of placeCells(grid)) for (let r = p.row; r < p.row + p.rowspan; r++) covered[r] += p.colspan;
    assert.deepEqual(covered, grid.rows.map(() => grid.columns), t);
  }
  const ids = (t: 't2' | 't3' | 't4') => GRIDS[t].rows.flat().flatMap(c => (c.kind === 'value' ? [c.id] : []));
  assert.deepEqual(ids('t2'), ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'L1', 'P1', 'P2', 'F1']);
  assert.equal(ids('t3').length, 175);
  assert.equal(ids('t3')[0], 'R01.C1');
  assert.equal(ids('t3')[174], 'R25.C7');
  assert.deepEqual(ids('t4'), Array.from({ length: 15 }, (_, i) => `K${i + 1}`));
});

test('CSV: UTF-8 BOM, CRLF, headings and the official layout with values from the model', () => {
  const { model } = analyze(readReport('pipe-web'));
  const csv = toCsv(model);
  assert.ok(csv.startsWith('\uFEFF'));
  const lines = csv.slice(1).split('\r\n');
  assert.ok(!csv.replace(/\r\n/g, '').includes('\n'));
  for (const h of SECTION_HEADINGS.slice(1, 4)) assert.ok(lines.includes(h), h);
  assert.ok(lines.includes('一、本年新收政府信息公开申请数量,,,45,5,0,0,0,0,50'));
  assert.ok(lines.includes('规章,0,0,0'));
  assert.ok(lines.includes('行政许可,5200,,'));
  assert.ok(lines.includes('3,0,1,1,5,1,0,0,1,2,2,0,1,0,3'));
  assert.ok(lines.includes(`${T3_NOTE},,,申请人情况,,,,,,`));
});

test('CSV: fields with commas or quotes are quoted; unreadable cells keep what the report printed', () => {
  const { model } = analyze(readReport('tab-normalise'));
  Object.assign(model.t2!.cells.A1, { value: null, raw: 'a,"b' });
  assert.ok(toCsv(model).includes('规章,"a,""b",0,0'));
});

test('CSV: tables missing from the report are left out', () => {
  const { model } = analyze(readReport('tab-normalise'));
  model.t4 = null;
  const csv = toCsv(model);
  assert.ok(csv.includes(SECTION_HEADINGS[2]) && !csv.includes(SECTION_HEADINGS[3]));
});

test('Markdown: one pipe table per table, and a report built from the copies reads back the same tables', () => {
  const { model } = analyze(readReport('pipe-web'));
  const t3 = toMarkdown(model, 't3').trimEnd().split('\n');
  assert.equal(t3.length, GRIDS.t3.rows.length + 1);
  assert.match(t3[1], /^\|( --- \|){10}$/);
  assert.ok(t3.every(l => l.split(' | ').length === 10), 'ten cells a row');

  const text = ['某某区人民政府2024年政府信息公开工作年度报告', '', SECTION_HEADINGS[0], '', '正文。', '',
    SECTION_HEADINGS[1], '', toMarkdown(model, 't2'), SECTION_HEADINGS[2], '', toMarkdown(model, 't3'),
    SECTION_HEADINGS[3], '', toMarkdown(model, 't4'), SECTION_HEADINGS[4], '', '无。', '', SECTION_HEADINGS[5], '', '无。', ''].join('\n');
  assert.deepEqual(tablesJson(analyze(text).model), tablesJson(model));
});

test('xlsx: one sheet per table, official merged headers, numbers as numbers', async () => {
  const { model } = analyze(readReport('pipe-web'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await toXlsx(model)) as unknown as ExcelJS.Buffer);
  assert.deepEqual(wb.worksheets.map(w => w.name), ['表二', '表三', '表四']);
  const t3 = wb.getWorksheet('表三')!;
  assert.equal(t3.getCell('A1').value, SECTION_HEADINGS[2]);
  assert.equal(t3.getCell('A2').value, T3_NOTE);
  assert.equal(t3.getCell('C4').master.address, 'A2');
  assert.equal(t3.getCell('J2').master.address, 'D2');
  assert.equal(t3.getCell('A28').master.address, 'A7', '三、本年度办理结果 spans 22 rows');
  assert.equal(t3.getCell('D5').value, 45);
  assert.equal(t3.getCell('J5').value, 50);
  const t2 = wb.getWorksheet('表二')!;
  assert.equal(t2.getCell('A8').value, '行政许可');
  assert.equal(t2.getCell('B8').value, 5200);
  assert.equal(t2.getCell('D8').master.address, 'B8');
  const t4 = wb.getWorksheet('表四')!;
  assert.deepEqual(Array.from({ length: 15 }, (_, i) => t4.getCell(5, i + 1).value), [3, 0, 1, 1, 5, 1, 0, 0, 1, 2, 2, 0, 1, 0, 3]);
});
