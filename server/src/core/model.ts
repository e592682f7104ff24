// The report model: what the engine reads out of a report, with the source range of every part.
// The server, the CLI and the preview consume this model; none of them reads the text again.

import type { Cell, Finding, IssuerKind, Layout, Range } from './types';
import type { T2Id, T3ColId, T3Group, T3RowId, T4Id } from './schema';
import type { codes as arithmeticCodes } from './rules/arithmetic';
import { type CellIndex, indexCells } from './cell-index';
import { Attached } from './attached';

export interface Title { text: string; range: Range; year: number | null; issuer: string }

export interface Section {
  /** 1 … 6 for 一 … 六. */
  index: number;
  heading: string;
  /** Range of the heading text. */
  range: Range;
  /** First line of the body (after the heading) and the line after the section's last line. */
  bodyStart: number;
  end: number;
  /** True when the heading is a recognised variant of the official wording. */
  variant: boolean;
  /** The number the heading prints (1 for 一 …): differs from `index` in a renumbered outline. */
  printed: number;
}

export interface Table2 {
  layout: Layout;
  /** Lines from the first to the last line read as part of the table. */
  range: Range;
  cells: Record<T2Id, Cell>;
  /** Header and row label cells with the official label each stands for. */
  labels: { cell: LabelCell; official: string }[];
  /** Labels of the outdated 2019 template found in the table. */
  outdated: LabelCell[];
  /** Numbers beyond a row's columns (not read into any cell). */
  extras: LabelCell[];
  /** Rows whose run-together digits allow several readings (left unread). */
  uncertain: UncertainRow[];
}

/** A piece of label text and where it stands. */
export interface LabelCell { text: string; range: Range }

export interface T3Row {
  id: T3RowId;
  /** The row's own label cell as printed; null when the label was assembled from wrapped lines. */
  label: LabelCell | null;
  /** The label text as read, wrapped fragments joined. */
  labelText: string;
  line: number;
  /** How many values the row carried in the source. */
  valueCount: number;
  cells: Record<T3ColId, Cell>;
}

/** A category row (（三）不予公开 …) that carries numbers although the format gives it none. */
export interface T3CategoryRow {
  group: Exclude<T3Group, 'results'>;
  label: LabelCell;
  line: number;
  cells: Record<T3ColId, Cell>;
}

export interface Table3 {
  layout: Layout;
  range: Range;
  /** Number of data columns the table really has (7, or 6 when a column is missing). */
  columnCount: number;
  /** Columns absent from the table (e.g. C6 in seed 003). */
  missingColumns: T3ColId[];
  /** The header line that names the columns, when found. */
  headerRange: Range | null;
  /** The printed 勾稽关系 line, when found. */
  balanceNoteRange: Range | null;
  rows: Partial<Record<T3RowId, T3Row>>;
  categories: T3CategoryRow[];
  /** Rows and value-carrying categories in the order they stand in the source. */
  sequence: { id: T3RowId | Exclude<T3Group, 'results'>; line: number }[];
  /** Second and later occurrences of a row. */
  duplicates: T3Row[];
  /** Label cells that match no row or category (pieces of a split merged label). */
  fragments: LabelCell[];
  /** Every label cell read on a row line (for label typo and normalisation checks). */
  labels: { cell: LabelCell; official: string }[];
  /** Numbers split over two cells and read merged (`range` spans both parts). */
  splits: SplitCell[];
  /** Numbers before a row's last 7 (not read into any cell). */
  extras: LabelCell[];
  /** Rows whose digits ran together and were decoded into their cells (flattened text). */
  decoded: number;
  /** Rows whose run-together digits allow several readings: left unread (null), never guessed. */
  uncertain: UncertainRow[];
  /** Number rows printed away from their labels that could not be given to a row, and the rows left without them. */
  unattributed: { numbers: Range[]; rows: T3RowId[] };
  /** Cells printed empty in rows that carry some numbers (one cell per line, placed by their lines). */
  blank: string[];
  /** Relations failing together in the pattern of a misread (set after the relations are built). */
  misread: Misread | null;
}

