// Digits of adjacent cells run together (`81010010` for 8 1 0 1 0 0 10): flattened web text
// drops the cell boundaries. A run is decoded only with what the format guarantees — no leading
// zeros except a lone 0, and the relations the caller checks — and only when one reading survives.

import type { LineCell } from './cells';
import { offsetAt, type SourceText } from '../text';

/** One way to read the tokens: the cells, each a piece of one token with its own columns. */
export type Reading = LineCell[];

/** Digits, a letter O written for 0 among them (reported by the number rules, read as 0). */
const DIGITS = /^[0-9Oo]*[0-9][0-9Oo]*$|^[Oo]$/;
const isZero = (c: string) => c === '0' || c === 'O' || c === 'o';

/** True when a token cannot be one number as written (`05`, `0000000`): digits of several cells. */
export function isGluedRun(text: string): boolean {
  return text.length > 1 && isZero(text[0]) && DIGITS.test(text);
}

/**
 * Every way to cut `tokens` into exactly `want` numbers, each token into one or more pieces.
 * Null when a token is not plain digits or there are more than `limit` readings (no guess).
 */
export function readings(tokens: LineCell[], want: number, limit = 5000): Reading[] | null {
  if (!tokens.every(t => DIGITS.test(t.text))) return null;
  const digits = tokens.reduce((n, t) => n + t.text.length, 0);
  if (digits < want || tokens.length > want) return digits < want ? [] : null;
  const out: Reading[] = [];
  const cur: LineCell[] = [];
  let overflow = false;
  // `left`: digits still to place after this point, so each remaining cell gets at least one.
  const cut = (k: number, from: number, cells: number, left: number) => {
    if (overflow) return;
    if (k === tokens.length) {
      if (cells === want) { if (out.length >= limit) overflow = true; else out.push([...cur]); }
      return;
    }
    const t = tokens[k];
    for (let end = from + 1; end <= t.text.length; end++) {
      const piece = t.text.slice(from, end);
      if (piece.length > 1 && isZero(piece[0])) break;
      const rest = left - (end - from);
      const cellsAfter = want - cells - 1;
      // Pieces still needed must fit the digits left, and every token needs at least one piece.
      if (cellsAfter > rest || cellsAfter < tokens.length - k - (end === t.text.length ? 1 : 0)) continue;
      cur.push({ text: piece, start: t.start + from, end: t.start + end, line: t.line });
      if (end === t.text.length) cut(k + 1, 0, cells + 1, rest);
      else cut(k, end, cells + 1, rest);
      cur.pop();
    }
  };
  cut(0, 0, 0, digits);
  return overflow ? null : out;
}

/** Values of a reading. */
export function valuesOf(r: Reading): number[] {
  return r.map(c => Number(c.text.replace(/[Oo]/g, '0')));
}

/**
 * True when the numbers were written without separators: a glued run (`000`), or digits that
 * touch the label before them in the document (`规章000`, cut apart when the text was segmented).
 */
export function isRunTogether(src: SourceText, label: LineCell | undefined, values: LineCell[]): boolean {
  if (values.some(v => isGluedRun(v.text))) return true;
  const first = values[0];
  return !!label && !!first && offsetAt(src, { line: label.line, character: label.end }) === offsetAt(src, { line: first.line, character: first.start });
}
