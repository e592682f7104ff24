// Table 四 reader: one data row of 15 numbers under a two- or three-line merged header. The numbers
// are collected in order from the lines that carry only numbers, wherever the layout put them
// (one line, one cell per line, or a markdown mini-table per group).

import type { LabelCell, Table4 } from '../model';
import type { Cell, Layout } from '../types';
import { T4_IDS, type T4Id, T4_RESULTS } from '../schema';
import { normLabel } from '../normalise';
import { linesRange, range, type SourceText, spanRange } from '../text';
import { emptyCellsOf, fillCell, type LineCell, type LineCells, isProse, readRows } from './cells';
import { isRunTogether, readings, valuesOf } from './digit-runs';
import { dominantLayout } from './table-layout';
import { placeByBlanks, placeByPitch, regularPitch } from './blank-cells';
import { findSplit } from './split-digits';

const HEADER_WORDS = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', ...T4_RESULTS];

const RESULT_PIECE = /^(结果|其他|尚未|总计|维持|纠正|审结)/;
const HEADER_KEYS = HEADER_WORDS.map(normLabel);

/** A header cell (by its comparison key): a header word in it, or a piece of a result label at its start. */
function isHeaderCell(key: string): boolean {
  for (const w of HEADER_WORDS) if (key.includes(w)) return true;
  return RESULT_PIECE.test(key);
}

function isHeaderLabel(c: LineCell): boolean {
  return isHeaderCell(normLabel(c.text));
}

/**
 * Header cells and the official label each stands for. On a line of result headers the k-th
 * result cell is T4_RESULTS[k mod 5]: cut labels (`结果` for `结果纠正`, seed 001) map by position.
 * Space layouts wrap labels over lines, so there only whole labels count.
 */
function headerLabels(r: LineCells, out: Table4['labels']) {
  let pieces = 0;
  for (const c of r.labels) if (RESULT_PIECE.test(normLabel(c.text))) pieces++;
  const explicit = r.layout !== 'space' && pieces >= 4;
  let k = 0;
  for (const c of r.labels) {
    const n = normLabel(c.text);
    const whole = HEADER_WORDS[HEADER_KEYS.indexOf(n)];
    if (T4_RESULTS.includes(n) || (explicit && RESULT_PIECE.test(n) && !whole)) {
      const official = explicit ? T4_RESULTS[k % 5] : n;
      out.push({ cell: labelCell(r, c), official });
      k++;
    } else if (whole) out.push({ cell: labelCell(r, c), official: whole });
  }
}

function labelCell(r: LineCells, c: LineCell): LabelCell {
  return { text: c.text, range: range(r.line, c.start, c.end) };
}

const toLineCell = (v: LabelCell): LineCell => ({ text: v.text, start: v.range.start.character, end: v.range.end.character, line: v.range.start.line });
/** T4-E1…E3: each group's 总计 is the sum of its four results. */
const totalsHold = (nums: number[]) => [4, 9, 14].every(t => nums[t] === nums[t - 4] + nums[t - 3] + nums[t - 2] + nums[t - 1]);

/** The numbers of table 四 in source order, the header lines above them, and what is needed to place them. */
interface Collected {
  values: LabelCell[];
  labels: Table4['labels'];
  lines: Set<number>;
  read: LineCells[];
  /** The last header cell before or on the numbers' lines. */
  lastHeader: LineCell | undefined;
  headerLines: number[];
  /** Empty cells before each value, on its line. */
  blanksOf: { blanksBefore?: number }[];
}

export function readTable4(src: SourceText, from: number, to: number): { table: Table4; lines: Set<number> } | null {
  const t = collect(src, from, to);
  const { values, labels, lines } = t;
  if (!values.length) return null;
  const uncertain = values.length < 15 ? runTogether(src, t) : [];
  const cells = emptyCellsOf(T4_IDS);
  const layout = dominantLayout(t.read);
  const blank = values.length < 15 && !uncertain.length ? placeShort(t, layout, cells) : [];
  const splits: Table4['splits'] = [];
  // findSplit looks only at a row of one value too many: the cells are made for it only then.
  const split = values.length === 16 ? findSplit(values.map(toLineCell), 15, totalsHold) : null;
  if (split) {
    const m = split.merged;
    const cell = { text: m.text, range: range(m.line, m.start, m.end) };
    values.splice(split.index, 2, cell);
    splits.push({ id: T4_IDS[split.index], ...cell });
  }
  if (values.length === 15) for (let k = 0; k < 15; k++) fillCell(cells[T4_IDS[k]], values[k].text, values[k].range);
  return {
    table: {
      layout,
      range: linesRange(src, lines),
      cells, valueCount: values.length, values, labels, splits, uncertain, blank,
    },
    lines,
  };
}

function collect(src: SourceText, from: number, to: number): Collected {
  const t: Collected = { values: [], labels: [], lines: new Set<number>(), read: [], lastHeader: undefined, headerLines: [], blanksOf: [] };
  for (const r of readRows(src.lines, from, to)) {
    if (r.labels.some(isProse)) { if (t.values.length) break; continue; } // prose after the table
    const isHeader = r.labels.some(isHeaderLabel);
    if (r.labels.length && !isHeader) continue;
    if (isHeader && !r.values.length) {
      headerLabels(r, t.labels);
      t.lastHeader = r.labels[r.labels.length - 1];
      t.headerLines.push(r.line);
      t.lines.add(r.line); t.read.push(r);
      continue;
    }
    if (isHeader && r.values.length) t.lastHeader = r.labels[r.labels.length - 1];
    for (const v of r.values) { t.values.push({ text: v.text, range: range(v.line, v.start, v.end) }); t.blanksOf.push(v); t.lines.add(v.line); }
    if (r.values.length) t.read.push(r);
  }
  return t;
}

/** Digits run together: the reading whose three totals hold, when it is the only one; else the readings left open. */
function runTogether(src: SourceText, t: Collected): Table4['uncertain'] {
  const values = t.values;
  if (!isRunTogether(src, t.lastHeader, values.map(toLineCell))) return [];
  const every = readings(values.map(toLineCell), 15) ?? [];
  const all = every.length === 1 ? every : every.filter(r => totalsHold(valuesOf(r)));
  if (all.length === 1) {
    values.splice(0, values.length, ...all[0].map(c => ({ text: c.text, range: range(c.line, c.start, c.end) })));
    return [];
  }
  const unbalanced = every.length > 1 && !all.length;
  const shown = unbalanced ? every : all;
  return [{ row: '表四', range: spanRange(values[0].range, values[values.length - 1].range), readings: shown.slice(0, 3).map(x => x.map(c => c.text).join(' ')), ...(unbalanced ? { unbalanced: true as const } : {}) }];
}

/**
 * Fewer than 15 numbers: empty cells as runs of blank lines (each number's column follows from its
 * line) or as empty cells between tabs or pipes. Returns the cells printed blank.
 */
function placeShort(t: Collected, layout: Layout, cells: Record<T4Id, Cell>): T4Id[] {
  const { values, lastHeader } = t;
  const pitch = layout === 'cell-per-line' && lastHeader ? regularPitch(t.headerLines) : null;
  const at = pitch ? placeByPitch(lastHeader!.line, values.map(v => v.range.start.line), 15, pitch) : placeByBlanks(t.blanksOf, 15);
  if (!at) return [];
  values.forEach((v, k) => fillCell(cells[T4_IDS[at[k]]], v.text, v.range));
  return T4_IDS.filter((_, k) => !at.includes(k));
}
