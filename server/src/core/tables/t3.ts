// Table 三 reader. Rows are anchored on their labels, numbers are taken from the row's end
// (spec §8.2), so leading/trailing empty cells, merged-cell debris, labels wrapped onto other
// lines and one-cell-per-line layouts all read the same way.

import type { LabelCell, T3CategoryRow, T3Row, Table3 } from '../model';
import type { Cell, Layout, Range } from '../types';
import { t3RowCellIds, T3_COLS, T3_COL_LABELS, T3_GROUP_IDS, T3_ROW_BY_ID, T3_ROWS, type T3ColId, type T3Group, type T3GroupId, type T3RowId } from '../schema';
import { normLabel, similarity } from '../normalise';
import { memoised } from '../memo';
import { linesRange, offsetAt, range, type SourceText, spanRange } from '../text';
import { emptyCell, fillCell, type LineCell, type LineCells, isProse, readRows } from './cells';
import { dominantLayout } from './table-layout';
import { placeByBlanks, placeByPitch, regularPitch } from './blank-cells';
import { applySplit, findSplit } from './split-digits';
import { decodeRuns, type RunRow } from './t3-runs';

type Category = Exclude<T3Group, 'results'>;
type Match = { kind: 'row'; id: T3RowId; cell: number } | { kind: 'category'; group: Category; cell: number } | null;

const CATEGORY_KEYS: [string, Category][] = [['不予公开', 'refuse'], ['无法提供', 'unable'], ['不予处理', 'ignore'], ['其他处理', 'other']];
const GROUP_LABEL_KEYS = ['办理结果', ...CATEGORY_KEYS.map(k => k[0])];
const OFFICIAL = new Map(T3_ROWS.map(r => [r.id, normLabel(r.label)]));

const KEYS: [string, T3RowId][] = T3_ROWS.flatMap(r => r.keys.map(k => [normLabel(k), r.id] as [string, T3RowId]));

/** The row whose key stands last in the label. */
const lastKey = memoised((label: string): T3RowId | null => {
  let best: T3RowId | null = null, at = -1;
  for (const [key, id] of KEYS) {
    const i = label.lastIndexOf(key);
    if (i > at) { at = i; best = id; }
  }
  return best;
});

function keyMatch(label: string, prev: T3RowId | null): T3RowId | null {
  const best = lastKey(label);
  if (best) return best;
  if (/(^|[^0-9])3\.其他$/.test(label) || (label === '其他' && prev === 'R22')) return 'R23';
  if (label.endsWith('总计') && label.length <= 8) return 'R24';
  return null;
}

const ORDER = T3_ROWS.map(r => r.id);

/**
 * The official row a misspelt label stands for. A short label loses much of its likeness to one
 * changed character (`2.重复国请`), so the row right after the previous one in the fixed order is
 * taken on a weaker likeness.
 */
function fuzzyMatch(label: string, prev: T3RowId | null): T3RowId | null {
  const best = likeliest(label);
  const next = prev ? ORDER[ORDER.indexOf(prev) + 1] : undefined;
  if (!best && next && similarity(label, OFFICIAL.get(next)!) >= 0.45) return next;
  return best;
}

const likeliest = memoised((label: string): T3RowId | null => {
  let best: T3RowId | null = null, score = 0.6;
  for (const [id, official] of OFFICIAL) {
    const s = similarity(label, official);
    if (s > score) { score = s; best = id; }
  }
  return best;
});

function categoryOf(label: string): Category | null {
  for (const [key, group] of CATEGORY_KEYS) if (label.includes(key)) return group;
  return null;
}

/** Which row (or category) a line's label cells name; `cell` is the index of the naming cell. */
function matchLabels(cells: LineCell[], prev: T3RowId | null): Match {
  // normLabel is memoised: the later passes (rare) look each cell's key up again rather than keep an array of keys per line.
  for (let i = cells.length - 1; i >= 0; i--) {
    const id = keyMatch(normLabel(cells[i].text), prev);
    if (id) return { kind: 'row', id, cell: i };
  }
  // A sub-item with a typo beside its category (`（三）不予公开 | 1.属于国家机密`) is still the sub-item.
  for (let i = cells.length - 1; i >= 0; i--) {
    const norm = normLabel(cells[i].text);
    const stripped = withoutGroupPrefix(cells[i]);
    const own = stripped === cells[i] ? norm : normLabel(stripped.text);
    const id = own === norm && categoryOf(own) ? null : fuzzyMatch(own, prev);
    if (id) return { kind: 'row', id, cell: i };
  }
  for (let i = cells.length - 1; i >= 0; i--) {
    const group = categoryOf(normLabel(cells[i].text));
    if (group) return { kind: 'category', group, cell: i };
  }
  return null;
}

