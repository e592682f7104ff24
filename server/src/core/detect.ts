// Recognises a 政府信息公开工作年度报告 by its title and the official section headings, so that
// plain .txt files (and, optionally, markdown) are validated without renaming them. Shared by the
// editor (auto-detect, markdown gating) and the CLI (which files of a folder are reports), so both
// agree. Line ends may be \n, \r\n or a bare \r (one cell per line, old-Mac extraction); a
// flattened report (line breaks gone, parts run together) is recognised by its numbered headings
// inside the running text. Pure: no vscode, no fs.

/** How much of a document is looked at: reports put the title first and six headings within a few
 * hundred non-blank lines (one-cell-per-line layouts have many blank lines between cells). */
const MAX_LINES = 400;
const MAX_CHARS = 100_000;
const TITLE_LINES = 8;

import { CharSet, isWhiteSpace } from './text';

const TITLE = /政府信息公开(?:工作)?年度报告/;
/** Notices about the reports (关于做好…年度报告…的通知) are not reports. */
const NOT_TITLE = /^关于|通知$|^附件/;

/** A part's number: its own, or another where a report renumbers its outline (总体情况's topics as parts). */
const N = '(?:[一二三四五六七八九十]{1,2}|\\d{1,2})[、.．]';

/** One pattern per official section (spec §1.2) and the variants of §1.5; tested on a stripped line. */
const HEADINGS: RegExp[] = [
  new RegExp(`^${N}(?:总体情况|概述)$`),
  new RegExp(`^${N}主动公开政府信息(?:的)?情况$`),
  new RegExp(`^${N}收到和处理政府信息公开申请(?:的)?情况$`),
  new RegExp(`^${N}.{0,16}行政复议.{0,4}行政诉讼(?:的)?情况$`),
  new RegExp(`^${N}.{0,12}存在.{0,6}问题.{0,3}改进(?:情况|措施)?$`),
  new RegExp(`^(?:${N})?其他需要报告的事项$`),
];

/** The same headings inside running text (a flattened report): numbered, and the wording whole. */
const INLINE_HEADINGS: RegExp[] = [
  new RegExp(`${N}(?:总体情况|概述)`),
  new RegExp(`${N}主动公开政府信息(?:的)?情况`),
  new RegExp(`${N}收到和处理政府信息公开申请(?:的)?情况`),
  new RegExp(`${N}[^。，；、]{0,16}行政复议[、和及]?[^。，；]{0,4}行政诉讼(?:的)?情况`),
  new RegExp(`${N}[^。，；、]{0,12}存在[^。，；]{0,6}问题[^。，；]{0,3}改进`),
  new RegExp(`${N}其他需要报告的事项`),
];

export interface Detection {
  isReport: boolean;
  /** The title as printed (lines joined when the title is split over two lines). */
  title: string | null;
  /** Indexes (0 … 5) of the official sections whose heading was found. */
  sections: number[];
}

/** Strips white space and markdown decoration (`## `, `**…**`, trailing colon). */
function strip(line: string): string {
  return line.replace(/\s+/g, '').replace(/^#+/, '').replace(/^\*\*|\*\*$/g, '').replace(/[：:]$/, '');
}

/**
 * Whether a line may be 40 characters or fewer once stripped, told without stripping it: `strip`
 * drops white space, leading `#`, `**` at either end and a final colon, so at most 5 of the other characters.
 */
function mayBeShort(line: string): boolean {
  if (line.length <= 40) return true;
  let kept = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!isWhiteSpace(c) && c !== 0x23 /* # */ && ++kept > 45) return false;
  }
  return true;
}

function findTitle(head: string[]): string | null {
  for (let i = 0; i < head.length; i++) {
    // A title split over two lines (seed 004: `绥中县 2024 年政府信息公开` / `工作年度报告`).
    for (const candidate of [head[i], head[i] + (head[i + 1] ?? '')]) {
      if (candidate.length <= 80 && TITLE.test(candidate) && !NOT_TITLE.test(candidate)) return candidate;
    }
  }
  return null;
}

