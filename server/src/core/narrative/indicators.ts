// What a figure in the prose can stand for, and which table cells hold it (spec §5.1 N1–N9).

import { allCells, type ReportModel } from '../model';
import type { CellIndex } from '../cell-index';
import { cellLabel } from '../schema';
import type { Cell, Locale } from '../types';

export interface Indicator {
  key: string;
  /** Cells whose sum is the table's figure for this indicator. */
  cells: string[];
  zh: string;
  en: string;
}

const rows = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `R${String(from + i).padStart(2, '0')}.C7`);

const DEFS: Indicator[] = [
  { key: 'received', cells: ['R01.C7'], zh: '本年新收申请', en: 'new requests this year' },
  { key: 'carriedIn', cells: ['R02.C7'], zh: '上年结转申请', en: 'requests carried over from last year' },
  { key: 'completed', cells: ['R24.C7'], zh: '办理结果总计', en: 'requests handled (total of results)' },
  { key: 'carriedOut', cells: ['R25.C7'], zh: '结转下年度继续办理', en: 'requests carried forward to next year' },
  { key: 'disclosed', cells: ['R03.C7'], zh: '予以公开', en: 'disclosed' },
  { key: 'partly', cells: ['R04.C7'], zh: '部分公开', en: 'partly disclosed' },
  { key: 'refused', cells: rows(5, 12), zh: '不予公开（小计）', en: 'refused (subtotal)' },
  { key: 'unable', cells: rows(13, 15), zh: '无法提供（小计）', en: 'unable to provide (subtotal)' },
  { key: 'ignored', cells: rows(16, 20), zh: '不予处理（小计）', en: 'not processed (subtotal)' },
  { key: 'otherHandled', cells: rows(21, 23), zh: '其他处理（小计）', en: 'other handling (subtotal)' },
  { key: 'notHeld', cells: ['R13.C7'], zh: '本机关不掌握相关政府信息', en: 'information not held' },
  { key: 'review', cells: ['K5'], zh: '行政复议总计', en: 'administrative reconsiderations' },
  { key: 'litigation', cells: ['K10', 'K15'], zh: '行政诉讼总计（未经复议直接起诉 + 复议后起诉）', en: 'lawsuits (direct + after reconsideration)' },
  { key: 'litDirect', cells: ['K10'], zh: '行政诉讼·未经复议直接起诉', en: 'lawsuits filed directly' },
  { key: 'litAfter', cells: ['K15'], zh: '行政诉讼·复议后起诉', en: 'lawsuits after reconsideration' },
];

const RESULTS_ZH = ['结果维持', '结果纠正', '其他结果', '尚未审结'];
const RESULTS_EN = ['upheld', 'corrected', 'other result', 'pending'];
/** Court group → offset of its first K cell minus one, per the table-4 column order. */
const COURT_BASE: Record<string, number[]> = { review: [0], litigation: [5, 10], litDirect: [5], litAfter: [10] };

for (const [court, bases] of Object.entries(COURT_BASE)) {
  const parent = DEFS.find(d => d.key === court)!;
  RESULTS_ZH.forEach((zh, r) => DEFS.push({
    key: `${court}.${r + 1}`,
    cells: bases.map(b => `K${b + r + 1}`),
    zh: `${parent.zh.replace(/总计.*$/, '')}·${zh}`,
    en: `${parent.en}: ${RESULTS_EN[r]}`,
  }));
}
for (const id of ['A1', 'A2', 'A3', 'B1', 'B2', 'B3']) {
  DEFS.push({ key: id, cells: [id], zh: cellLabel(id), en: id.startsWith('A') ? `rules ${id}` : `normative documents ${id}` });
}

export const INDICATORS: Record<string, Indicator> = Object.fromEntries(DEFS.map(d => [d.key, d]));

const combined = new Map<string, Indicator>();

/** Several result categories stated as one figure: `予以公开和部分公开共14件` = （一）+（二）. */
export function combinedIndicator(keys: string[]): Indicator {
  const key = keys.join('+');
  let ind = combined.get(key);
  if (!ind) {
    const parts = keys.map(k => INDICATORS[k]);
    ind = { key, cells: parts.flatMap(p => p.cells), zh: parts.map(p => p.zh).join('＋'), en: parts.map(p => p.en).join(' + ') };
    combined.set(key, ind);
  }
  return ind;
}

export function indicatorName(ind: Indicator, locale: Locale): string {
  return locale === 'en' ? ind.en : ind.zh;
}

/** The table's figure for a list of cells: null when a table or a cell is missing or unreadable. */
export interface TableFigure { value: number | null; cells: Cell[] }

export function tableFigure(model: ReportModel, ids: string[], cache?: CellIndex): TableFigure {
  const all = cache ?? allCells(model);
  const cells: Cell[] = [];
  let value: number | null = 0;
  for (const id of ids) {
    const c = all.get(id);
    if (!c || c.value === null) { value = null; if (c) cells.push(c); continue; }
    cells.push(c);
    if (value !== null) value += c.value;
  }
  return { value, cells };
}

/** `4 + 8 = 12` style explanation of a figure made of several cells. */
export function figureText(fig: TableFigure): string {
  if (fig.cells.length <= 1 || fig.value === null) return String(fig.value);
  return `${fig.cells.map(c => c.value).join(' + ')} = ${fig.value}`;
}