const BALANCE_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const COLUMN_WORDS = new Set(['自然人', '法人或其他组织', '申请人情况', ...Object.values(T3_COL_LABELS)]);
/** A line of column headers (markdown mini-tables repeat it before each row group). */
function isColumnHeader(cells: LineCell[]): boolean {
  let words = 0;
  for (const c of cells) if (COLUMN_WORDS.has(normLabel(c.text))) words++;
  return words >= 2;
}

function isGroupLabel(text: string): boolean {
  const n = normLabel(text);
  for (const k of GROUP_LABEL_KEYS) if (n.includes(k)) return true;
  return false;
}

const GROUP_WORD = /办理结果|不予公开|无法提供|不予处理|其他处理/;
const GROUP_PREFIX = new RegExp(`^.*(?:${GROUP_WORD.source})[)）]?\\s*(?=\\S)`);

/** The sub-item's own label when a merged group label stands in the same cell (`（三）不予公开 1.属于国家秘密`). */
function withoutGroupPrefix(c: LineCell): LineCell {
  // A plain search first: the prefix pattern backtracks from the cell's end, most cells have no group word.
  const m = GROUP_WORD.test(c.text) ? GROUP_PREFIX.exec(c.text) : null;
  return m ? { text: c.text.slice(m[0].length), start: c.start + m[0].length, end: c.end, line: c.line } : c;
}

interface Pending { text: string; line: number }
/** Words of a header line before the first row. */
const HEADER_WORDS = /勾稽关系|申请人|自然人|商业|科研|公益|服务|总计|其他|法人/;
/** A row being read: the row it fills and its numbers, decoded in place when their digits ran together (a RunRow). */
interface Build extends RunRow { target: T3Row | T3CategoryRow }

/** The lines of table 三 read one by one: header lines, rows named by their labels (or by wrapped label pieces), the numbers each row takes. */
class RowReader {
  readonly rows: Partial<Record<T3RowId, T3Row>> = {};
  readonly categories: T3CategoryRow[] = [];
  readonly sequence: Table3['sequence'] = [];
  readonly duplicates: T3Row[] = [];
  readonly fragments: LabelCell[] = [];
  readonly labels: Table3['labels'] = [];
  readonly tableLines = new Set<number>();
  /** Header label texts, cut into words only when a column is missing. */
  readonly headerTexts: string[] = [];
  readonly builds: Build[] = [];
  readonly unattributed: Table3['unattributed'] = { numbers: [], rows: [] };
  headerRange: Range | null = null;
  balanceNoteRange: Range | null = null;
  private pending: Pending[] = [];
  private current: Build | null = null;
  private prev: T3RowId | null = null;
  private started = false;
  // Labels printed away from their numbers (a block of label lines, then a block of bare number
  // rows): the numbers go to the waiting rows in order when the counts agree, else to no row.
  private waiting: Build[] = [];
  private bare: LineCells[] = [];

  /** One cell per line (web extraction): a label line alone is a row, even when no numbers follow. */
  constructor(private readonly cellPerLine: boolean) {}

  read(r: LineCells): void {
    const labelText = joinedText(r.labels);
    if (r.labels.length) this.settleBare();
    if (r.labels.length && r.values.length) this.dropWaiting();
    if (r.values.length === 0 && (isColumnHeader(r.labels) || (!this.started && HEADER_WORDS.test(labelText)))) this.header(r, labelText);
    else if (r.values.length === 0) this.labelsOnly(r, labelText);
    else if (r.labels.length === 0) this.numbersOnly(r);
    else this.labelled(r, labelText);
  }

  private header(r: LineCells, labelText: string): void {
    this.tableLines.add(r.line);
    for (const c of r.labels) {
      this.headerTexts.push(c.text);
      const n = normLabel(c.text);
      if (COLUMN_WORDS.has(n) && c.text !== n) this.labels.push({ cell: { text: c.text, range: range(r.line, c.start, c.end) }, official: n });
      if (c.text.includes('勾稽关系')) {
        this.balanceNoteRange = range(r.line, c.start, c.end);
        this.labels.push({ cell: { text: c.text, range: this.balanceNoteRange }, official: BALANCE_NOTE });
      }
    }
    if (!this.headerRange && /自然人|商业|申请人情况/.test(labelText)) this.headerRange = range(r.line, r.labels[0].start, r.labels[r.labels.length - 1].end);
  }