const NUMERALS = new CharSet('一二三四五六七八九十0123456789');
const NUMBER_ENDS = new CharSet('、.．');
const QI = 0x5176; // 其

/** Whether the line `[from, to)` of `text` may be a heading once stripped (white space, `#` and `*`
 * skipped): 其, or one or two numerals or digits and then `、` or a dot (`N` of the patterns). */
function mayOpenHeading(text: string, from: number, to: number): boolean {
  let numerals = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isWhiteSpace(c) || (numerals === 0 && (c === 0x23 /* # */ || c === 0x2a /* * */))) continue;
    if (numerals === 0 && c === QI) return true;
    if (NUMERALS.has(c) && numerals < 2) numerals++;
    else return numerals > 0 && NUMBER_ENDS.has(c);
  }
  return false;
}

/** Sections whose numbered heading appears in running text, in order (each after the one before):
 * `head` is the text read, its white space (line breaks among it) dropped. */
function inlineSections(head: string): number[] {
  const text = head.replace(/[\s\u3000]+/g, '');
  const found: number[] = [];
  let from = 0;
  INLINE_HEADINGS.forEach((re, i) => {
    const m = re.exec(text.slice(from));
    if (!m) return;
    found.push(i);
    from += m.index + m[0].length;
  });
  return found;
}

/**
 * Reads the head of a document line by line (no array of its lines): the first non-blank lines for
 * the title, each short line that may open a heading for the sections. `decided`: stop as soon as
 * the document is known to be a report (the title and sections found so far are then partial).
 */
function scan(text: string, decided: boolean): Detection {
  const end = Math.min(text.length, MAX_CHARS);
  const head: string[] = []; // the first stripped, non-empty lines
  let found: string | null = null; // the title, once the lines it may stand on are read
  const sections = new Set<number>();
  let lines = 0, at = 0;
  while (at < end && lines < MAX_LINES) {
    let eol = at;
    for (let c = text.charCodeAt(eol); eol < end && c !== 0x0a && c !== 0x0d; c = text.charCodeAt(++eol));
    const from = at;
    at = eol + (text.charCodeAt(eol) === 0x0d && eol + 1 < end && text.charCodeAt(eol + 1) === 0x0a ? 2 : 1);
    let first = from;
    while (first < eol && isWhiteSpace(text.charCodeAt(first))) first++;
    if (first === eol) continue; // blank
    lines++;
    // A line's text is cut out only when it may be the title or a heading.
    const title = head.length < TITLE_LINES, heading = mayOpenHeading(text, first, eol);
    if (!title && !heading) continue;
    const line = text.slice(from, eol);
    if (title) {
      const s = strip(line);
      if (s.length > 0 && head.push(s) === TITLE_LINES) found = findTitle(head);
    }
    if (heading && mayBeShort(line)) {
      const s = strip(line);
      const i = s.length > 40 ? -1 : HEADINGS.findIndex(re => re.test(s));
      if (i >= 0) sections.add(i);
    }
    if (decided && (sections.size >= 4 || (found !== null && sections.size >= 2))) return { isReport: true, title: found, sections: [...sections] };
  }
  const title = head.length < TITLE_LINES ? findTitle(head) : found;
  let numbered = [...sections].sort((a, b) => a - b);
  // Flattened: no heading stands on a line of its own, but most are found in order in the text.
  if (numbered.length < 4) {
    const inline = inlineSections(text.slice(0, Math.min(at, end)));
    if (inline.length >= 4) numbered = inline;
  }
  return { isReport: (title !== null && numbered.length >= 2) || numbered.length >= 4, title, sections: numbered };
}

export function detectReport(text: string): Detection {
  return scan(text, false);
}

/** Whether a document is a report: its head read only as far as that takes. */
export function isReportText(text: string): boolean {
  return scan(text, true).isReport;
}
