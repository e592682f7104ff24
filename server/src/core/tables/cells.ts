// Splitting one line into cells, whatever the layout: tab-separated, pipe-separated (markdown
// included) or space-aligned text (pdftotext -layout). Each cell keeps its exact source columns.

import type { Cell, Layout, Range } from '../types';
import { isValueCell, isValueToken, numberValue } from '../numbers';
import { firstNonBlank, isWhiteSpace } from '../text';

export interface LineCell {
  text: string; start: number; end: number; line: number;
  /** Empty cells between this value and the value before it (tab or pipe layouts): cells printed blank. */
  blanksBefore?: number;
}

export interface LineCells {
  line: number;
  layout: Layout;
  /** Label cells: the non-empty cells before the trailing values. */
  labels: LineCell[];
  /** Trailing value cells (numbers, malformed numbers, empty symbols). */
  values: LineCell[];
}

const PAGE_NUMBER = /^[\s\f]*(?:[-－—]\s*\d{1,3}\s*[-－—]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)[\s\f]*$/;
const TAB = 9, PIPE = 124;
/** One cell of a markdown separator row, trimmed: `---`, `:---`, `---:`, `:---:`. */
const MD_RULE = /^:?-{3,}:?$/;

/** A sentence of prose, not a cell: long, with sentence punctuation (glued header text has none). */
export function isProse(c: LineCell): boolean {
  return c.text.length > 40 && /[，。；！？]/.test(c.text);
}

/** `-`, `－`, `—`, `第`: what a page number starts with. Most lines start otherwise and skip the pattern. */
function mayStartPageNumber(c: number): boolean {
  return c === 45 || c === 0xff0d || c === 0x2014 || c === 0x7b2c;
}

export function isPageNumberLine(s: string): boolean {
  return mayStartPageNumber(s.charCodeAt(firstNonBlank(s))) && PAGE_NUMBER.test(s);
}

/**
 * `| --- | :---: |`: cells of dashes between pipes, the outer pipes optional. Split by hand, each
 * cell tested alone: one pattern over the whole line backtracks quadratically on long runs of
 * white space (`\s*\|?\s*` can split a run of tabs n ways).
 */
export function isMarkdownSeparator(s: string): boolean {
  if (!s.includes('---')) return false;
  let body = s.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|')) body = body.slice(0, -1);
  return body.split('|').every(c => MD_RULE.test(c.trim()));
}