  private labelsOnly(r: LineCells, labelText: string): void {
    // Long prose is not part of the table; short label-only lines are wrapped label pieces.
    if (r.labels.some(isProse)) { this.dropPending(); this.current = null; return; }
    const naming = matchLabels(r.labels, this.prev);
    if (naming && naming.kind === 'row' && (r.layout !== 'space' || this.cellPerLine)) {
      // One cell per line: the label stands alone, its numbers follow on the next lines.
      this.current = this.place(naming, r.labels, r.line, null);
      if (!this.cellPerLine) this.waiting.push(this.current);
      return;
    }
    this.pending.push({ text: labelText, line: r.line });
  }

  private numbersOnly(r: LineCells): void {
    if (this.pending.length) {
      const p = this.fromPending('');
      this.current = p ? this.place(p.match, [], this.pending[this.pending.length - 1].line, p.text) : null;
      this.dropPending();
    }
    if (!this.cellPerLine && this.waiting.length >= 2 && r.values.length >= 2) { this.bare.push(r); return; }
    if (this.current && this.current.values.length < 7) this.add(this.current, r);
    else if (!this.cellPerLine && r.values.length >= 2) this.unattributed.numbers.push(valuesRange(r));
    this.dropWaiting();
  }

  /** A label line with numbers: its own labels first, then with the wrapped pieces above. */
  private labelled(r: LineCells, labelText: string): void {
    const m = matchLabels(r.labels, this.prev);
    if (m) {
      this.current = this.place(m, r.labels, r.line, null);
    } else {
      const p = this.pending.length ? this.fromPending(labelText) : null;
      this.current = p ? this.place(p.match, [], r.line, p.text) : null;
      this.dropPending();
    }
    if (this.current) this.add(this.current, r);
  }

  /** Starts a row (or category row) named by `own[match.cell]`, or by wrapped pieces (`assembled`). */
  private place(match: NonNullable<Match>, own: LineCell[], line: number, assembled: string | null): Build {
    const naming = match.cell >= 0 ? withoutGroupPrefix(own[match.cell]) : undefined;
    const label: LabelCell | null = naming ? { text: naming.text, range: range(line, naming.start, naming.end) } : null;
    const target = match.kind === 'row' ? this.placeRow(match.id, label, line, assembled ?? naming!.text) : this.placeCategory(match.group, label, line, assembled);
    this.sequence.push({ id: match.kind === 'row' ? match.id : match.group, line });
    // Other label cells on the line: merged group labels, or fragments of a split label.
    for (let i = 0; i < own.length; i++) {
      const c = own[i];
      if (i !== match.cell && !isGroupLabel(c.text)) this.fragments.push({ text: c.text, range: range(line, c.start, c.end) });
    }
    for (const p of this.pending) this.tableLines.add(p.line);
    this.dropPending();
    this.tableLines.add(line);
    this.started = true;
    const build: Build = { target, id: match.kind === 'row' ? match.id : null, values: [], glued: false };
    this.builds.push(build);
    return build;
  }

  private placeRow(id: T3RowId, label: LabelCell | null, line: number, labelText: string): T3Row {
    const row: T3Row = { id, label, labelText, line, valueCount: 0, cells: emptyCells(id) };
    if (this.rows[id]) this.duplicates.push(row); else this.rows[id] = row;
    if (label) this.labels.push({ cell: label, official: T3_ROW_BY_ID[id].label });
    this.prev = id;
    return row;
  }

  private placeCategory(group: Category, label: LabelCell | null, line: number, assembled: string | null): T3CategoryRow {
    const cat: T3CategoryRow = { group, label: label ?? { text: assembled ?? '', range: range(line, 0, 0) }, line, cells: emptyCells(T3_GROUP_IDS[group]) };
    this.categories.push(cat);
    return cat;
  }

  private add(build: Build, r: LineCells): void {
    // Most rows take the numbers of one line: its own array (no step after this changes a values array in place).
    build.values = build.values.length ? build.values.concat(r.values) : r.values;
    for (const v of r.values) this.tableLines.add(v.line);
    this.tableLines.add(r.line);
  }

