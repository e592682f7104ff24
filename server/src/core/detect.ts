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

import { isWhiteSpace } from './text';

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

function findTitle(lines: string[]): string | null {
  const head: string[] = [];
  for (let i = 0; i < lines.length && head.length < TITLE_LINES; i++) {
    const s = strip(lines[i]);
    if (s.length > 0) head.push(s);
  }
  for (let i = 0; i < head.length; i++) {
    // A title split over two lines (seed 004: `绥中县 2024 年政府信息公开` / `工作年度报告`).
    for (const candidate of [head[i], head[i] + (head[i + 1] ?? '')]) {
      if (candidate.length <= 80 && TITLE.test(candidate) && !NOT_TITLE.test(candidate)) return candidate;
    }
  }
  return null;
}

/** Sections whose numbered heading appears in running text, in order (each after the one before). */
function inlineSections(lines: string[]): number[] {
  const text = lines.join('').replace(/[\s\u3000]+/g, '');
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

export function detectReport(text: string): Detection {
  const head = text.slice(0, MAX_CHARS);
  const lines = head.split(/\r\n|\r|\n/).filter(l => l.trim().length > 0).slice(0, MAX_LINES);
  const title = findTitle(lines);
  const sections = new Set<number>();
  for (const line of lines) {
    if (!mayBeShort(line)) continue;
    const s = strip(line);
    if (s.length > 40) continue;
    const i = HEADINGS.findIndex(re => re.test(s));
    if (i >= 0) sections.add(i);
  }
  let found = [...sections].sort((a, b) => a - b);
  // Flattened: no heading stands on a line of its own, but most are found in order in the text.
  if (found.length < 4) {
    const inline = inlineSections(lines);
    if (inline.length >= 4) found = inline;
  }
  return { isReport: (title !== null && found.length >= 2) || found.length >= 4, title, sections: found };
}

export function isReportText(text: string): boolean {
  return detectReport(text).isReport;
}
