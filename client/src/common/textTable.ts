// A matrix of cell texts written as plain text in the three layouts real reports use:
// tab-separated (seeds 000, 002–004), pipe / markdown (seed 001) and space-aligned (pdftotext).

export type TextLayout = 'tab' | 'pipe' | 'space';

/** Columns a string takes in a monospaced CJK font (wide and full-width characters take two). */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function trimEnd(row: string[]): string[] {
  let n = row.length;
  while (n > 0 && row[n - 1] === '') n--;
  return row.slice(0, n);
}

export function formatTable(matrix: string[][], layout: TextLayout, eol = '\n'): string {
  if (layout === 'tab') return matrix.map(row => trimEnd(row).join('\t')).join(eol);
  if (layout === 'pipe') {
    const line = (row: string[]) => `| ${row.map(c => c.replace(/\|/g, '\\|')).join(' | ')} |`;
    const rule = `|${matrix[0].map(() => ' --- ').join('|')}|`;
    return [line(matrix[0]), rule, ...matrix.slice(1).map(line)].join(eol);
  }
  const widths = matrix[0].map((_, c) => Math.max(...matrix.map(row => displayWidth(row[c]))));
  return matrix
    .map(row => row.map((cell, c) => cell + ' '.repeat(widths[c] - displayWidth(cell))).join('  ').trimEnd())
    .join(eol);
}
