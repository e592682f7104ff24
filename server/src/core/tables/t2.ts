// Table 二 reader: rows anchored on their labels (规章, 行政规范性文件, 行政许可 …), numbers from the
// row's end. Header cells are kept for the label-typo and outdated-template rules.

import type { LabelCell, Table2 } from '../model';
import type { Cell, Range } from '../types';
import { T2_BLOCKS, T2_HEADERS, T2_IDS, T2_ROWS, type T2Id, type T2RowDef } from '../schema';
import { normLabel, similarity } from '../normalise';
import { memoised } from '../memo';
import { anyOf, linesRange, range, type SourceText, spanRange } from '../text';
import { emptyCellsOf, fillCell, type LineCell, type LineCells, isProse, readRows } from './cells';
import { dominantLayout } from './table-layout';
import { isRunTogether, readings } from './digit-runs';

/** Labels of the 2019 trial template (spec §5.3, §6). */
const OUTDATED = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '其他对外管理服务事项', '第二十条第(九)项', '政府集中采购', '采购项目数量', '采购总金额'];
const OFFICIAL_LABELS = [...T2_HEADERS, ...T2_BLOCKS, ...T2_ROWS.map(r => r.label)];

/** The comparison keys of the row labels and of the outdated labels, computed once. */
const ROW_KEYS = T2_ROWS.map(r => normLabel(r.label));
/** Any outdated label's key, one pattern: one scan of a label instead of a search per key. */
const OUTDATED_KEY = anyOf(OUTDATED.map(normLabel));

function rowOf(label: string): T2RowDef | null {
  const n = normLabel(label);
  if (n === '规范性文件') return T2_ROWS[1];
  const k = ROW_KEYS.indexOf(n);
  if (k >= 0) return T2_ROWS[k];
  // A label with a little before the row's own (a number, a merged block label).
  for (let k = 0; k < T2_ROWS.length; k++) if (n.endsWith(ROW_KEYS[k]) && n.length <= T2_ROWS[k].label.length + 4) return T2_ROWS[k];
  return null;
}

/** The official label a header cell stands for: equal after normalisation, or close enough to be a typo. */
export function officialLabelOf(text: string, candidates: string[]): string | null {
  const n = normLabel(text);
  let best: string | null = null, score = 0.55;
  for (const c of candidates) {
    const official = normLabel(c);
    // A typo changes or drops a character or two; a longer or shorter cell is glued or cut header text
    // (and strings of different lengths are never alike as 1: the likeness is computed only for a fit).
    if (Math.abs(n.length - official.length) > Math.max(2, official.length * 0.2)) continue;
    const s = similarity(n, official);
    if (s === 1) return c;
    if (s > score) { score = s; best = c; }
  }
  return best;
}
const officialT2Label = memoised((text: string) => officialLabelOf(text, OFFICIAL_LABELS));

/** What the reader collects over the lines of table 二. */
interface Reading {
  cells: Record<T2Id, Cell>;
  labels: Table2['labels'];
  outdated: LabelCell[];
  extras: LabelCell[];
  uncertain: Table2['uncertain'];
  lines: Set<number>;
  read: LineCells[];
}

export function readTable2(src: SourceText, from: number, to: number): { table: Table2; lines: Set<number> } | null {
  const t: Reading = { cells: emptyCellsOf(T2_IDS), labels: [], outdated: [], extras: [], uncertain: [], lines: new Set<number>(), read: [] };
  let found = false;
  for (const r of readRows(src.lines, from, to)) {
    if (r.labels.some(isProse)) continue;
    outdatedLabels(r, t.outdated);
    const row = r.labels.length ? rowOf(r.labels[r.labels.length - 1].text) : null;
    if (row && r.values.length && !t.outdated.length) {
      readRow(src, r, row, t);
      found = true;
    } else if (!r.values.length && r.labels.length) headerLine(r, t);
  }
  if (!found && !t.outdated.length) return null;
  if (t.outdated.length) {
    // The 2019 template has other columns: nothing is read into the 2021 cells, nothing is guessed.
    t.cells = emptyCellsOf(T2_IDS);
    t.labels.length = 0; t.extras.length = 0; t.uncertain.length = 0;
  }
  const { cells, labels, outdated, extras, uncertain, lines } = t;
  return {
    table: {
      layout: dominantLayout(t.read),
      range: linesRange(src, lines),
      cells, labels, outdated, extras, uncertain,
    },
    lines,
  };
}

function outdatedLabels(r: LineCells, out: LabelCell[]): void {
  for (const c of r.labels) {
    if (OUTDATED_KEY.test(normLabel(c.text))) out.push({ text: c.text, range: range(r.line, c.start, c.end) });
  }
}

/** A row of numbers under its label: the row's cells, from the row's end. */
function readRow(src: SourceText, r: LineCells, row: T2RowDef, t: Reading): void {
  const label = r.labels[r.labels.length - 1];
  if (row.ids.length > 1 && r.values.length < row.ids.length && isRunTogether(src, label, r.values)) {
    // Digits of the row's cells run together: read only when one reading is possible.
    const all = readings(r.values, row.ids.length) ?? [];
    if (all.length === 1) r.values = all[0];
    else t.uncertain.push({ row: row.label, range: spanRange(cellRange(r.values[0]), cellRange(r.values[r.values.length - 1])), readings: all.slice(0, 3).map(x => x.map(c => c.text).join(' ')) });
  }
  // A one-cell row takes its first number, a wider row its last numbers; the others are extras.
  const n = row.ids.length, count = r.values.length;
  const first = n === 1 ? 0 : Math.max(0, count - n);
  for (let i = 0; i < count; i++) {
    const v = r.values[i];
    if (i < first || i >= first + n) t.extras.push({ text: v.text, range: cellRange(v) });
  }
  if (count - first >= n) {
    for (let k = 0; k < n; k++) {
      const cell = t.cells[row.ids[k]], v = r.values[first + k];
      if (cell.range) continue; // first occurrence wins
      fillCell(cell, v.text, cellRange(v));
      t.lines.add(v.line);
    }
  }
  t.labels.push({ cell: { text: label.text, range: range(r.line, label.start, label.end) }, official: row.label });
  t.lines.add(r.line); t.read.push(r);
}

const HEADER_WORDS = /信息内容|第二十条|本年|件数|数量|金额/;

/** A line of column headers: its cells with the official labels they stand for. */
function headerLine(r: LineCells, t: Reading): void {
  if (!r.labels.some(isHeaderCell)) return;
  for (const c of r.labels) {
    const official = officialT2Label(c.text);
    if (official) t.labels.push({ cell: { text: c.text, range: range(r.line, c.start, c.end) }, official });
  }
  t.lines.add(r.line); t.read.push(r);
}

function isHeaderCell(c: LineCell): boolean {
  return HEADER_WORDS.test(c.text);
}

function cellRange(c: LineCell): Range {
  return range(c.line, c.start, c.end);
}
