// Structure recovered from the text, not from its line breaks. Web pages copied to text often
// arrive flattened: headings, prose and whole tables on one physical line, cells run together
// (`…情况第二十条第（一）项信息内容…规章000行政规范性文件1126…`). Such lines are cut into
// virtual lines — at headings, at the fixed labels of the tables, between a label and the digits
// that follow it, at runs of ideographic spaces — before sections and tables are read.
//
// A virtual line is a span of one physical line; its offset in the text is kept, so every range
// the engine produces on virtual lines maps back to the document exactly (`toDocument`).

import { anyOf, offsetAt, positionAt } from './text';
import type { Position, Range } from './types';
import type { SourceText } from './text';
import { T3_ROWS } from './schema';
import { SECTION_WORDING, SECTION_WORDING_ENDS } from './find-sections';

/** A section heading anywhere: number, then the official wording or a known variant. */
const HEADING = new RegExp(`[一二三四五六七八九十]{1,2}[、.．]\\s*(?:${SECTION_WORDING.source})`, 'g');

/** What may stand right before a heading inside a line: a sentence end, spaces, a table's last digit. */
const BEFORE_HEADING = /[。！？；：\s\u3000\d)）]/;

/** Fixed labels that start a new cell in a flattened table, per table. */
const paren = (s: string) => s.replace(/[（(]/g, '[（(]').replace(/[）)]/g, '[）)]');
const T2_CUTS = [
  '第二十条第[（(][一二三四五六七八九十]+[）)]项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量',
  '本年收费金额[（(]单位[：:]万元[）)]', '(?:行政)?规范性文件', '规章', '行政许可', '行政处罚', '行政强制', '行政事业性收费',
  '本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '处理决定数量', '其他对外管理服务事项',
  '政府集中采购', '采购项目数量', '采购总金额',
];
const T3_CUTS = [
  '[（(]本列数据的勾稽关系', '申请人情况', '三[、.．]本年度办理结果', '[（(]三[）)]不予公开', '[（(]四[）)]无法提供',
  '[（(]五[）)]不予处理', '[（(]六[）)]其他处理',
  ...T3_ROWS.map(r => {
    const m = /^(一、|二、|四、|（[一二七]）|\d\.)(.*)$/.exec(r.label)!;
    const number = m[1].endsWith('、') ? `${m[1][0]}[、.．]` : m[1].startsWith('（') ? paren(m[1]) : `${m[1][0]}[.．、]`;
    // The item number is required where the body alone is too common (`3.其他`, `（七）总计`).
    const body = paren(m[2].replace(/（区分处理的.*$/, '')).replace(/[“”"]/g, '["“”]?');
    return r.id === 'R23' || r.id === 'R24' ? number + body : `(?:${number})?${body}`;
  }),
];
const T4_CUTS = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

const T2_CUT = new RegExp(T2_CUTS.join('|'), 'g');
const T3_CUT = new RegExp(T3_CUTS.join('|'), 'g');
const T4_CUT = new RegExp(T4_CUTS.join('|'), 'g');
/** Digits (a number or several run together, a letter O among them) ending a label segment. */
const TRAILING_DIGITS = /[0-9０-９Oo][0-9０-９Oo.．+＋\-－/]*$/;
const ITEM_NUMBER = /\d[1-8][.．、](?=[\u4e00-\u9fff“"])/g;
const SPACE_RUN = /[\u3000]{2,}|[\u3000 \t]{3,}/g;

export interface Segmented {
  src: SourceText;
  /** Maps a position on the virtual lines to the document; null when no line was cut. */
  toDocument: ((p: Position) => Position) | null;
  /** Maps a virtual line to the document line it lies on. */
  lineOf: ((line: number) => number) | null;
}

/** Markdown and list marks before a heading (`## `, `> `, `- `, `**`): not text of their own. */
const MARKUP = /[#>*\-+_\s\u3000]/g;

/** The section headings of a line, found in one scan: how many (counted to 2), the first, and
 *  whether one stands inside the line's text (`…工作。二、主动公开政府信息情况`), not at its start. */
interface LineHeadings { count: number; first: RegExpExecArray | null; inner: boolean }

/** A plain search before the pattern: a heading's wording ends with one of SECTION_WORDING_ENDS. */
function mayHoldHeading(s: string): boolean {
  for (const w of SECTION_WORDING_ENDS) if (s.includes(w)) return true;
  return false;
}

const NO_HEADINGS: LineHeadings = Object.freeze({ count: 0, first: null, inner: false });

function headingsOf(s: string): LineHeadings {
  if (!mayHoldHeading(s)) return NO_HEADINGS;
  let count = 0, first: RegExpExecArray | null = null, inner = false;
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(s); m && !(count >= 2 && inner); m = HEADING.exec(s)) {
    first ??= m;
    count++;
    inner ||= m.index > 0 && BEFORE_HEADING.test(s[m.index - 1]) && s.slice(0, m.index).replace(MARKUP, '') !== '';
  }
  return { count, first, inner };
}

/** A line is flattened when it holds what normally takes many lines: several headings or table rows. */
function isFlattened(s: string, headings: LineHeadings): boolean {
  if (s.length < 120) return false;
  if (headings.count >= 2) return true; // counted already: no need to look for rows
  // Most long lines are prose with no row key at all: one scan tells, before a search per row.
  if (!ANY_ROW_KEY.test(s)) return false;
  let rows = 0;
  for (const r of T3_ROWS) if (r.keys.length && s.includes(r.keys[0]) && ++rows >= 4) return true;
  return false;
}
/** The first key of any row. A row whose first key is empty is left out: that key is in every line, and counts one row, never four. */
const ANY_ROW_KEY = anyOf(T3_ROWS.filter(r => r.keys[0]).map(r => r.keys[0]));

type Zone = 0 | 2 | 3 | 4;

/** Which table a heading's text opens (2, 3, 4), or 0 for the other sections. */
function zoneOf(heading: string): Zone {
  if (heading.includes('主动公开')) return 2;
  if (heading.includes('收到和处理')) return 3;
  if (heading.includes('行政复议')) return 4;
  return 0;
}

function cutsOf(s: string, zone: Zone, flattened: boolean): { cuts: Set<number>; zone: Zone } {
  const cuts = new Set<number>();
  // Headings, and the zone each opens. In a flattened line a heading may follow anything.
  const zones: { at: number; zone: Zone }[] = [{ at: 0, zone }];
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(s); m; m = HEADING.exec(s)) {
    if (!flattened && m.index > 0 && !BEFORE_HEADING.test(s[m.index - 1])) continue;
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
    zones.push({ at: m.index + m[0].length, zone: zoneOf(m[0]) });
  }
  if (!flattened) return { cuts, zone: zones[zones.length - 1].zone };
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(s); m; m = SPACE_RUN.exec(s)) cuts.add(m.index);
  // Table labels, only inside the section of their table.
  const labelCuts: number[] = [];
  zones.forEach((z, k) => {
    const end = k + 1 < zones.length ? zones[k + 1].at : s.length;
    const re = z.zone === 2 ? T2_CUT : z.zone === 3 ? T3_CUT : z.zone === 4 ? T4_CUT : null;
    if (!re) return;
    const part = s.slice(z.at, end);
    const first = z.zone === 2 ? part.indexOf('第二十条') : z.zone === 3 ? part.search(/勾稽关系|申请人情况|(?:一[、.．])?本年新收/) : part.indexOf('行政复议');
    if (first < 0) return;
    re.lastIndex = first;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      if (!m[0]) { re.lastIndex++; continue; }
      labelCuts.push(z.at + m.index);
      cuts.add(z.at + m.index);
    }
    if (z.zone !== 3) return;
    // An item number glued to the previous row's digits (`…00000002.其它…`), even when the label
    // after it is misspelt: sub-items are numbered 1 to 8, so the last digit is the number.
    ITEM_NUMBER.lastIndex = first;
    for (let m = ITEM_NUMBER.exec(part); m; m = ITEM_NUMBER.exec(part)) {
      labelCuts.push(z.at + m.index + 1);
      cuts.add(z.at + m.index + 1);
    }
  });
  // A label's trailing digits are a cell of their own (`规章000` → `规章` | `000`).
  const sorted = [...cuts, s.length].sort((a, b) => a - b);
  for (const at of labelCuts) {
    const next = sorted.find(c => c > at)!;
    const d = TRAILING_DIGITS.exec(s.slice(at, next));
    if (d && d.index > 0 && /[0-9０-９]/.test(d[0])) cuts.add(at + d.index);
  }
  return { cuts, zone: zones[zones.length - 1].zone };
}

