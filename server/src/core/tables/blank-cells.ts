// Empty cells written as runs of blank lines (web pages extracted one cell per line, old layouts
// that leave a cell empty instead of writing 0), or as empty cells between tabs or pipes. Where every cell of a table stands on its own line
// at a regular pitch, a value's position among the row's cells follows from its line: the cells
// between are blank. Only a regular pitch places anything; otherwise nothing is guessed.

/**
 * The line distance between consecutive cells: the distance most of `lines` keep (row breaks
 * add a line or two now and then). Null when there is no such regular pitch.
 */
export function regularPitch(lines: readonly number[]): number | null {
  if (lines.length < 3) return null;
  // A pitch kept by 60% of the steps is their majority: one vote finds it (no map of counts), one count checks it.
  let d = 0, votes = 0;
  for (let i = 1; i < lines.length; i++) {
    const step = lines[i] - lines[i - 1];
    if (votes === 0) { d = step; votes = 1; } else votes += step === d ? 1 : -1;
  }
  let n = 0;
  for (let i = 1; i < lines.length; i++) if (lines[i] - lines[i - 1] === d) n++;
  // Without blank lines between cells a blank cell leaves no trace.
  return d >= 2 && n / (lines.length - 1) >= 0.6 ? d : null;
}

/**
 * Positions (0 … n−1) of values standing on `valueLines`, the first cell being expected `pitch`
 * lines after `anchor` plus a row break of fewer than `pitch` extra lines. Null when the lines do
 * not fall on the grid or leave more than one placement.
 */
export function placeByPitch(anchor: number, valueLines: number[], n: number, pitch: number): number[] | null {
  if (!valueLines.length) return null;
  let found: number[] | null = null;
  for (let extra = 0; extra < pitch; extra++) {
    const first = anchor + pitch + extra;
    const pos = valueLines.map(l => (l - first) / pitch);
    const fits = pos.every((p, i) => Number.isInteger(p) && p >= 0 && p < n && (i === 0 || p > pos[i - 1]));
    if (!fits) continue;
    if (found) return null;
    found = pos;
  }
  return found;
}

/**
 * Positions (0 … n−1) of values whose empty cells between them were counted (tab or pipe layouts),
 * when the values and the blanks between them fill the row exactly. Null otherwise.
 */
export function placeByBlanks(values: { blanksBefore?: number }[], n: number): number[] | null {
  const blanks = values.reduce((k, v) => k + (v.blanksBefore ?? 0), 0);
  if (!blanks || values.length + blanks !== n) return null;
  const at: number[] = [];
  let p = 0;
  values.forEach((v, i) => { p += i ? 1 + (v.blanksBefore ?? 0) : 0; at.push(p); });
  return at;
}
