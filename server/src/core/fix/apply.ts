// Applying text edits to a text: edits are sorted and must not overlap; later overlapping ones
// are dropped. Only the named characters change.

import type { Fix, TextEdit } from '../types';
import { offsetAt, toSource } from '../text';

export function applyEdits(text: string, edits: TextEdit[]): string {
  const src = toSource(text);
  const spans = edits
    .map(e => ({ start: offsetAt(src, e.range.start.line, e.range.start.character), end: offsetAt(src, e.range.end.line, e.range.end.character), text: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '', at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlaps an edit already taken
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}

/** The preferred fixes of a set of findings, without two fixes touching the same text. */
export function preferredEdits(fixes: (Fix | undefined)[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const taken: string[] = [];
  for (const f of fixes) {
    if (!f?.preferred) continue;
    const keys = f.edits.map(e => `${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character}`);
    if (keys.some(k => taken.includes(k))) continue;
    taken.push(...keys);
    edits.push(...f.edits);
  }
  return edits;
}
