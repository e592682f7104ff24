// Line access over the analysed text. Every range the engine produces refers to this text:
// 0-based lines and UTF-16 characters, as LSP and JavaScript strings count them.

import type { Range } from './types';

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
  // Line ends as LSP counts them: \n, \r\n, and a lone \r.
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) {
      const cr = i > start && text.charCodeAt(i - 1) === 13;
      if (cr) crlf++; else lf++;
      lines.push(text.slice(start, cr ? i - 1 : i));
      offsets.push(start);
      start = i + 1;
    } else if (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) {
      lines.push(text.slice(start, i));
      offsets.push(start);
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  offsets.push(start);
  return { text, lines, offsets, eol: crlf > lf ? '\r\n' : '\n' };
}

export function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

export function lineRange(src: SourceText, line: number): Range {
  return range(line, 0, src.lines[line]?.length ?? 0);
}

/** Range of a line's text without leading and trailing white space. */
export function trimmedLineRange(src: SourceText, line: number): Range {
  const s = src.lines[line] ?? '';
  const start = s.length - s.trimStart().length;
  return range(line, start, Math.max(start, s.trimEnd().length));
}

export function spanRange(first: Range, last: Range): Range {
  return { start: first.start, end: last.end };
}

export function offsetAt(src: SourceText, line: number, character: number): number {
  return (src.offsets[line] ?? src.text.length) + character;
}

/** From the start of the first to the end of the last of `lines` (a table's extent). */
export function linesRange(src: SourceText, lines: Iterable<number>): Range {
  let first = Infinity, last = -1;
  for (const l of lines) { if (l < first) first = l; if (l > last) last = l; }
  return { start: { line: first, character: 0 }, end: { line: last, character: src.lines[last]?.length ?? 0 } };
}
