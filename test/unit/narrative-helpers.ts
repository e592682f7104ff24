// Shared by the narrative-*.test.ts files (and the conformance suite): claims of a text, the
// findings of issue 3, edits, and the check of every issue-3 fix.

import * as assert from 'node:assert/strict';
import { analyze, parseReport, type AnalyzeOptions } from '../../server/src/core/analyze';
import { extractClaims } from '../../server/src/core/narrative/claims';
import { buildParagraphs } from '../../server/src/core/narrative/prose';
import { toSource } from '../../server/src/core/text';
import type { Finding, Range, TextEdit } from '../../server/src/core/types';

export const NARRATIVE_CODES = /^(narrative|structure|crossyear)-/;
/** Findings about the tables, the sections and the title (spec §7's table-level kinds). */
export const TABLE_CODES = /^(t[234]-|number-|label-|section-|table-|outdated-|title-)/;

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

/** Every fix of an issue-3 finding of `text` clears that finding and brings no other issue-3
 *  finding; returns how many fixes were checked. */
export function checkNarrativeFixes(name: string, text: string): number {
  const count = (t: string, code: string) => findings(t).filter(f => f.code === code).length;
  let checked = 0;
  const before = findings(text);
  for (const f of before) {
    for (const fix of f.fixes ?? []) {
      const fixed = apply(text, fix.edits);
      assert.notEqual(fixed, text, `${name} ${f.code}: ${fix.title}`);
      assert.equal(count(fixed, f.code), count(text, f.code) - 1, `${name} ${f.code}: ${fix.title}`);
      const others = (list: Finding[]) => list.filter(x => x.code !== f.code).map(x => x.code).sort();
      const after = others(findings(fixed));
      for (const code of after) assert.ok(others(before).includes(code), `${name} ${f.code} → new ${code}`);
      checked++;
    }
  }
  return checked;
}
