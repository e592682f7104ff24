// Table 三 reader. Rows are anchored on their labels, numbers are taken from the row's end
// (spec §8.2), so leading/trailing empty cells, merged-cell debris, labels wrapped onto other
// lines and one-cell-per-line layouts all read the same way.

import type { LabelCell, T3CategoryRow, T3Row, Table3 } from '../model';
import type { Cell, Layout } from '../types';
import { t3CellId, T3_COLS, T3_COL_LABELS, T3_GROUP_IDS, T3_ROWS, type T3ColId, type T3Group, type T3GroupId, type T3RowId } from '../schema';
import { normLabel, similarity } from '../normalise';
import { memoised } from '../memo';
import { numberValue } from '../numbers';
import { linesRange, offsetAt, range, type SourceText, spanRange } from '../text';
import { type LineCell, type LineCells, isProse, readRows } from './cells';
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
  for (let i = cells.length - 1; i >= 0; i--) {
    const id = keyMatch(normLabel(cells[i].text), prev);
    if (id) return { kind: 'row', id, cell: i };
  }
  // A sub-item with a typo beside its category (`（三）不予公开 | 1.属于国家机密`) is still the sub-item.
  for (let i = cells.length - 1; i >= 0; i--) {
    const own = normLabel(withoutGroupPrefix(cells[i]).text);
    const id = own === normLabel(cells[i].text) && categoryOf(own) ? null : fuzzyMatch(own, prev);
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
  return cells.filter(c => COLUMN_WORDS.has(normLabel(c.text))).length >= 2;
}

function isGroupLabel(text: string): boolean {
  const n = normLabel(text);
  return GROUP_LABEL_KEYS.some(k => n.includes(k));
}

const GROUP_PREFIX = /^.*(?:办理结果|不予公开|无法提供|不予处理|其他处理)[)）]?\s*(?=\S)/;

/** The sub-item's own label when a merged group label stands in the same cell (`（三）不予公开 1.属于国家秘密`). */
function withoutGroupPrefix(c: LineCell): LineCell {
  const m = GROUP_PREFIX.exec(c.text);
  return m ? { text: c.text.slice(m[0].length), start: c.start + m[0].length, end: c.end, line: c.line } : c;
}

interface Pending { text: string; line: number }
interface Build { target: T3Row | T3CategoryRow; values: LineCell[] }

