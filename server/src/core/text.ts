// Line access over the analysed text. Every range the engine produces refers to this text:
// 0-based lines and UTF-16 characters, as LSP and JavaScript strings count them.

import type { Position, Range } from './types';

export interface SourceText {
  text: string;
  /** Lines without their terminators. */
  lines: string[];
  /** Offset of each line's first character in `text`. */
  offsets: number[];
  eol: '\n' | '\r\n';
}

export function toSource(text: string): SourceText {
  const lines: string[] = [];
  const offsets: number[] = [];
  let crlf = 0, lf = 0, start = 0;
  // Line ends as LSP counts them: \n, \r\n, and a lone \r. Found with indexOf (a native scan),
  // the next of each kept until passed, so the text is scanned once.
  let nl = text.indexOf('\n'), cr = text.indexOf('\r');
  while (nl >= 0 || cr >= 0) {
    if (cr >= 0 && (nl < 0 || cr < nl)) {
      lines.push(text.slice(start, cr));
      offsets.push(start);
      if (cr + 1 === nl) { crlf++; start = nl + 1; nl = text.indexOf('\n', start); } else start = cr + 1;
      cr = text.indexOf('\r', start);
    } else {
      lf++;
      lines.push(text.slice(start, nl));
      offsets.push(start);
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
  }
  lines.push(text.slice(start));
  offsets.push(start);
  return { text, lines, offsets, eol: crlf > lf ? '\r\n' : '\n' };
}

/** `\s` of JavaScript's patterns (the ideographic space among it), tested on a char code: no string per character. */
export function isWhiteSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

/** Index of the first character of `s` that is not white space (`\s`: \f and the ideographic space among it); the length when none. */
export function firstNonBlank(s: string): number {
  let i = 0;
  while (i < s.length && isWhiteSpace(s.charCodeAt(i))) i++;
  return i;
}

/** A pattern matching any of `words` as written (each escaped): one scan instead of a search per word. */
export function anyOf(words: readonly string[]): RegExp {
  return new RegExp(words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

/**
 * A set of char codes (each a single UTF-16 unit), for tests on `charCodeAt` without a string per
 * character: a bitmap over the codes' span, so a test is a shift and a mask (3–5× faster than a
 * Set's hash lookup; the prose scanners test every character of a paragraph).
 */
export class CharSet {
  private readonly low: number;
  private readonly span: number;
  private readonly bits: Uint32Array;

  constructor(chars: string) {
    const codes = Array.from(chars, ch => ch.charCodeAt(0));
    this.low = Math.min(...codes);
    this.span = Math.max(...codes) - this.low + 1;
    this.bits = new Uint32Array((this.span + 31) >>> 5);
    for (const c of codes) this.bits[(c - this.low) >>> 5] |= 1 << ((c - this.low) & 31);
  }

  has(code: number): boolean {
    const k = code - this.low;
    return k >= 0 && k < this.span && ((this.bits[k >>> 5] >>> (k & 31)) & 1) === 1;
  }
}

export function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

export function spanRange(first: Range, last: Range): Range {
  return { start: first.start, end: last.end };
}

// ---- Positions and offsets ----------------------------------------------------------------
// The one conversion between {line, character} and offsets into `src.text`, over the line starts
// `toSource` computed once: O(1) one way, a binary search the other, so converting every
// position of a report stays linear overall. Characters are UTF-16 code units (LSP's default),
// so a surrogate pair counts two; line ends are \n, \r\n and a lone \r.

/** Index of the last of the ascending `starts` that is ≤ `x` (0 when none is). */
export function lastAtOrBefore(starts: readonly number[], x: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= x) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/**
 * Offset in `src.text` of a position, clamped into the text: a line before the first or after
 * the last is the first or last line, a character past the line's end is the line's end.
 * `src` may also be a segmented text (`segment.ts`), whose lines are pieces of the document's.
 */
export function offsetAt(src: SourceText, p: Position): number {
  const line = Math.min(Math.max(p.line, 0), src.lines.length - 1);
  return src.offsets[line] + Math.min(Math.max(p.character, 0), src.lines[line].length);
}

/** Position of an offset in `src.text`, clamped into the text; an offset inside a line break is its line's end. */
export function positionAt(src: SourceText, offset: number): Position {
  const line = lastAtOrBefore(src.offsets, offset);
  return { line, character: Math.min(Math.max(offset - src.offsets[line], 0), src.lines[line].length) };
}

/** From the start of the first to the end of the last of `lines` (a table's extent). */
export function linesRange(src: SourceText, lines: Iterable<number>): Range {
  let first = Infinity, last = -1;
  for (const l of lines) { if (l < first) first = l; if (l > last) last = l; }
  return { start: { line: first, character: 0 }, end: { line: last, character: src.lines[last]?.length ?? 0 } };
}
