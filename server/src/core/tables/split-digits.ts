// A number split into two adjacent cells (`1 | 2` for 12; spec §8.2 “拆格”): when a row carries
// one value too many, the merge of two neighbouring digit cells that makes the row's own sums
// hold — and only if exactly one merge does — is taken, and reported.

import type { LineCell } from './cells';

export interface Split { index: number; merged: LineCell }

export function findSplit(values: LineCell[], want: number, holds: (nums: number[]) => boolean): Split | null {
  if (values.length !== want + 1) return null;
  let found: Split | null = null;
  for (let i = 0; i + 1 < values.length; i++) {
    const a = values[i], b = values[i + 1];
    if (a.line !== b.line || !/^\d+$/.test(a.text) || !/^\d+$/.test(b.text)) continue;
    const merged: LineCell = { text: a.text + b.text, start: a.start, end: b.end, line: a.line };
    const nums = [...values.slice(0, i), merged, ...values.slice(i + 2)].map(v => Number(v.text));
    if (nums.some(n => Number.isNaN(n)) || !holds(nums)) continue;
    if (found) return null; // two merges fit: ambiguous, nothing is guessed
    found = { index: i, merged };
  }
  return found;
}

/** Replaces the two parts by the merged cell. */
export function applySplit(values: LineCell[], split: Split): LineCell[] {
  return [...values.slice(0, split.index), split.merged, ...values.slice(split.index + 2)];
}
