// Where things stand in the prose: the numbered sub-headings of a section (`（一）主动公开情况`,
// also when the body follows on the same line, as pdftotext prints it), the text of a block,
// and insertion points that keep the document's own EOL and blank-line style.

import type { Section } from '../model';
import type { RuleContext } from '../rule';
import type { Range, TextEdit } from '../types';
import type { Paragraph } from './prose';
import { rangeIn } from './prose';

export interface SubHeading {
  para: Paragraph;
  /** Index of the paragraph in the narrative's list. */
  index: number;
  number: number;
  /** The heading's words after the numbering, up to the first full stop. */
  text: string;
  range: Range;
  /** `（` or `(`, as the report writes them. */
  open: string;
}

const SUB = /^([（(])([一二三四五六七八九十]{1,2})[）)]\s*([^。：:；;]{1,40})/;
const NUMS = '一二三四五六七八九十';

export function subHeadings(paragraphs: Paragraph[], section: number): SubHeading[] {
  const out: SubHeading[] = [];
  paragraphs.forEach((para, index) => {
    if (para.section !== section) return;
    const m = SUB.exec(para.text);
    if (!m) return;
    const number = m[2].length === 1 ? NUMS.indexOf(m[2]) + 1 : m[2] === '十' ? 10 : 10 + NUMS.indexOf(m[2][1]) + 1;
    out.push({ para, index, number, text: m[3], range: rangeIn(para, 0, m[0].length), open: m[1] });
  });
  return out;
}

export function chineseNumber(n: number): string {
  return n <= 10 ? NUMS[n - 1] : `十${NUMS[n - 11] ?? ''}`;
}

/** Text of the paragraphs of a section (joined), or of one sub-heading's block. */
export function blockText(paragraphs: Paragraph[], from: number, to: number): string {
  return paragraphs.slice(from, to).map(p => p.text).join('\n');
}

/** True when paragraphs are separated by blank lines around `line`. */
function blankStyle(ctx: RuleContext, line: number): boolean {
  const next = ctx.src.lines[line + 1];
  const prev = ctx.src.lines[line - 1];
  return (next !== undefined && next.trim() === '') || (prev !== undefined && prev.trim() === '');
}

/** Inserts `text` as a new paragraph after `line`. */
export function insertAfterLine(ctx: RuleContext, line: number, text: string): TextEdit {
  const eol = ctx.src.eol;
  const len = ctx.src.lines[line]?.length ?? 0;
  const pos = { line, character: len };
  return { range: { start: pos, end: pos }, newText: eol + (blankStyle(ctx, line) ? eol : '') + text };
}

/** Inserts `text` as a new paragraph before `line`. */
export function insertBeforeLine(ctx: RuleContext, line: number, text: string): TextEdit {
  const eol = ctx.src.eol;
  const pos = { line, character: 0 };
  return { range: { start: pos, end: pos }, newText: text + eol + (blankStyle(ctx, line) ? eol : '') };
}

/** Last line of a section that carries prose text (not blank, not a table row). */
export function lastProseLine(ctx: RuleContext, s: Section): number {
  for (let l = s.end - 1; l >= s.bodyStart; l--) {
    if (!ctx.tableLines.has(l) && ctx.src.lines[l].trim() && !/^[-－—–\s\d页第共]+$/.test(ctx.src.lines[l].trim())) return l;
  }
  return s.range.start.line;
}
