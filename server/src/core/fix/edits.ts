// Text edits on plain strings: apply, detect overlaps, and compute the minimal edits between two
// texts (line diff, then common prefix/suffix inside changed lines), so an edit never touches a
// character it does not change: tabs, pipes, spacing, CRLF and BOM elsewhere stay as they were.

import { offsetAt, positionAt, toSource, type SourceText } from '../text';
import type { Position, Range, TextEdit } from '../types';

interface OffsetEdit { start: number; end: number; newText: string }

function toOffsets(src: SourceText, edits: TextEdit[]): OffsetEdit[] {
  return edits.map(e => ({ start: offsetAt(src, e.range.start), end: offsetAt(src, e.range.end), newText: e.newText }));
}

/** True when two edits touch the same characters (or insert at the same place). */
export function overlaps(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  const same = (p: Position, q: Position) => p.line === q.line && p.character === q.character;
  if (same(a.start, b.start)) return true;
  return before(a.start, b.end) && before(b.start, a.end);
}

/** Applies non-overlapping edits (any order) to `text`. Throws on overlapping edits. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const src = toSource(text);
  const list = toOffsets(src, edits).sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '', at = 0;
  for (const e of list) {
    if (e.start < at) throw new Error('overlapping edits');
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Minimal edit turning line `a` into line `b` (common prefix and suffix left alone). */
export function lineEdit(line: number, a: string, b: string): TextEdit | null {
  if (a === b) return null;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { range: { start: { line, character: p }, end: { line, character: a.length - s } }, newText: b.slice(p, b.length - s) };
}

/** Splits keeping each line's terminator, so a diff of lines preserves EOLs exactly. */
function splitKeep(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) { out.push(text.slice(start, i + 1)); start = i + 1; }
  out.push(text.slice(start));
  return out;
}

/** Edit replacing `oldPart` (at offset `base` of `src`) by `newPart`, common ends left out. */
function trimmed(src: SourceText, base: number, oldPart: string, newPart: string): TextEdit[] {
  if (oldPart === newPart) return [];
  let p = 0;
  while (p < oldPart.length && p < newPart.length && oldPart[p] === newPart[p]) p++;
  let s = 0;
  while (s < oldPart.length - p && s < newPart.length - p && oldPart[oldPart.length - 1 - s] === newPart[newPart.length - 1 - s]) s++;
  // Never split a CRLF pair.
  if (p > 0 && oldPart[p - 1] === '\r') p--;
  return [{ range: { start: positionAt(src, base + p), end: positionAt(src, base + oldPart.length - s) }, newText: newPart.slice(p, newPart.length - s) }];
}

/** The minimal edits (ranges on `a`) that turn text `a` into text `b`. */
export function diffEdits(a: string, b: string): TextEdit[] {
  if (a === b) return [];
  const A = splitKeep(a), B = splitKeep(b);
  let pre = 0;
  while (pre < A.length && pre < B.length && A[pre] === B[pre]) pre++;
  let suf = 0;
  while (suf < A.length - pre && suf < B.length - pre && A[A.length - 1 - suf] === B[B.length - 1 - suf]) suf++;
  const a1 = A.slice(pre, A.length - suf), b1 = B.slice(pre, B.length - suf);
  // LCS on the middle part (small in practice: edits are few and local).
  const n = a1.length, m = b1.length;
  const dp: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--)
    dp[i][j] = a1[i] === b1[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const hunks: { a0: number; a1: number; b0: number; b1: number }[] = [];
  let i = 0, j = 0, h: { a0: number; a1: number; b0: number; b1: number } | null = null;
  while (i < n || j < m) {
    if (i < n && j < m && a1[i] === b1[j]) { if (h) { hunks.push(h); h = null; } i++; j++; continue; }
    if (!h) h = { a0: i, a1: i, b0: j, b1: j };
    if (j < m && (i >= n || dp[i][j + 1] >= dp[i + 1][j])) { j++; h.b1 = j; } else { i++; h.a1 = i; }
  }
  if (h) hunks.push(h);
  const src = toSource(a);
  // Offsets of the pieces split at LF: a bare CR also ends a line of `src`, so its line offsets
  // do not index these pieces.
  const starts = [0];
  for (const piece of A) starts.push(starts[starts.length - 1] + piece.length);
  const edits: TextEdit[] = [];
  for (const k of hunks) {
    const oldLines = a1.slice(k.a0, k.a1), newLines = b1.slice(k.b0, k.b1);
    const base = starts[pre + k.a0];
    if (oldLines.length === newLines.length) {
      // Same number of lines: one edit per changed line, so unchanged lines stay out of edits.
      let at = base;
      oldLines.forEach((o, i) => { edits.push(...trimmed(src, at, o, newLines[i])); at += o.length; });
    } else edits.push(...trimmed(src, base, oldLines.join(''), newLines.join('')));
  }
  return edits;
}
