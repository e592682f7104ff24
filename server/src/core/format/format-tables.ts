// Document formatter for the three tables: normalises fixed labels to their official full-width
// form and aligns columns in the table's own layout. Numbers are never changed; formatting twice
// gives the same text as formatting once.
//   tab    — tabs left as they are, labels normalised;
//   pipe   — cells padded so the pipes of rows with the same shape line up (CJK = 2 columns);
//   space  — labels padded and numbers right-aligned with spaces;
//   others — labels normalised only.

import type { ReportModel } from '../model';
import { toSource } from '../text';
import type { Layout, Range, TextEdit } from '../types';
import { applyEdits, diffEdits, lineEdit } from '../fix/edits';
import { officialLabel } from './official-labels';
import { displayWidth, padEnd, padStart } from './width';

const NUM = /^[0-9０-９][0-9０-９.,，]*$/;

function splitterFor(layout: Layout): RegExp {
  if (layout === 'space') return /\t| {2,}|\u3000+/g;
  if (layout === 'mixed') return /[\t|]| {2,}/g;
  return /[\t|]/g;
}

/** Replaces every cell that is a variant of a fixed label by the official label. */
export function normaliseLabels(line: string, layout: Layout): string {
  const re = splitterFor(layout);
  let out = '', at = 0;
  const cell = (s: string) => {
    const lead = s.length - s.trimStart().length, body = s.trim();
    const official = body ? officialLabel(body) : null;
    return official && official !== body ? s.slice(0, lead) + official + s.slice(lead + body.length) : s;
  };
  for (let m = re.exec(line); m; m = re.exec(line)) {
    out += cell(line.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + cell(line.slice(at));
}

interface PipeRow { line: number; lead: string; label: string; nums: string[]; tail: string | null }

function parsePipe(line: number, text: string): PipeRow | null {
  const segs = text.split('|');
  if (segs.length < 2) return null;
  const cells = segs.map(s => s.trim());
  const first = cells.findIndex(c => NUM.test(c));
  if (first < 0) return null;
  let last = first;
  while (last + 1 < cells.length && NUM.test(cells[last + 1])) last++;
  const leadPipe = cells[0] === '' && first > 0;
  const labels = cells.slice(leadPipe ? 1 : 0, first);
  if (labels.some(l => l === '')) return null; // empty label cells: merged-cell remnants, leave alone
  const lead = leadPipe ? segs[0].replace(/\s+$/, '') + '| ' : '';
  return { line, lead, label: labels.join(' | '), nums: cells.slice(first, last + 1), tail: last + 1 < segs.length ? segs.slice(last + 1).join('|') : null };
}

function renderPipe(r: PipeRow, labelW: number, widths: number[]): string {
  const nums = r.nums.map((n, k) => padStart(n, widths[k])).join(' | ');
  const head = r.label ? padEnd(r.label, labelW) + ' | ' : '';
  return r.lead + head + nums + (r.tail === null ? '' : ' |' + r.tail);
}

interface SpaceRow { line: number; label: string; nums: string[] }

function parseSpace(line: number, text: string): SpaceRow | null {
  const tokens = [...text.matchAll(/\S+/g)];
  let k = tokens.length;
  while (k > 0 && NUM.test(tokens[k - 1][0])) k--;
  if (k === tokens.length) return null;
  const label = text.slice(0, tokens[k].index).trimEnd();
  return { line, label, nums: tokens.slice(k).map(t => t[0]) };
}

function renderSpace(r: SpaceRow, labelW: number, widths: number[]): string {
  const cells = r.nums.map((n, k) => padStart(n, widths[k])).join('  ');
  return labelW ? padEnd(r.label, labelW) + '  ' + cells : cells;
}

/** Groups rows by shape and gives each group its label width and column widths. */
function align<R extends { label: string; nums: string[] }>(rows: R[], key: (r: R) => string, render: (r: R, w: number, ws: number[]) => string): Map<R, string> {
  const groups = new Map<string, R[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  const out = new Map<R, string>();
  for (const g of groups.values()) {
    const labelW = Math.max(...g.map(r => displayWidth(r.label)));
    const widths = g[0].nums.map((_, k) => Math.max(...g.map(r => displayWidth(r.nums[k]))));
    for (const r of g) out.set(r, render(r, labelW, widths));
  }
  return out;
}

function lineSpan(range: Range, lineCount: number): [number, number] {
  return [Math.max(0, range.start.line), Math.min(lineCount - 1, range.end.line)];
}

/** Formatting edits for the tables and section headings of `text` (analysed as `model`). */
export function formatTables(text: string, model: ReportModel): TextEdit[] {
  const src = toSource(text);
  const lines = [...src.lines];
  for (const s of model.sections) {
    const { start, end } = s.range;
    if (start.line !== end.line) continue;
    const l = lines[start.line], head = l.slice(start.character, end.character), official = officialLabel(head);
    if (official && official !== head) lines[start.line] = l.slice(0, start.character) + official + l.slice(end.character);
  }
  for (const table of [model.t2, model.t3, model.t4]) {
    if (!table) continue;
    const [from, to] = lineSpan(table.range, lines.length);
    for (let i = from; i <= to; i++) lines[i] = normaliseLabels(lines[i], table.layout);
    if (table.layout === 'pipe' || table.layout === 'markdown') {
      const rows: PipeRow[] = [];
      for (let i = from; i <= to; i++) { const r = parsePipe(i, lines[i]); if (r) rows.push(r); }
      for (const [r, s] of align(rows, r => `${r.lead ? '|' : ''}${r.label ? 'L' : ''}${r.nums.length}`, renderPipe)) lines[r.line] = s;
    } else if (table.layout === 'space') {
      const rows: SpaceRow[] = [];
      for (let i = from; i <= to; i++) { const r = parseSpace(i, lines[i]); if (r) rows.push(r); }
      for (const [r, s] of align(rows, r => String(r.nums.length), renderSpace)) lines[r.line] = s;
    }
  }
  const edits: TextEdit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const e = lineEdit(i, src.lines[i], lines[i]);
    if (e) edits.push(e);
  }
  return edits;
}

/**
 * Formatting edits that leave the document stable: a label put in official form can make a row
 * readable that was not (a category row then gets its own full-width label), so the text is
 * formatted again, re-read, until nothing changes (a few rounds at most).
 */
export function formatDocument(text: string, model: ReportModel, modelOf: (text: string) => ReportModel, maxRounds = 4): TextEdit[] {
  let current = text;
  for (let round = 0; round < maxRounds; round++) {
    const edits = formatTables(current, round === 0 ? model : modelOf(current));
    if (!edits.length) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
  }
  return current === text ? [] : diffEdits(text, current);
}