  private fromPending(extra: string): { match: NonNullable<Match>; text: string } | null {
    const text = this.pending.map(p => p.text).join('') + extra;
    const m = matchLabels([{ text, start: 0, end: text.length, line: -1 }], this.prev);
    return m ? { match: { ...m, cell: -1 }, text } : null;
  }

  // A new array only when there is something to forget: most lines leave both empty.
  private dropPending(): void { if (this.pending.length) this.pending = []; }
  private dropWaiting(): void { if (this.waiting.length) this.waiting = []; }

  settleBare(): void {
    if (!this.bare.length) return;
    if (this.bare.length === this.waiting.length) this.bare.forEach((r, i) => this.add(this.waiting[i], r));
    else {
      for (const r of this.bare) this.unattributed.numbers.push(valuesRange(r));
      for (const w of this.waiting) if ('id' in w.target) this.unattributed.rows.push(w.target.id);
    }
    this.bare = [];
    this.dropWaiting();
  }
}

/** The cells' texts run together (most lines have one label: its text as it is). */
function joinedText(cells: LineCell[]): string {
  if (cells.length === 1) return cells[0].text;
  let text = '';
  for (const c of cells) text += c.text;
  return text;
}

/** From a line's first value to its last. */
function valuesRange(r: LineCells): Range {
  return range(r.line, r.values[0].start, r.values[r.values.length - 1].end);
}

export function readTable3(src: SourceText, from: number, to: number): { table: Table3; lines: Set<number> } | null {
  const read = readRows(src.lines, from, to);
  if (!read.some(r => r.values.length > 0 && r.labels.some(c => keyMatch(normLabel(c.text), null)))) return null;

  const cellPerLine = dominantLayout(read) === 'cell-per-line';
  const reader = new RowReader(cellPerLine);
  for (const r of read) reader.read(r);
  reader.settleBare();
  const { builds, tableLines } = reader;

  const runs = decodeRunRows(src, builds);
  const columnCount = columnCountOf(builds);
  const missingColumns = columnCount < 7 ? missingFromHeader(reader.headerTexts.flatMap(t => t.split(/\s+/)), 7 - columnCount) : [];
  const present = T3_COLS.filter(c => !missingColumns.includes(c));
  const placed = placeValues(builds, present, cellPerLine);

  const layout: Layout = dominantLayout(read.filter(r => tableLines.has(r.line)));
  return {
    table: {
      layout,
      range: linesRange(src, tableLines),
      columnCount,
      missingColumns,
      headerRange: reader.headerRange,
      balanceNoteRange: reader.balanceNoteRange,
      rows: reader.rows,
      categories: reader.categories,
      sequence: reader.sequence,
      duplicates: reader.duplicates,
      fragments: layout === 'space' ? [] : reader.fragments,
      labels: reader.labels,
      splits: placed.splits,
      extras: placed.extras,
      decoded: runs.decoded,
      uncertain: runs.uncertain,
      misread: null,
      unattributed: reader.unattributed,
      blank: placed.blank,
    },
    lines: tableLines,
  };
}

/** Digits of several cells run together (flattened web text): decoded before anything is counted. */
function decodeRunRows(src: SourceText, builds: Build[]): { decoded: number; uncertain: Table3['uncertain'] } {
  for (const b of builds) b.glued = gluedToLabel(src, b);
  const runs = decodeRuns(builds);
  const uncertain: Table3['uncertain'] = runs.unsettled.map(u => ({
    // A category row (no id of its own) is named by its label.
    row: u.row.id ?? u.row.target.label?.text ?? '',
    range: spanRange(range(u.tokens[0].line, u.tokens[0].start, u.tokens[0].end), range(u.tokens[u.tokens.length - 1].line, u.tokens[u.tokens.length - 1].start, u.tokens[u.tokens.length - 1].end)),
    readings: u.readings.slice(0, 3).map(r => r.map(c => c.text).join(' ')),
    ...(u.unbalanced ? { unbalanced: true as const } : {}),
  }));
  return { decoded: runs.decoded, uncertain };
}

/** Column count: what most rows carry; a missing column is named by the header (spec 003-1). */
function columnCountOf(builds: Build[]): number {
  const counts = new Map<number, number>();
  for (const b of builds) if (b.values.length) counts.set(b.values.length, (counts.get(b.values.length) ?? 0) + 1);
  let columnCount = 7, best = 0;
  for (const [n, c] of counts) if (n <= 7 && (c > best || (c === best && n === 7))) { best = c; columnCount = n; }
  return columnCount;
}

