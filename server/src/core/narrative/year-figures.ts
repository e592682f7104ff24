// What the cross-year rules (spec §5.2) read of a report: its year and twenty cells — table 二's
// rules and normative documents (A1–A3, B1–B3), table 三's 上年结转 (R02) and 结转下年度继续办理
// (R25) — with their ranges. A batch run keeps them for every report, packed into numbers
// (`packFigures`), and compares each report with last year's once every file is read; the editor
// derives them from the models it has (`figuresOf`).

import type { ReportModel } from '../model';
import type { Finding, Locale, Position, Range } from '../types';
import { T3_COLS } from '../schema';
import type { Cell } from '../types';

export type FigureCell = Pick<Cell, 'id' | 'value' | 'range'>;

export interface YearFigures {
  year: number | null;
  /** By cell id; a cell is absent when its table or row is. */
  cells: ReadonlyMap<string, FigureCell>;
}

/** What a cross-year rule reports with. */
export type CrossYearRule = (now: YearFigures, then: YearFigures, locale: Locale, report: (f: Finding) => void) => void;

const T2_FIGURES = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3'] as const;
const T3_FIGURES = ['R02', 'R25'] as const;
const FIGURE_IDS: string[] = [...T2_FIGURES, ...T3_FIGURES.flatMap(r => T3_COLS.map(c => `${r}.${c}`))];

export function figuresOf(model: Pick<ReportModel, 'year' | 't2' | 't3'>): YearFigures {
  const cells = new Map<string, FigureCell>();
  if (model.t2) for (const id of T2_FIGURES) cells.set(id, model.t2.cells[id]);
  for (const r of T3_FIGURES) {
    const row = model.t3?.rows[r];
    if (row) for (const c of T3_COLS) cells.set(`${r}.${c}`, row.cells[c]);
  }
  return { year: model.year, cells };
}

// Packed: the year, then three numbers a cell — value, start, end — in FIGURE_IDS order, a position
// as line × 2^26 + character (exact in a double: both below 2^26, far beyond any report the CLI
// reads). NaN: no year, a null value; start −1: no range, −2: no cell.
const SLOTS = 3;
const NO_RANGE = -1, NO_CELL = -2;
const LINE = 2 ** 26;

/** How many numbers `packFigures` gives. */
export const PACKED_LENGTH = 1 + FIGURE_IDS.length * SLOTS;

const packed = (p: Position) => p.line * LINE + p.character;
const position = (x: number): Position => ({ line: Math.floor(x / LINE), character: x % LINE });
const packable = (r: Range) => [r.start, r.end].every(p => p.line < LINE && p.character < LINE);

/** The figures in 488 bytes, to keep for every report of a large run and to pass between threads. */
export function packFigures(f: YearFigures): Float64Array {
  const out = new Float64Array(PACKED_LENGTH);
  out[0] = f.year ?? NaN;
  FIGURE_IDS.forEach((id, k) => {
    const at = 1 + k * SLOTS, cell = f.cells.get(id);
    out[at] = cell?.value ?? NaN;
    const r = cell?.range;
    if (r && packable(r)) { out[at + 1] = packed(r.start); out[at + 2] = packed(r.end); }
    else out[at + 1] = cell ? NO_RANGE : NO_CELL;
  });
  return out;
}

export function unpackFigures(a: Float64Array): YearFigures {
  const cells = new Map<string, FigureCell>();
  FIGURE_IDS.forEach((id, k) => {
    const at = 1 + k * SLOTS;
    if (a[at + 1] === NO_CELL) return;
    const range: Range | null = a[at + 1] === NO_RANGE ? null : { start: position(a[at + 1]), end: position(a[at + 2]) };
    cells.set(id, { id, value: Number.isNaN(a[at]) ? null : a[at], range });
  });
  return { year: Number.isNaN(a[0]) ? null : a[0], cells };
}
