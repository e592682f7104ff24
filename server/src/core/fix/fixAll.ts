// Applies every preferred fix at once. Overlapping fixes are skipped (a fix is taken whole or not
// at all); the text is re-analysed and the loop repeats so that fixes which depend on each other
// converge, for at most `maxRounds` rounds and never on a text seen before.

import type { Finding, Fix, TextEdit } from '../types';
import { applyEdits, diffEdits, overlaps } from './edits';

export interface FixAllResult {
  text: string;
  /** Minimal edits on the original text. */
  edits: TextEdit[];
  /** Fixes applied over all rounds. */
  applied: number;
  rounds: number;
}

/** Preferred fixes of `findings` that do not overlap one another, in text order. */
export function compatibleFixes(findings: Finding[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: TextEdit[] = [];
  const fixes = findings.flatMap(f => f.fixes?.filter(x => x.preferred).slice(0, 1) ?? []);
  fixes.sort((a, b) => cmp(a.edits[0], b.edits[0]));
  for (const fix of fixes) {
    if (!fix.edits.length) continue;
    if (fix.edits.some(e => taken.some(t => overlaps(e.range, t.range)))) continue;
    if (fix.edits.some((e, i) => fix.edits.some((o, j) => i !== j && overlaps(e.range, o.range)))) continue;
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return chosen;
}

function cmp(a: TextEdit | undefined, b: TextEdit | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

export function fixAll(text: string, findingsOf: (text: string) => Finding[], maxRounds = 5): FixAllResult {
  const seen = new Set([text]);
  let current = text, applied = 0, rounds = 0;
  let first: TextEdit[] = [];
  while (rounds < maxRounds) {
    const fixes = compatibleFixes(findingsOf(current));
    if (!fixes.length) break;
    let next: string;
    try { next = applyEdits(current, fixes.flatMap(f => f.edits)); } catch { break; }
    rounds++;
    if (seen.has(next)) break;
    seen.add(next);
    if (rounds === 1) first = fixes.flatMap(f => f.edits);
    applied += fixes.length;
    current = next;
  }
  // One round: the fixes' own edits, exactly as the rules named them; more: the minimal diff.
  const edits = rounds === 1 && current !== text ? first : diffEdits(text, current);
  return { text: current, edits, applied, rounds };
}
