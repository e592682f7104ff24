// Fix-all: apply every preferred safe fix, re-analyse, and repeat while fixes keep coming
// (a fix can make another one safe, e.g. a category row corrected before a column insert).

import { analyze, AnalyzeOptions } from '../analyze';
import { applyEdits, preferredEdits } from './apply';

export function fixAll(text: string, options: AnalyzeOptions = {}, maxPasses = 5): { text: string; applied: number } {
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const { findings } = analyze(text, options);
    const edits = preferredEdits(findings.map(f => f.fixes?.[0]));
    if (!edits.length) break;
    const next = applyEdits(text, edits);
    if (next === text) break;
    text = next;
    applied += edits.length;
  }
  return { text, applied };
}