export function readTable3(src: SourceText, from: number, to: number): { table: Table3; lines: Set<number> } | null {
  const read = readRows(src.lines, from, to);
  if (!read.some(r => r.values.length > 0 && r.labels.some(c => keyMatch(normLabel(c.text), null)))) return null;

  // One cell per line (web extraction): a label line alone is a row, even when no numbers follow.
  const cellPerLine = dominantLayout(read) === 'cell-per-line';
  const rows: Partial<Record<T3RowId, T3Row>> = {};
  const categories: T3CategoryRow[] = [];
  const sequence: Table3['sequence'] = [];
  const duplicates: T3Row[] = [];
  const fragments: LabelCell[] = [];
  const labels: Table3['labels'] = [];
  const tableLines = new Set<number>();
  const headerWords: string[] = [];
  const builds: Build[] = [];
  let headerRange: Table3['headerRange'] = null;
  let balanceNoteRange: Table3['balanceNoteRange'] = null;
  let pending: Pending[] = [];
  let current: Build | null = null;
  let prev: T3RowId | null = null;
  let started = false;

  /** Starts a row (or category row) named by `own[match.cell]`, or by wrapped pieces (`assembled`). */
  const place = (match: NonNullable<Match>, own: LineCell[], line: number, assembled: string | null): Build => {
    const naming = match.cell >= 0 ? withoutGroupPrefix(own[match.cell]) : undefined;
    const label: LabelCell | null = naming ? { text: naming.text, range: range(line, naming.start, naming.end) } : null;
    let target: T3Row | T3CategoryRow;
    if (match.kind === 'row') {
      const row: T3Row = { id: match.id, label, labelText: assembled ?? naming!.text, line, valueCount: 0, cells: emptyCells(match.id) };
      if (rows[match.id]) duplicates.push(row); else rows[match.id] = row;
      if (label) labels.push({ cell: label, official: T3_ROWS.find(r => r.id === match.id)!.label });
      prev = match.id;
      target = row;
    } else {
      const cat: T3CategoryRow = { group: match.group, label: label ?? { text: assembled ?? '', range: range(line, 0, 0) }, line, cells: emptyCells(T3_GROUP_IDS[match.group]) };
      categories.push(cat);
      target = cat;
    }
    sequence.push({ id: match.kind === 'row' ? match.id : match.group, line });
    // Other label cells on the line: merged group labels, or fragments of a split label.
    own.forEach((c, i) => {
      if (i !== match.cell && !isGroupLabel(c.text)) fragments.push({ text: c.text, range: range(line, c.start, c.end) });
    });
    for (const p of pending) tableLines.add(p.line);
    pending = [];
    tableLines.add(line);
    started = true;
    const build: Build = { target, values: [] };
    builds.push(build);
    return build;
  };
  const add = (build: Build, r: LineCells) => {
    build.values.push(...r.values);
    for (const v of r.values) tableLines.add(v.line);
    tableLines.add(r.line);
  };
  const fromPending = (extra: string): { match: NonNullable<Match>; text: string } | null => {
    const text = pending.map(p => p.text).join('') + extra;
    const m = matchLabels([{ text, start: 0, end: text.length, line: -1 }], prev);
    return m ? { match: { ...m, cell: -1 }, text } : null;
  };

  // Labels printed away from their numbers (a block of label lines, then a block of bare number
  // rows): the numbers go to the waiting rows in order when the counts agree, else to no row.
  let waiting: Build[] = [];
  let bare: LineCells[] = [];
  const unattributed: Table3['unattributed'] = { numbers: [], rows: [] };
  const settleBare = () => {
    if (!bare.length) return;
    if (bare.length === waiting.length) bare.forEach((r, i) => add(waiting[i], r));
    else {
      for (const r of bare) unattributed.numbers.push(range(r.line, r.values[0].start, r.values[r.values.length - 1].end));
      for (const w of waiting) if ('id' in w.target) unattributed.rows.push(w.target.id);
    }
    bare = [];
    waiting = [];
  };

  for (const r of read) {
    const labelText = r.labels.map(c => c.text).join('');
    if (r.labels.length) settleBare();
    if (r.labels.length && r.values.length) waiting = [];
    if (r.values.length === 0 && (isColumnHeader(r.labels) || (!started && /勾稽关系|申请人|自然人|商业|科研|公益|服务|总计|其他|法人/.test(labelText)))) {
      tableLines.add(r.line);
      for (const c of r.labels) {
        headerWords.push(...c.text.split(/\s+/));
        const n = normLabel(c.text);
        if (COLUMN_WORDS.has(n) && c.text !== n) labels.push({ cell: { text: c.text, range: range(r.line, c.start, c.end) }, official: n });
        if (c.text.includes('勾稽关系')) {
          balanceNoteRange = range(r.line, c.start, c.end);
          labels.push({ cell: { text: c.text, range: balanceNoteRange }, official: BALANCE_NOTE });
        }
      }
      if (!headerRange && /自然人|商业|申请人情况/.test(labelText)) headerRange = range(r.line, r.labels[0].start, r.labels[r.labels.length - 1].end);
      continue;
    }
    if (r.values.length === 0) {
      // Long prose is not part of the table; short label-only lines are wrapped label pieces.
      if (r.labels.some(isProse)) { pending = []; current = null; continue; }
      const naming = matchLabels(r.labels, prev);
      if (naming && naming.kind === 'row' && (r.layout !== 'space' || cellPerLine)) {
        // One cell per line: the label stands alone, its numbers follow on the next lines.
        current = place(naming, r.labels, r.line, null);
        if (!cellPerLine) waiting.push(current);
        continue;
      }
      pending.push({ text: labelText, line: r.line });
      continue;
    }
    if (r.labels.length === 0) {
      if (pending.length) {
        const p = fromPending('');
        current = p ? place(p.match, [], pending[pending.length - 1].line, p.text) : null;
        pending = [];
      }
      if (!cellPerLine && waiting.length >= 2 && r.values.length >= 2) { bare.push(r); continue; }
      if (current && current.values.length < 7) add(current, r);
      else if (!cellPerLine && r.values.length >= 2) unattributed.numbers.push(range(r.line, r.values[0].start, r.values[r.values.length - 1].end));
      waiting = [];
      continue;
    }
    // A label line with numbers: its own labels first, then with the wrapped pieces above.
    let m = matchLabels(r.labels, prev);
    if (m) {
      current = place(m, r.labels, r.line, null);
    } else {
      const p = pending.length ? fromPending(labelText) : null;
      current = p ? place(p.match, [], r.line, p.text) : null;
      pending = [];
    }
    if (current) add(current, r);
  }

  settleBare();

  // Digits of several cells run together (flattened web text): decoded before anything is counted.
  const runRows: RunRow[] = builds.map(b => ({ id: 'id' in b.target ? b.target.id : null, values: b.values, glued: gluedToLabel(src, b) }));
  const runs = decodeRuns(runRows);
  builds.forEach((b, k) => { b.values = runRows[k].values; });
  const uncertain: Table3['uncertain'] = runs.unsettled.map(u => ({
    // A category row (no id of its own) is named by its label.
    row: u.row.id ?? builds[runRows.indexOf(u.row)].target.label?.text ?? '',
    range: spanRange(range(u.tokens[0].line, u.tokens[0].start, u.tokens[0].end), range(u.tokens[u.tokens.length - 1].line, u.tokens[u.tokens.length - 1].start, u.tokens[u.tokens.length - 1].end)),
    readings: u.readings.slice(0, 3).map(r => r.map(c => c.text).join(' ')),
    ...(u.unbalanced ? { unbalanced: true as const } : {}),
  }));
  // Column count: what most rows carry; a missing column is named by the header (spec 003-1).
  const counts = new Map<number, number>();
  for (const b of builds) if (b.values.length) counts.set(b.values.length, (counts.get(b.values.length) ?? 0) + 1);
  let columnCount = 7, best = 0;
  for (const [n, c] of counts) if (n <= 7 && (c > best || (c === best && n === 7))) { best = c; columnCount = n; }
  const missingColumns = columnCount < 7 ? missingFromHeader(headerWords, 7 - columnCount) : [];
  const present = T3_COLS.filter(c => !missingColumns.includes(c));

  const splits: Table3['splits'] = [];
  const extras: LabelCell[] = [];
  const blank: string[] = [];
  // A short row's numbers placed by their lines (one cell per line at a regular pitch, taken from a
  // full row) or by the empty cells counted between them (tab or pipe layouts).
  const full = cellPerLine ? builds.find(b => b.values.length === present.length && regularPitch([b.target.line, ...b.values.map(v => v.line)])) : undefined;
  const pitch = full ? regularPitch([full.target.line, ...full.values.map(v => v.line)]) : null;
  for (const b of builds) {
    const split = present.includes('C7')
      ? findSplit(b.values, present.length, nums => nums[nums.length - 1] === nums.slice(0, -1).reduce((x, y) => x + y, 0))
      : null;
    if (split) {
      b.values = applySplit(b.values, split);
      const m = split.merged;
      splits.push({ id: b.target.cells[present[split.index]].id, text: m.text, range: range(m.line, m.start, m.end) });
    }
    if ('id' in b.target) b.target.valueCount = b.values.length;
    const short = b.values.length && b.values.length < present.length;
    const at = !short ? null : pitch ? placeByPitch(b.target.line, b.values.map(v => v.line), present.length, pitch) : placeByBlanks(b.values, present.length);
    if (at) {
      const target = b.target;
      b.values.forEach((v, k) => {
        const col = present[at[k]];
        target.cells[col] = { id: target.cells[col].id, value: numberValue(v.text), raw: v.text, range: range(v.line, v.start, v.end) };
      });
      blank.push(...present.filter((_, k) => !at.includes(k)).map(col => target.cells[col].id));
      continue;
    }
    if (b.values.length < present.length) continue; // a short row keeps null cells: never guessed
    const values = b.values.slice(-present.length);
    // Numbers come from the row's end (spec §8.2); any before them are reported, not dropped silently.
    for (const v of b.values.slice(0, b.values.length - present.length)) extras.push({ text: v.text, range: range(v.line, v.start, v.end) });
    present.forEach((col, i) => {
      const v = values[i];
      b.target.cells[col] = { id: b.target.cells[col].id, value: numberValue(v.text), raw: v.text, range: range(v.line, v.start, v.end) };
    });
  }

  const layout: Layout = dominantLayout(read.filter(r => tableLines.has(r.line)));
  return {
    table: {
      layout,
      range: linesRange(src, tableLines),
      columnCount,
      missingColumns,
      headerRange,
      balanceNoteRange,
      rows,
      categories,
      sequence,
      duplicates,
      fragments: layout === 'space' ? [] : fragments,
      labels,
      splits,
      extras,
      decoded: runs.decoded,
      uncertain,
      misread: null,
      unattributed,
      blank,
    },
    lines: tableLines,
  };
}

/** The row's first number touches its label in the document (`予以公开3100004`): separators were lost. */
function gluedToLabel(src: SourceText, b: Build): boolean {
  const label = b.target.label, first = b.values[0];
  if (!label || !first) return false;
  return offsetAt(src, label.range.end) === offsetAt(src, { line: first.line, character: first.start });
}

function emptyCells(prefix: T3RowId | T3GroupId): Record<T3ColId, Cell> {
  const cell = (c: T3ColId): Cell => ({ id: t3CellId(prefix, c), value: null, raw: '', range: null });
  return { C1: cell('C1'), C2: cell('C2'), C3: cell('C3'), C4: cell('C4'), C5: cell('C5'), C6: cell('C6'), C7: cell('C7') };
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
