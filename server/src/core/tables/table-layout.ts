// The layout a table is written in: what most of its lines use.

import type { Layout } from '../types';
import type { LineCells } from './cells';

/** One cell per line: a row's label and numbers each stand on a line of their own. */
function onePerLine(l: LineCells): boolean {
  const n = l.labels.length + l.values.length;
  if (n === 1) return true;
  if (n > 16) return new Set([...l.labels, ...l.values].map(c => c.line)).size === n;
  // A few cells (the usual row): compared pairwise, no set per line.
  for (let i = 1; i < n; i++) for (let j = 0; j < i; j++) if (lineAt(l, i) === lineAt(l, j)) return false;
  return true;
}

/** The line of a row's i-th cell, labels first. */
function lineAt(l: LineCells, i: number): number {
  return i < l.labels.length ? l.labels[i].line : l.values[i - l.labels.length].line;
}

export function dominantLayout(lines: LineCells[]): Layout {
  let tab = 0, pipe = 0, singles = 0;
  for (const l of lines) {
    if (l.layout === 'tab') tab++;
    else if (l.layout === 'pipe') pipe++;
    if (onePerLine(l)) singles++;
  }
  if (lines.length && singles / lines.length > 0.6) return 'cell-per-line';
  // The layout most lines use (`readLine` gives tab, pipe or space), the first of them on a tie.
  const space = lines.length - tab - pipe;
  const [top, count]: [Layout, number] = tab >= pipe && tab >= space ? ['tab', tab] : pipe >= space ? ['pipe', pipe] : ['space', space];
  if (!count) return 'space';
  return count / lines.length < 0.6 ? 'mixed' : top;
}
