// Shared by the narrative-*.test.ts files: claims of a text, the findings of issue 3, and edits.

import { analyze, parseReport, type AnalyzeOptions } from '../../server/src/core/analyze';
import { extractClaims } from '../../server/src/core/narrative/claims';
import { buildParagraphs } from '../../server/src/core/narrative/prose';
import { toSource } from '../../server/src/core/text';
import type { Finding, Range, TextEdit } from '../../server/src/core/types';

export const NARRATIVE_CODES = /^(narrative|structure|crossyear)-/;

/** Claims as `key=value` (`!` marks a negation), in text order. */
export function claimsOf(text: string): string[] {
  const { model, tableLines, src } = parseReport(text);
  return extractClaims(buildParagraphs(src, model, tableLines)).map(c => `${c.indicator.key}=${c.value}${c.negated ? '!' : ''}`);
}

export function findings(text: string, options: AnalyzeOptions = {}): Finding[] {
  return analyze(text, options).findings.filter(f => NARRATIVE_CODES.test(f.code));
}

/** `line:col code severity` with 1-based line and column, like the CLI prints. */
export function at(f: Finding): string {
  return `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.code} ${f.severity}`;
}

export function textAt(text: string, r: Range): string {
  const src = toSource(text);
  const a = src.offsets[r.start.line] + r.start.character, b = src.offsets[r.end.line] + r.end.character;
  return text.slice(a, b);
}

/** Applies non-overlapping edits (independent implementation, so the tests do not trust the engine's). */
export function apply(text: string, edits: TextEdit[]): string {
  const src = toSource(text);
  const off = (p: { line: number; character: number }) => src.offsets[p.line] + p.character;
  const sorted = edits.map(e => ({ a: off(e.range.start), b: off(e.range.end), t: e.newText })).sort((x, y) => y.a - x.a || y.b - x.b);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.a) + e.t + out.slice(e.b);
  return out;
}