/** Each row's numbers into its cells of the `present` columns. */
function placeValues(builds: Build[], present: T3ColId[], cellPerLine: boolean): { splits: Table3['splits']; extras: LabelCell[]; blank: string[] } {
  const out = { splits: [] as Table3['splits'], extras: [] as LabelCell[], blank: [] as string[] };
  const pitch = cellPerLine ? pitchOf(builds, present.length) : null;
  for (const b of builds) {
    const split = present.includes('C7')
      ? findSplit(b.values, present.length, lastIsSum)
      : null;
    if (split) {
      b.values = applySplit(b.values, split);
      const m = split.merged;
      out.splits.push({ id: b.target.cells[present[split.index]].id, text: m.text, range: range(m.line, m.start, m.end) });
    }
    if ('id' in b.target) b.target.valueCount = b.values.length;
    const short = b.values.length && b.values.length < present.length;
    const at = !short ? null : pitch ? placeByPitch(b.target.line, b.values.map(v => v.line), present.length, pitch) : placeByBlanks(b.values, present.length);
    if (at) placeShort(b, present, at, out.blank);
    else if (b.values.length >= present.length) placeFull(b, present, out.extras); // a short row keeps null cells: never guessed
  }
  return out;
}

/** The last number is the sum of the others (a row's total). */
function lastIsSum(nums: number[]): boolean {
  let sum = 0;
  for (let i = 0; i < nums.length - 1; i++) sum += nums[i];
  return nums[nums.length - 1] === sum;
}

/**
 * A short row's numbers are placed by their lines at the regular pitch of a full row (one cell per
 * line), else by the empty cells counted between them (tab or pipe layouts): the pitch, or null.
 */
function pitchOf(builds: Build[], columns: number): number | null {
  for (const b of builds) {
    if (b.values.length !== columns) continue;
    const pitch = regularPitch([b.target.line, ...b.values.map(v => v.line)]);
    if (pitch) return pitch;
  }
  return null;
}

/** A short row's numbers into the columns `at` gives them; the others are cells printed blank. */
function placeShort(b: Build, present: T3ColId[], at: number[], blank: string[]): void {
  const target = b.target;
  b.values.forEach((v, k) => setCell(target, present[at[k]], v));
  blank.push(...present.filter((_, k) => !at.includes(k)).map(col => target.cells[col].id));
}

/** Numbers come from the row's end (spec §8.2); any before them are reported, not dropped silently. */
function placeFull(b: Build, present: T3ColId[], extras: LabelCell[]): void {
  const first = b.values.length - present.length; // the first of the row's last `present.length` numbers
  for (let i = 0; i < first; i++) {
    const v = b.values[i];
    extras.push({ text: v.text, range: range(v.line, v.start, v.end) });
  }
  for (let i = 0; i < present.length; i++) setCell(b.target, present[i], b.values[first + i]);
}

/** Fills the row's empty cell in place (the row's own object, referenced nowhere else yet). */
function setCell(target: T3Row | T3CategoryRow, col: T3ColId, v: LineCell): void {
  fillCell(target.cells[col], v.text, range(v.line, v.start, v.end));
}

/** The row's first number touches its label in the document (`予以公开3100004`): separators were lost. */
function gluedToLabel(src: SourceText, b: Build): boolean {
  const label = b.target.label, first = b.values[0];
  if (!label || !first) return false;
  return offsetAt(src, label.range.end) === offsetAt(src, { line: first.line, character: first.start });
}

function emptyCells(prefix: T3RowId | T3GroupId): Record<T3ColId, Cell> {
  const ids = t3RowCellIds(prefix);
  return { C1: emptyCell(ids.C1), C2: emptyCell(ids.C2), C3: emptyCell(ids.C3), C4: emptyCell(ids.C4), C5: emptyCell(ids.C5), C6: emptyCell(ids.C6), C7: emptyCell(ids.C7) };
}

function missingFromHeader(words: string[], n: number): T3ColId[] {
  const header = normLabel(words.join(' '));
  const tokens = new Set(words.map(w => normLabel(w)));
  const absent = T3_COLS.filter(c => {
    if (c === 'C6') return !tokens.has('其他');
    if (c === 'C7') return !header.includes('总计');
    return !header.includes(T3_COL_LABELS[c].slice(0, 2));
  });
  const other: T3ColId[] = ['C6'];
  return (absent.length ? absent : other).slice(0, n);
}
