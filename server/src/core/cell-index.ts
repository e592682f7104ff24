// A model's cells by canonical id, without a hash map per model. The format fixes every id, so one
// index from id to slot, built once from the schema, serves every model; a model keeps only an array
// of its cells by slot and a list of them in reading order (a Map per model grew its table through
// every size up to 256 entries: ~17 KB of the ~290 KB an analysis of a seed report allocated).

import type { Cell } from './types';
import { T2_IDS, T3_COLS, T3_GROUP_IDS, T3_ROW_IDS, T4_IDS, t3RowCellIds } from './schema';

const SLOT = new Map<string, number>();
for (const id of T2_IDS) SLOT.set(id, SLOT.size);
for (const row of T3_ROW_IDS) for (const col of T3_COLS) SLOT.set(t3RowCellIds(row)[col], SLOT.size);
for (const id of T4_IDS) SLOT.set(id, SLOT.size);
/** Slots from here on hold the numbers of category rows (`G3.C1` …), which no canonical id names. */
const FIRST_CATEGORY_SLOT = SLOT.size;
for (const group of Object.values(T3_GROUP_IDS)) for (const col of T3_COLS) SLOT.set(t3RowCellIds(group)[col], SLOT.size);

export class CellIndex {
  constructor(
    private readonly slots: readonly (Cell | undefined)[],
    /** The cells of this view in reading order: table 二, 三 (rows as read), 四, then category rows. */
    readonly list: readonly Cell[],
    private readonly categories: boolean,
  ) {}

  get(id: string): Cell | undefined {
    const slot = SLOT.get(id);
    return slot === undefined ? undefined : this.atSlot(slot);
  }

  /** The cell in `slot` (from `slotOf`): for lookups repeated on every model, such as relation terms. */
  atSlot(slot: number): Cell | undefined {
    return slot >= FIRST_CATEGORY_SLOT && !this.categories ? undefined : this.slots[slot];
  }
}

/** The slot of a canonical cell id (of a category row's cell too); throws for any other id. */
export function slotOf(id: string): number {
  const slot = SLOT.get(id);
  if (slot === undefined) throw new Error(`no slot for cell id ${id}`);
  return slot;
}

type Cells = Readonly<Record<string, Cell>>;

/** The two views of a model's cells: its tables' (`tables`, in order), and those with the category
 *  rows' cells after them (the same index when there are none). */
export function indexCells(tables: readonly Cells[], categories: readonly Cells[]): { all: CellIndex; withCategories: CellIndex } {
  const slots = new Array<Cell | undefined>(SLOT.size);
  const list = new Array<Cell>(countOf(tables) + countOf(categories));
  const n = fill(tables, slots, list, 0);
  if (n === list.length) {
    const index = new CellIndex(slots, list, true);
    return { all: index, withCategories: index };
  }
  fill(categories, slots, list, n);
  return { all: new CellIndex(slots, list.slice(0, n), false), withCategories: new CellIndex(slots, list, true) };
}

function countOf(records: readonly Cells[]): number {
  let n = 0;
  for (const cells of records) for (const _ in cells) n++;
  return n;
}

/** The cells of `records` into `list` from `at` (for…in: each record in its own order) and into their slots; the next free place. */
function fill(records: readonly Cells[], slots: (Cell | undefined)[], list: Cell[], at: number): number {
  for (const cells of records) {
    for (const k in cells) {
      const cell = cells[k];
      slots[slotOf(cell.id)] = cell;
      list[at++] = cell;
    }
  }
  return at;
}
