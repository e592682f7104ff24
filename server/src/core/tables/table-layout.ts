// The layout a table is written in: what most of its lines use.

import type { Layout } from '../types';
import type { LineCells } from './cells';

/** One cell per line: a row's label and numbers each stand on a line of their own. */
function onePerLine(l: LineCells): boolean {
  const n = l.labels.length + l.values.length;
  if (n === 1) return true;
  const lines = new Set<number>();
  for (const c of l.labels) lines.add(c.line);
  if (lines.size < l.labels.length) return false;
  for (const c of l.values) lines.add(c.line);
  return lines.size === n;
}

export function dominantLayout(lines: LineCells[]): Layout {
  const n = { tab: 0, pipe: 0, space: 0 } as Record<string, number>;
  let singles = 0;
  for (const l of lines) {
    n[l.layout] = (n[l.layout] ?? 0) + 1;
    if (onePerLine(l)) singles++;
  }
  if (lines.length && singles / lines.length > 0.6) return 'cell-per-line';
  const [top, count] = Object.entries(n).sort((a, b) => b[1] - a[1])[0];
  if (!count) return 'space';
  return count / lines.length < 0.6 ? 'mixed' : (top as Layout);
}
