// The prose of a report as paragraphs: table rows, the title and web-page shell lines left out,
// fragments that a page break or a hard line wrap split joined again (spec §5.1 note, 000-4,
// 004-8), with a map from every character back to its place in the source. Linear.

import type { ReportModel } from '../model';
import { CharSet, firstNonBlank, lastAtOrBefore, type SourceText } from '../text';
import type { Position, Range } from '../types';
import { isShellLine } from '../find-sections';

export interface Paragraph {
  text: string;
  /** Section (1 … 6) the paragraph stands in; 0 before the first section heading. */
  section: number;
  firstLine: number;
  lastLine: number;
  /** A numbered sub-heading line of its own (`（一）主动公开情况`) or a section heading. */
  heading: boolean;
  /** Offsets in `text` where each source piece starts, and where that piece stands. */
  segStart: number[];
  segLine: number[];
  segChar: number[];
}

/** Numbering that opens a heading or a new paragraph. */
const NUMBERED = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、．](?!\d)|第[一二三四五六七八九十]+[部分章节条、])/;
const PAGE_NUMBER = /^(?:[-－—–]\s*\d{1,3}\s*[-－—–]|\d{1,3}|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)$/;
const FULLWIDTH_DIGIT = /[０-９]/g;
const CLAUSE_MARK = /[。；;，,]/;
const MARKDOWN_LEAD = /^(?:#{1,6}\s+|>\s*|[-*+]\s+)?(?:\*\*|__)?/;

/** Whether a trimmed line is a heading on a line of its own. */
export function isHeadingLine(s: string): boolean {
  return NUMBERED.test(s) && s.length <= 40 && !CLAUSE_MARK.test(s.slice(0, -1));
}

/**
 * The paragraph being built (one builder for all of them). Its text grows by concatenation and is
 * flattened once, when first read (the end is read from `last`, never from the growing text). Most
 * paragraphs are one line: their arrays are made with that line's entry, so they hold one slot, not
 * a push's spare capacity.
 */
class Building {
  /** null between paragraphs. */
  p: Paragraph | null = null;
  last = '';

  begin(section: number, line: number, start: number, piece: string, heading: boolean): void {
    this.last = halfwidthDigits(piece);
    this.p = { text: this.last, section, firstLine: line, lastLine: line, heading, segStart: [0], segLine: [line], segChar: [start] };
  }

  append(src: SourceText, line: number, start: number, piece: string): void {
    const p = this.p!;
    if (/[A-Za-z0-9]/.test(this.last[this.last.length - 1]) && /^[A-Za-z0-9]/.test(piece)) {
      // Keep two numbers on either side of a line break apart.
      p.segStart.push(p.text.length); p.segLine.push(p.lastLine); p.segChar.push(src.lines[p.lastLine].trimEnd().length);
      p.text += ' ';
    }
    p.segStart.push(p.text.length); p.segLine.push(line); p.segChar.push(start);
    this.last = halfwidthDigits(piece);
    p.text += this.last;
    p.lastLine = line;
  }
}

/** `０…９` as `0…9` (the string itself when it has none: no replacement run). */
function halfwidthDigits(s: string): string {
  return FULLWIDTH_DIGIT_ANY.test(s) ? s.replace(FULLWIDTH_DIGIT, d => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : s;
}
const FULLWIDTH_DIGIT_ANY = /[０-９]/;

/** Whether a piece ends its sentence: final punctuation, then closing quotes or brackets, within its last 8 characters. */
function endsSentence(s: string): boolean {
  const stop = Math.max(0, s.length - 8);
  let i = s.length - 1;
  while (i >= stop && CLOSERS.has(s.charCodeAt(i))) i--;
  return i >= stop && FINALS.has(s.charCodeAt(i));
}
const FINALS = new CharSet('。！？!?；;…');
const CLOSERS = new CharSet('"”’」』）)');

/** A line's text as prose reads it, and where that text starts in the line. */
interface ProseLine { text: string; start: number }

/** Reads a line's prose into `into` (one holder for every line); false for a blank line or a page number. */
function readProse(line: string, into: ProseLine): boolean {
  const raw = line.includes('\f') ? line.replace(/\f/g, ' ') : line;
  const trimmed = raw.trim(); // the line itself when it has no blank at either end
  // Markdown copies: `## 一、总体情况`, `> …`, `- …`, `**（一）…**` read as the plain text.
  const mark = MARKUP_START.test(trimmed) ? MARKDOWN_LEAD.exec(trimmed)![0] : '';
  const text = MARKUP_END.test(trimmed) ? trimmed.slice(mark.length).replace(/(?:\*\*|__)$/, '') : trimmed.slice(mark.length);
  if (!text || PAGE_NUMBER.test(trimmed) || PAGE_NUMBER.test(text)) return false;
  into.text = text;
  into.start = firstNonBlank(raw) + mark.length; // where `trim` cut the line's start
  return true;
}
/** Where MARKDOWN_LEAD can match something, and where a closing `**` or `__` can stand. */
const MARKUP_START = /^[#>*+_-]/;
const MARKUP_END = /[*_]$/;

export function buildParagraphs(src: SourceText, model: ReportModel, tableLines: Set<number>): Paragraph[] {
  const out: Paragraph[] = [];
  const title = model.title?.range;
  const sectionStarts = new Map<number, number>();
  for (const s of model.sections) sectionStarts.set(s.range.start.line, s.index);
  let section = 0;
  const building = new Building();
  const prose: ProseLine = { text: '', start: 0 };
  const close = () => {
    if (building.p) out.push(building.p);
    building.p = null;
  };

  for (let line = 0; line < src.lines.length; line++) {
    const sectionStart = sectionStarts.get(line);
    if (sectionStart !== undefined) section = sectionStart;
    // Tables, the title and page metadata (`发布机构：`, `文号：` …) are no prose. Blank lines and page
    // numbers are transparent (paragraphs continue across); a table line is read only when it may close one.
    if (tableLines.has(line) || (title && line >= title.start.line && line <= title.end.line)) {
      if (building.p && readProse(src.lines[line], prose)) close();
      continue;
    }
    if (!readProse(src.lines[line], prose)) continue;
    const { text, start } = prose;
    if (isShellLine(text)) { close(); continue; }
    const standalone = sectionStart !== undefined || isHeadingLine(text);
    const p = building.p;
    const joins = p !== null && !p.heading && !standalone && !NUMBERED.test(text) && !endsSentence(building.last) && p.section === section;
    if (joins) building.append(src, line, start, text);
    else {
      close();
      building.begin(section, line, start, text, standalone);
    }
    if (standalone) close();
  }
  close();
  return out;
}

/** Source position of a character offset in a paragraph. */
export function positionIn(p: Paragraph, offset: number): Position {
  const lo = lastAtOrBefore(p.segStart, offset);
  return { line: p.segLine[lo], character: p.segChar[lo] + offset - p.segStart[lo] };
}

/** Source range of `[start, end)` in a paragraph (end is exclusive and may close a line). */
export function rangeIn(p: Paragraph, start: number, end: number): Range {
  const last = positionIn(p, Math.max(start, end - 1));
  return { start: positionIn(p, start), end: { line: last.line, character: last.character + (end > start ? 1 : 0) } };
}