export function segment(doc: SourceText): Segmented {
  // The virtual lines, built from the first line that is cut (most reports have none: no copy).
  let lines: string[] | null = null;
  let offsets: number[] = [];
  let zone: Zone = 0;
  for (let i = 0; i < doc.lines.length; i++) {
    const s = doc.lines[i];
    const headings = headingsOf(s);
    const flattened = isFlattened(s, headings);
    if (!flattened && !headings.inner) {
      if (lines) { lines.push(s); offsets.push(doc.offsets[i]); }
      const h = headings.first;
      if (h && h.index < 8) zone = zoneOf(h[0]);
      continue;
    }
    if (!lines) { lines = doc.lines.slice(0, i); offsets = doc.offsets.slice(0, i); }
    const r = cutsOf(s, zone, flattened);
    zone = r.zone;
    const at = [0, ...[...r.cuts].filter(c => c > 0 && c < s.length).sort((a, b) => a - b), s.length];
    for (let k = 0; k + 1 < at.length; k++) {
      lines.push(s.slice(at[k], at[k + 1]));
      offsets.push(doc.offsets[i] + at[k]);
    }
  }
  if (!lines) return { src: doc, toDocument: null, lineOf: null };
  const src: SourceText = { text: doc.text, lines, offsets, eol: doc.eol };
  return {
    src,
    toDocument: p => positionAt(doc, offsetAt(src, p)),
    lineOf: line => (line >= lines.length ? doc.lines.length : positionAt(doc, offsets[line]).line),
  };
}