function trimmedCell(s: string, start: number, end: number, line: number): LineCell | null {
  while (start < end && isWhiteSpace(s.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(s.charCodeAt(end - 1))) end--;
  return start < end ? { text: s.slice(start, end), start, end, line } : null;
}

/** The trimmed, non-empty cells between separators into `out`, each found by `indexOf` (a native scan). */
function splitOn(s: string, sep: string, line: number, out: CellBuffer): void {
  for (let start = 0; start <= s.length;) {
    const at = s.indexOf(sep, start);
    const end = at < 0 ? s.length : at;
    const c = trimmedCell(s, start, end, line);
    if (c) out.add(c);
    start = end + 1;
  }
}

/** Space layout, cells into `out`: numbers are single tokens; label words separated by one space stay together. */
function splitSpaces(s: string, line: number, out: CellBuffer): void {
  let prev: LineCell | null = null;
  for (let i = 0; i < s.length;) {
    if (isWhiteSpace(s.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < s.length && !isWhiteSpace(s.charCodeAt(i))) i++;
    const text = s.slice(start, i);
    if (prev && start - prev.end === 1 && !isValueToken(prev.text) && !isValueToken(text)) {
      // Joined into the cell before (a cell of this function's own: changed in place).
      prev.text = s.slice(prev.start, i);
      prev.end = i;
    } else out.add(prev = { text, start, end: i, line });
  }
}

export function lineLayout(s: string): Layout {
  if (s.includes('\t')) return 'tab';
  if (s.includes('|') || s.includes('｜')) return 'pipe';
  return 'space';
}

/**
 * The cells of the line being read, in one array reused from line to line: a new array per line
 * would grow through several backing stores before its labels and values are copied out.
 */
class CellBuffer {
  private readonly cells: (LineCell | undefined)[] = [];
  length = 0;
  add(c: LineCell): void {
    if (this.length < this.cells.length) this.cells[this.length] = c; else this.cells.push(c);
    this.length++;
  }
  at(i: number): LineCell { return this.cells[i]!; }
  slice(from: number, to: number): LineCell[] { return this.cells.slice(from, to) as LineCell[]; }
  /** Empties the buffer, keeping its capacity and no cell (nothing of the text is kept alive). */
  clear(): void {
    for (let i = 0; i < this.length; i++) this.cells[i] = undefined;
    this.length = 0;
  }
}
const lineCells = new CellBuffer();

/**
 * Cells of one line; `null` for blank lines, page numbers and markdown separator rows. Between
 * explicit separators an empty cell among the values is counted on the value after it.
 */
export function readLine(s: string, line: number): LineCells | null {
  if (firstNonBlank(s) === s.length || isPageNumberLine(s) || isMarkdownSeparator(s)) return null;
  const layout = lineLayout(s);
  const text = layout === 'pipe' && s.includes('｜') ? s.replace(/｜/g, '|') : s;
  const cells = lineCells;
  cells.clear(); // empty already, unless a line before was left half read by an exception
  if (layout === 'tab') splitOn(text, '\t', line, cells);
  else if (layout === 'pipe') splitOn(text, '|', line, cells);
  else splitSpaces(text, line, cells);
  const n = cells.length;
  let k = n;
  const isValue = layout === 'space' ? isValueToken : isValueCell;
  while (k > 0 && isValue(cells.at(k - 1).text)) k--;
  const labels = cells.slice(0, k), values = cells.slice(k, n);
  cells.clear();
  if (layout !== 'space') countBlanks(text, values, layout === 'tab' ? TAB : PIPE);
  return { line, layout, labels, values };
}

/** Sets `blanksBefore` on each value that has more than one separator before it since the previous value. */
function countBlanks(text: string, values: LineCell[], sep: number): void {
  for (let i = 1; i < values.length; i++) {
    let seps = 0;
    for (let j = values[i - 1].end; j < values[i].start; j++) if (text.charCodeAt(j) === sep) seps++;
    if (seps > 1) values[i].blanksBefore = seps - 1;
  }
}

/** Whether one of the row's values stands on the row's own line (not one taken from the lines below). */
function hasOwnValues(r: LineCells): boolean {
  for (const v of r.values) if (v.line === r.line) return true;
  return false;
}

/**
 * The logical rows of a region: a line with labels but no numbers takes the numbers of the
 * lines right below it that carry only numbers (one cell per line, or a label wrapped above its
 * numbers). Each value keeps its own line.
 */
/** Lines from a label to its next number, or between numbers, in a one-cell-per-line layout. */
const MAX_CELL_GAP = 4;

export function readRows(lines: string[], from: number, to: number): LineCells[] {
  const out: LineCells[] = [];
  let labelBlock = 0; // label-only lines in a row just before: a block of labels printed apart from its numbers
  for (let i = from; i < to; i++) {
    const r = readLine(lines[i], i);
    if (!r) continue;
    const prev = out[out.length - 1];
    const ownValues = prev && hasOwnValues(prev);
    const lastLine = prev ? (prev.values.length ? prev.values[prev.values.length - 1].line : prev.line) : -1;
    // Web-page extraction puts two or three blank lines between cells (bare CR line ends); a row of
    // several numbers joins only a label with no numbers yet, and not the last of a block of labels.
    const joins = r.values.length === 1 || (!prev?.values.length && labelBlock < 2);
    if (!r.labels.length && prev && prev.labels.length && prev.labels.length <= 2 && !ownValues && lastLine >= i - MAX_CELL_GAP && joins) {
      prev.values.push(...r.values);
      continue;
    }
    labelBlock = r.labels.length && !r.values.length ? labelBlock + 1 : 0;
    out.push(r);
  }
  return out;
}

/** A cell not read (yet): no value, no source text, no range. */
export function emptyCell(id: string): Cell {
  return { id, value: null, raw: '', range: null };
}

/** An empty cell for each id, in the ids' order (a loop: no entry arrays as `Object.fromEntries` needs). */
export function emptyCellsOf<Id extends string>(ids: readonly Id[]): Record<Id, Cell> {
  const cells = {} as Record<Id, Cell>;
  for (const id of ids) cells[id] = emptyCell(id);
  return cells;
}

/** Gives an empty cell its source text and value: the cell object is kept, no new one per value. */
export function fillCell(cell: Cell, raw: string, range: Range): void {
  cell.value = numberValue(raw);
  cell.raw = raw;
  cell.range = range;
}
