// Label normalisation for comparing fixed labels (spec §8.1). The report text itself is never
// rewritten by these functions; they only produce keys for comparison.

import { memoised } from './memo';

const QUOTES = /[“”"'‘’「」『』]/g;
const WHITESPACE = /[\s\u3000\f]+/g;

/**
 * A comparison key: NFKC (full/half width unified), quotes and all white space removed,
 * numbering `1、` `1．` unified to `1.`.
 */
export const normLabel = memoised((s: string): string => {
  const nfkc = MAY_CHANGE_UNDER_NFKC.test(s) ? s.normalize('NFKC') : s;
  return nfkc.replace(QUOTES, '').replace(WHITESPACE, '').replace(/(\d)[、,，]/g, '$1.');
});

/** Characters NFKC may change (full-width forms, compatibility ideographs, special spaces …);
 *  ASCII and the CJK unified ideographs are stable, so many labels skip the costly call. */
const MAY_CHANGE_UNDER_NFKC = /[^\u0000-\u007f\u2018-\u201d\u3001-\u3002\u4e00-\u9fff]/;

/** Whether `normLabel(s)` can contain the character `ch`: only when `s` has it, or has a character NFKC may change (the rest only removes). */
export function mayKeyContain(s: string, ch: string): boolean {
  return s.includes(ch) || MAY_CHANGE_UNDER_NFKC.test(s);
}

/** A looser key that also drops punctuation and numbering, for typo detection. */
export const coreLabel = memoised((s: string): string => normLabel(s)
  .replace(/^[一二三四五六七八九十]+、/, '')
  .replace(/^\([一二三四五六七八九十]+\)/, '')
  .replace(/^\d+\./, '')
  .replace(/[()（）,，:：.、;；\-—]/g, ''));

/** Sørensen–Dice similarity of character bigrams: 1 for equal strings. Linear in the lengths. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  // A bigram as one number (two UTF-16 code units), not a string.
  const grams = new Map<number, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.charCodeAt(i) * 0x10000 + a.charCodeAt(i + 1);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.charCodeAt(i) * 0x10000 + b.charCodeAt(i + 1);
    const n = grams.get(g) ?? 0;
    if (n > 0) { grams.set(g, n - 1); common++; }
  }
  return (2 * common) / (a.length + b.length - 2);
}

/** Joins two fragments of a label that a merged cell split, dropping the overlap (`不予` + `予处理`). */
export function joinFragments(a: string, b: string): string {
  for (let k = Math.min(a.length, b.length); k > 0; k--) {
    if (a.endsWith(b.slice(0, k))) return a + b.slice(k);
  }
  return a + b;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
export function isCjk(ch: string): boolean { return CJK.test(ch); }