/**
 * The same structure with every position and line number moved from virtual lines to the document.
 * A part that holds neither is returned as it is, not copied (the model it comes from is the engine's
 * own, discarded after the analysis).
 */
export function toDocumentCoordinates<T>(value: T, seg: Segmented): T {
  const { toDocument, lineOf } = seg;
  if (!toDocument || !lineOf) return value;
  // A `range` is always a Range: mapped at once, not walked as an object and two positions (most of the objects are ranges).
  const mapRange = (r: Range): Range => ({ start: toDocument(r.start), end: toDocument(r.end) });
  const walk = (v: unknown): unknown => {
    if (!v || typeof v !== 'object') return v;
    if (Array.isArray(v)) return mapArray(v, walk);
    if (v instanceof Set) return new Set([...v].map(x => (typeof x === 'number' ? lineOf(x) : x)));
    const o = v as Record<string, unknown>;
    if (typeof o.line === 'number' && typeof o.character === 'number') return toDocument(o as unknown as Position);
    // Line numbers of rows (`line`) and of section bodies (`bodyStart`, `end`).
    const section = 'bodyStart' in o;
    let out: Record<string, unknown> | null = null;
    // for…in, not Object.entries: no pair array per property (the model's objects are plain, nothing inherited is enumerable).
    for (const k in o) {
      const x = o[k];
      const y = typeof x !== 'number' ? (k === 'range' && x ? mapRange(x as Range) : walk(x)) : k === 'line' || k === 'bodyStart' || (k === 'end' && section) ? lineOf(x) : x;
      if (out) out[k] = y;
      else if (y !== x) out = copyUpTo(o, k, y);
    }
    return out ?? o;
  };
  return walk(value) as T;
}

/** `f` over an array: the array itself when `f` changes no element. */
function mapArray(v: readonly unknown[], f: (x: unknown) => unknown): unknown {
  let out: unknown[] | null = null;
  for (let i = 0; i < v.length; i++) {
    const y = f(v[i]);
    if (out) out.push(y);
    else if (y !== v[i]) { out = v.slice(0, i); out.push(y); }
  }
  return out ?? v;
}

/** A copy of `o`'s properties before `key`, then `key` set to `value` (the first property that changes). */
function copyUpTo(o: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in o) {
    if (k === key) break;
    out[k] = o[k];
  }
  out[key] = value;
  return out;
}