/** Many relations failing at once, as a shifted column or a row read from the wrong line make them. */
export interface Misread {
  /** `columns`: row totals fail in many rows; `rows`: column relations fail in many columns. */
  pattern: 'columns' | 'rows';
  /** Ids of the failing relations (`t3-row-sum:R05` …). */
  failing: string[];
  /** Cells those relations involve: left unread and marked uncertain. */
  cells: string[];
  range: Range;
}

/** Cells the reader could not attribute with certainty, and the readings that stayed possible. */
export interface UncertainRow {
  row: string;
  range: Range;
  readings: string[];
  /** Readings exist and none makes the row's own total (table 四: its three totals) hold. */
  unbalanced?: true;
}

/** A number split over two adjacent cells (`1 | 2` for 12), read as `text`. */
export interface SplitCell { id: string; text: string; range: Range }

export interface Table4 {
  layout: Layout;
  range: Range;
  cells: Record<T4Id, Cell>;
  /** How many numbers were found (15 when well-formed), and where they stand. */
  valueCount: number;
  values: LabelCell[];
  /** Header label cells with the official label each stands for. */
  labels: { cell: LabelCell; official: string }[];
  splits: SplitCell[];
  /** The 15 numbers ran together and allow several readings (left unread). */
  uncertain: UncertainRow[];
  /** Cells printed empty (runs of blank lines where a number belongs), placed by their lines. */
  blank: T4Id[];
}

/** The codes of the arithmetic relations (declared by rules/arithmetic.ts). */
export type RelationCode = keyof typeof arithmeticCodes;

/** One arithmetic relation evaluated on the tables: Σ left = Σ right. */
export interface Relation {
  /** Rule code of the relation, e.g. `t3-row-sum`. */
  code: RelationCode;
  /** Stable id, e.g. `t3-row-sum:R24`, `t3-balance:C1`, `t4-sum:K5`. */
  id: string;
  left: string[];
  right: string[];
  leftValue: number | null;
  rightValue: number | null;
  /** null when a term is missing, so the relation cannot be evaluated. */
  holds: boolean | null;
}

export interface ReportModel {
  title: Title | null;
  year: number | null;
  issuerKind: IssuerKind;
  sections: Section[];
  t2: Table2 | null;
  t3: Table3 | null;
  t4: Table4 | null;
  relations: Relation[];
  /** `发布时间` of a web page copy, as yyyy-mm-dd. */
  publishDate: string | null;
  lineCount: number;
  eol: '\n' | '\r\n';
}

export interface Analysis { model: ReportModel; findings: Finding[] }

/** Every cell including the numbers of category rows (`G3.C1` …), which no canonical id names. */
export function cellsWithCategories(model: ReportModel): CellIndex {
  return (sealed.get(model) ?? indexed(model)).withCategories;
}

/** Every cell of the three tables by canonical id (`A1`, `R01.C1`, `K1`). */
export function allCells(model: ReportModel): CellIndex {
  return (sealed.get(model) ?? indexed(model)).all;
}

/** The cell indexes of a model whose tables are read (cells are no longer replaced, only their values and marks change), built once and shared by every rule. */
const sealed = new Attached<ReportModel, ReturnType<typeof indexCells>>('cells');
export function sealCells(model: ReportModel): void {
  sealed.set(model, indexed(model));
}

function indexed(model: ReportModel): ReturnType<typeof indexCells> {
  const tables: Readonly<Record<string, Cell>>[] = [];
  if (model.t2) tables.push(model.t2.cells);
  if (model.t3) for (const id in model.t3.rows) { const row = model.t3.rows[id as keyof Table3['rows']]; if (row) tables.push(row.cells); }
  if (model.t4) tables.push(model.t4.cells);
  return indexCells(tables, model.t3?.categories.map(c => c.cells) ?? []);
}
