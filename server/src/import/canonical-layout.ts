// From the rows a reader found to the canonical tab layout the engine reads (one line per
// paragraph or table row, cells joined by tabs, merged continuations left empty), keeping for
// every cell of every line the place it came from, so cells and findings can name it.

import type { ReportModel } from '../core/model';
import { cellsWithCategories } from '../core/model';
import { cellLabel } from '../core/schema';
import type { Finding } from '../core/types';
import type { SourceCell, SourceDoc, SourceLoc } from './import-types';

interface Placed { start: number; end: number; loc: SourceLoc }

export interface Converted {
  /** The report in the canonical tab layout. */
  text: string;
  /** For every line of `text`, where each of its cells came from (empty for blank lines). */
  lines: Placed[][];
}

/** Text of one cell on one line: inner line breaks, tabs and runs of spaces become one space. */
export function cellText(s: string): string {
  return s.replace(/[\u00a0\u2002\u2003\u2009\u200b\ufeff]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function toCanonical(doc: SourceDoc): Converted {
  const out: string[] = [];
  const lines: Placed[][] = [];
  let wasTable: boolean | null = null;
  for (const row of doc.rows) {
    const cells: SourceCell[] = row.cells.map(c => ({ text: cellText(c.text), loc: c.loc }));
    while (cells.length && !cells[cells.length - 1].text) cells.pop();
    if (!cells.length) continue;
    if (doc.blankAroundTables && wasTable !== null && wasTable !== row.table) { out.push(''); lines.push([]); }
    wasTable = row.table;
    const placed: Placed[] = [];
    let line = '';
    cells.forEach((c, k) => {
      if (k) line += '\t';
      placed.push({ start: line.length, end: line.length + c.text.length, loc: c.loc });
      line += c.text;
    });
    out.push(line);
    lines.push(placed);
  }
  return { text: out.join('\n') + '\n', lines };
}

/** The source place of a position of the converted text (the cell it falls in, else the line's first). */
export function locAt(conv: Converted, line: number, character: number): SourceLoc | null {
  const cells = conv.lines[line];
  if (!cells?.length) return null;
  return (cells.find(c => character >= c.start && character <= c.end) ?? cells[0]).loc;
}

/** Source place of every cell the engine read, by canonical id. */
export function locateCells(conv: Converted, model: ReportModel): Map<string, SourceLoc> {
  const out = new Map<string, SourceLoc>();
  for (const cell of cellsWithCategories(model).list) {
    if (!cell.range) continue;
    const loc = locAt(conv, cell.range.start.line, cell.range.start.character);
    if (loc) out.set(cell.id, loc);
  }
  return out;
}

const TABLE_NAMES: Record<string, [string, string]> = { t2: ['表二', 'table 2'], t3: ['表三', 'table 3'], t4: ['表四', 'table 4'] };

function tableOf(model: ReportModel, line: number): 't2' | 't3' | 't4' | null {
  for (const t of ['t2', 't3', 't4'] as const) {
    const r = model[t]?.range;
    if (r && line >= r.start.line && line <= r.end.line) return t;
  }
  return null;
}

/**
 * Where a finding stands in the original file, in words: `第3页 表三 第5行`,
 * `表三 第12行 第3列（Word 第2个表格）`, `表三 第12行 第3列（body > table[2] > tr[12] > td[3]）`,
 * followed by the official label of its first cell (`（五）不予处理 2.重复申请 / 自然人`).
 */
export function describeFinding(conv: Converted, model: ReportModel, f: Finding, locale: 'zh-cn' | 'en' = 'zh-cn'): { where: string; loc: SourceLoc } | null {
  // The finding's own cell: the one of its cells where its range stands (a relation lists all its terms).
  const cells = cellsWithCategories(model);
  const cell = f.cells?.map(id => cells.get(id)).find(c => c?.range && c.range.start.line === f.range.start.line && c.range.start.character === f.range.start.character);
  return describeAt(conv, model, f.range.start, cell?.id ?? null, locale);
}

/** Where a cell of the converted text came from in the original file, in the same words (for the preview). */
export function describeCell(conv: Converted, model: ReportModel, id: string, locale: 'zh-cn' | 'en' = 'zh-cn'): string | null {
  const cell = cellsWithCategories(model).get(id);
  return cell?.range ? describeAt(conv, model, cell.range.start, null, locale)?.where ?? null : null;
}

function describeAt(conv: Converted, model: ReportModel, at: { line: number; character: number }, cellId: string | null, locale: 'zh-cn' | 'en'): { where: string; loc: SourceLoc } | null {
  const loc = locAt(conv, at.line, at.character);
  if (!loc) return null;
  const en = locale === 'en';
  const t = tableOf(model, at.line);
  const parts: string[] = [];
  if (loc.page) parts.push(en ? `page ${loc.page}` : `第${loc.page}页`);
  if (t) parts.push(TABLE_NAMES[t][en ? 1 : 0]);
  if (loc.format === 'pdf') {
    if (t) {
      const row = at.line - model[t]!.range.start.line + 1;
      parts.push(en ? `row ${row}` : `第${row}行`);
    }
  } else if (loc.row) {
    parts.push(en ? `row ${loc.row}, column ${loc.column}` : `第${loc.row}行 第${loc.column}列`);
    const where = loc.format === 'docx' ? (en ? `Word table ${loc.table}` : `Word 第${loc.table}个表格`) : loc.path!;
    parts[parts.length - 1] += en ? ` (${where})` : `（${where}）`;
  } else if (loc.paragraph) parts.push(en ? `paragraph ${loc.paragraph}` : `第${loc.paragraph}段`);
  else if (loc.path) parts.push(loc.path);
  if (cellId) parts.push(cellLabel(cellId, locale));
  return { where: parts.join(' '), loc };
}
