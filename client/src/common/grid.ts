// The official layout of tables 二, 三 and 四 (spec §2.1, §3.1, §4.1) as a grid of header,
// label and value cells with their merges. One definition serves the preview (HTML table),
// the exports (CSV, Markdown, .xlsx) and the new-report template. Browser-safe, no vscode.

import {
  SECTION_HEADINGS, T2_BLOCKS, T2_ROWS, T3_COLS, T3_COL_LABELS, T3_GROUP_LABELS, T3_GROUP_ROWS, T3_ROW_BY_ID,
  T4_GROUPS, T4_IDS, T4_RESULTS, isT3CategoryGroup, isT3RowId,
} from '../../../server/src/core/schema';
import type { T3CategoryGroup, T3RowId } from '../../../server/src/core/schema';

export type TableId = 't2' | 't3' | 't4';
export const TABLE_IDS: TableId[] = ['t2', 't3', 't4'];

export type GridCell =
  | { kind: 'head'; text: string; colspan?: number; rowspan?: number }
  /** `key` names label cells the preview decorates (`row:R05`, `cat:refuse`). */
  | { kind: 'label'; text: string; colspan?: number; rowspan?: number; key?: string }
  | { kind: 'value'; id: string; colspan?: number };

/** The table 三 row a label key `row:R05` names; undefined for any other key. */
export function rowOfKey(key: string): T3RowId | undefined {
  const id = key.startsWith('row:') ? key.slice(4) : '';
  return isT3RowId(id) ? id : undefined;
}

/** The category a label key `cat:refuse` names; undefined for any other key. */
export function groupOfKey(key: string): T3CategoryGroup | undefined {
  const group = key.startsWith('cat:') ? key.slice(4) : '';
  return isT3CategoryGroup(group) ? group : undefined;
}

export interface Grid {
  table: TableId;
  /** The section heading the table belongs to. */
  heading: string;
  columns: number;
  /** Leading rows that form the table header. */
  headRows: number;
  rows: GridCell[][];
}

export const T3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

function t2Grid(): Grid {
  const rows: GridCell[][] = [];
  for (const block of T2_BLOCKS) {
    const defs = T2_ROWS.filter(r => r.block === block);
    rows.push([{ kind: 'head', text: block, colspan: 4 }]);
    const cols = defs[0].columns;
    rows.push([{ kind: 'head', text: '信息内容' }, ...cols.map(text => ({ kind: 'head' as const, text, colspan: cols.length === 1 ? 3 : 1 }))]);
    for (const def of defs) {
      rows.push([{ kind: 'label', text: def.label }, ...def.ids.map(id => ({ kind: 'value' as const, id, colspan: def.ids.length === 1 ? 3 : 1 }))]);
    }
  }
  return { table: 't2', heading: SECTION_HEADINGS[1], columns: 4, headRows: 0, rows };
}

function t3Grid(): Grid {
  const values = (row: T3RowId): GridCell[] => T3_COLS.map(c => ({ kind: 'value', id: `${row}.${c}` }));
  const label = (row: T3RowId, colspan = 1): GridCell => ({ kind: 'label', text: T3_ROW_BY_ID[row].label, colspan, key: `row:${row}` });
  const rows: GridCell[][] = [
    [{ kind: 'head', text: T3_NOTE, colspan: 3, rowspan: 3 }, { kind: 'head', text: '申请人情况', colspan: 7 }],
    [{ kind: 'head', text: T3_COL_LABELS.C1, rowspan: 2 }, { kind: 'head', text: '法人或其他组织', colspan: 5 }, { kind: 'head', text: T3_COL_LABELS.C7, rowspan: 2 }],
    (['C2', 'C3', 'C4', 'C5', 'C6'] as const).map(c => ({ kind: 'head', text: T3_COL_LABELS[c] })),
    [label('R01', 3), ...values('R01')],
    [label('R02', 3), ...values('R02')],
    [{ kind: 'label', text: T3_GROUP_LABELS.results, rowspan: 22 }, label('R03', 2), ...values('R03')],
    [label('R04', 2), ...values('R04')],
  ];
  for (const group of ['refuse', 'unable', 'ignore', 'other'] as const) {
    T3_GROUP_ROWS[group].forEach((row, i) => {
      const cat: GridCell[] = i === 0 ? [{ kind: 'label', text: T3_GROUP_LABELS[group], rowspan: T3_GROUP_ROWS[group].length, key: `cat:${group}` }] : [];
      rows.push([...cat, label(row), ...values(row)]);
    });
  }
  rows.push([label('R24', 2), ...values('R24')], [label('R25', 3), ...values('R25')]);
  return { table: 't3', heading: SECTION_HEADINGS[2], columns: 10, headRows: 3, rows };
}

function t4Grid(): Grid {
  const [review, direct, after] = T4_GROUPS.map(g => g.split('·').pop() as string);
  return {
    table: 't4', heading: SECTION_HEADINGS[3], columns: 15, headRows: 3,
    rows: [
      [{ kind: 'head', text: review, colspan: 5 }, { kind: 'head', text: '行政诉讼', colspan: 10 }],
      [...T4_RESULTS.map(text => ({ kind: 'head' as const, text, rowspan: 2 })), { kind: 'head', text: direct, colspan: 5 }, { kind: 'head', text: after, colspan: 5 }],
      [...T4_RESULTS, ...T4_RESULTS].map(text => ({ kind: 'head' as const, text })),
      T4_IDS.map(id => ({ kind: 'value' as const, id })),
    ],
  };
}

export const GRIDS: Record<TableId, Grid> = { t2: t2Grid(), t3: t3Grid(), t4: t4Grid() };

export interface Placed { cell: GridCell; row: number; col: number; rowspan: number; colspan: number }

/** Every cell of a grid with its position in the full rectangle (merged positions skipped). */
export function placeCells(grid: Grid): Placed[] {
  const out: Placed[] = [];
  const taken: boolean[][] = grid.rows.map(() => new Array<boolean>(grid.columns).fill(false));
  grid.rows.forEach((cells, row) => {
    let col = 0;
    for (const cell of cells) {
      while (taken[row][col]) col++;
      const colspan = cell.colspan ?? 1, rowspan = cell.kind === 'value' ? 1 : cell.rowspan ?? 1;
      out.push({ cell, row, col, rowspan, colspan });
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) taken[row + dr][col + dc] = true;
      col += colspan;
    }
  });
  return out;
}

/**
 * The grid as a rectangular matrix: a merged cell's text stands in its top-left position and
 * the positions it covers are ''. `value` gives the text of each value cell.
 */
export function gridMatrix(grid: Grid, value: (id: string) => string): string[][] {
  const out: string[][] = grid.rows.map(() => new Array<string>(grid.columns).fill(''));
  for (const p of placeCells(grid)) out[p.row][p.col] = p.cell.kind === 'value' ? value(p.cell.id) : p.cell.text;
  return out;
}
