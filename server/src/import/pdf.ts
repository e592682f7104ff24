// PDF files through pdf.js (the legacy build, which runs in Node without a browser): text items
// with their positions become rows by baseline and cells by horizontal gaps; page numbers and
// running headers/footers are dropped, so a table that goes on over a page break continues; a
// label wrapped over several lines of its cell is joined onto the row that carries the numbers.

import { ImportError, type SourceCell, type SourceDoc, type SourceRow } from './import-types';

interface Item { str: string; x: number; y: number; w: number; h: number }
interface Line { page: number; y: number; items: Item[]; height: number }

/** The parts of pdf.js used here (its own typings are ESM-only). */
interface PdfJs {
  getDocument(src: object): { promise: Promise<PdfDoc>; destroy(): Promise<void> };
}
interface PdfDoc { numPages: number; getPage(n: number): Promise<PdfPage>; destroy(): Promise<void> }
interface PdfPage {
  getViewport(o: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: { str?: string; transform?: number[]; width?: number; height?: number }[] }>;
}

/**
 * pdf.js builds a few matrices when it loads, for rendering, which this reader never does; where no
 * canvas package supplies DOMMatrix (the packaged extension), a plain identity matrix stands in.
 */
class IdentityMatrix {
  a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
}

async function loadPdfJs(): Promise<PdfJs> {
  const g = globalThis as { pdfjsWorker?: unknown; DOMMatrix?: unknown };
  g.DOMMatrix ??= IdentityMatrix;
  // Loading, pdf.js warns on stderr that no canvas package is there to render with: no concern of a text reader.
  const warn = console.warn;
  console.warn = () => {};
  try {
    // The worker's code runs in this thread ("fake worker"): handing it over here lets a bundle do without a worker file.
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs' as string);
    return await import('pdfjs-dist/legacy/build/pdf.mjs' as string) as PdfJs;
  } finally {
    console.warn = warn;
  }
}

const NUMBER = /^[-+]?\d[\d,，.]*%?$/;
const PAGE_NUMBER = /^(?:[-—－–]\s*\d+\s*[-—－–]|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|\d{1,3})$/;

function groupLines(page: number, items: Item[]): Line[] {
  const sorted = items.slice().sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - it.y) <= Math.min(last.height, it.h) * 0.45) {
      last.items.push(it);
      last.height = Math.max(last.height, it.h);
    } else lines.push({ page, y: it.y, items: [it], height: it.h });
  }
  for (const l of lines) l.items.sort((a, b) => a.x - b.x);
  return lines;
}

const CJK_END = /[\u3000-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u9fff\uff00-\uffef]/;

/** Cells of a line: items closer than about one character stay in one cell. */
function cellsOf(line: Line): SourceCell[] {
  const cells: { text: string; x0: number; x1: number; y0: number; y1: number }[] = [];
  for (const it of line.items) {
    const last = cells[cells.length - 1];
    const gap = last ? it.x - last.x1 : Infinity;
    const joins = last && gap < Math.max(it.h, 4) * 0.3 && !(NUMBER.test(last.text) && NUMBER.test(it.str) && gap > it.h * 0.25)
      && !(startsLabel(it.str) && gap > it.h * 0.05);
    if (joins) {
      const space = gap > it.h * 0.25 && !(CJK_END.test(last.text) || CJK_START.test(it.str));
      last.text += (space ? ' ' : '') + it.str;
      last.x1 = Math.max(last.x1, it.x + it.w);
      last.y0 = Math.min(last.y0, it.y);
      last.y1 = Math.max(last.y1, it.y + it.h);
    } else cells.push({ text: it.str, x0: it.x, x1: it.x + it.w, y0: it.y, y1: it.y + it.h });
  }
  return cells.map(c => ({ text: c.text.replace(/\s+/g, ' ').replace(/(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '').trim(), loc: { format: 'pdf', page: line.page, box: [round(c.x0), round(c.y0), round(c.x1), round(c.y1)] } }));
}

function round(v: number): number { return Math.round(v * 10) / 10; }

function lineText(l: Line): string { return l.items.map(i => i.str).join('').replace(/\s+/g, ''); }

/** Page numbers, and lines printed in the top or bottom margin of several pages (running headers and footers). */
function dropMargins(pages: { lines: Line[]; height: number }[]): void {
  const repeated = new Map<string, number>();
  const inMargin = (l: Line, h: number) => l.y < h * 0.08 || l.y > h * 0.92;
  for (const p of pages) for (const l of p.lines) if (inMargin(l, p.height)) repeated.set(lineText(l).replace(/\d+/g, '#'), (repeated.get(lineText(l).replace(/\d+/g, '#')) ?? 0) + 1);
  for (const p of pages) {
    p.lines = p.lines.filter(l => {
      const t = lineText(l);
      if (!t) return false;
      if (!inMargin(l, p.height)) return true;
      return !PAGE_NUMBER.test(t) && !(pages.length > 1 && (repeated.get(t.replace(/\d+/g, '#')) ?? 0) > 1);
    });
  }
}

const isNumberCell = (c: SourceCell) => NUMBER.test(c.text);

/**
 * Wrapped labels: a line of label text only, just above or below a row that has numbers but no label
 * (or ends where the next line's label goes on), belongs to that row's label cell.
 */
function joinWrapped(lines: { line: Line; cells: SourceCell[] }[]): { line: Line; cells: SourceCell[] }[] {
  const out: { line: Line; cells: SourceCell[] }[] = [];
  const labelOnly = (r: { cells: SourceCell[] }) => r.cells.length === 1 && !isNumberCell(r.cells[0]);
  const numbersOnly = (r: { cells: SourceCell[] }) => r.cells.length >= 2 && r.cells.every(isNumberCell);
  const near = (a: Line, b: Line) => a.page === b.page && Math.abs(a.y - b.y) < Math.max(a.height, b.height) * 2.2;
  for (let i = 0; i < lines.length; i++) {
    const r = lines[i];
    if (r.cells.every(c => !isNumberCell(c)) && !endsLabel(r.cells[0].text) && i + 1 < lines.length && labelOnly(lines[i + 1]) && near(r.line, lines[i + 1].line)
      && Math.abs(r.cells[0].loc.box![0] - lines[i + 1].cells[0].loc.box![0]) < r.line.height) {
      // A bracket left open: the label goes on in the next line of its cell.
      lines[i + 1] = { line: r.line, cells: [{ text: r.cells[0].text + lines[i + 1].cells[0].text, loc: r.cells[0].loc }, ...r.cells.slice(1)] };
      continue;
    }
    if (numbersOnly(r)) {
      // Label fragments printed above the numbers (the cell's text is centred on its rows).
      const above: { line: Line; cells: SourceCell[] }[] = [];
      while (out.length && labelOnly(out[out.length - 1]) && near(out[out.length - 1].line, above[0]?.line ?? r.line) && out[out.length - 1].cells[0].loc.box![0] < r.cells[0].loc.box![0]
        && !(above.length && (startsLabel(above[0].cells[0].text) || Math.abs(above[0].cells[0].loc.box![0] - out[out.length - 1].cells[0].loc.box![0]) > r.line.height))) above.unshift(out.pop()!);
      const below: { line: Line; cells: SourceCell[] }[] = [];
      const x0 = above[0]?.cells[0].loc.box![0];
      while (i + 1 < lines.length && labelOnly(lines[i + 1]) && near(lines[i + 1].line, below[below.length - 1]?.line ?? r.line) && !startsLabel(lines[i + 1].cells[0].text)
        && (x0 === undefined || lines[i + 1].cells[0].loc.box![0] >= x0 - r.line.height)) below.push(lines[++i]);
      const parts = [...above, ...below];
      if (parts.length) {
        const first = parts[0].cells[0];
        out.push({ line: r.line, cells: [{ text: parts.map(p => p.cells[0].text).join(''), loc: first.loc }, ...r.cells] });
        continue;
      }
    }
    if (labelOnly(r) && startsLabel(r.cells[0].text)) {
      // A row label wrapped onto the line that carries the numbers; category fragments printed in the
      // column to its left may stand between the two lines.
      const x0 = r.cells[0].loc.box![0];
      let j = i + 1;
      while (j < lines.length && j <= i + 2 && labelOnly(lines[j]) && Math.abs(lines[j].cells[0].loc.box![0] - x0) > r.line.height) j++;
      const next = lines[j];
      if (next && next.cells.length >= 2 && next.cells.slice(1).every(isNumberCell) && !isNumberCell(next.cells[0]) && !startsLabel(next.cells[0].text)
        && Math.abs(next.cells[0].loc.box![0] - x0) < r.line.height && near(r.line, next.line)) {
        out.push(...lines.slice(i + 1, j));
        lines[j] = { line: next.line, cells: [{ text: r.cells[0].text + next.cells[0].text, loc: r.cells[0].loc }, ...next.cells.slice(1)] };
        i = j - 1;
        continue;
      }
    }
    if (r.cells.length >= 2 && !isNumberCell(r.cells[0]) && r.cells.slice(1).every(isNumberCell)) {
      // Label and numbers on one line, the label's last words wrapped onto the line below.
      const label = r.cells[0], box = label.loc.box!;
      let text = label.text;
      while (i + 1 < lines.length && labelOnly(lines[i + 1]) && near(lines[i + 1].line, r.line) && !startsLabel(lines[i + 1].cells[0].text)
        && lines[i + 1].cells[0].loc.box![0] >= box[0] - r.line.height && lines[i + 1].cells[0].loc.box![0] < box[2]
        && (i + 2 >= lines.length || !labelOnly(lines[i + 2]) || startsLabel(lines[i + 2].cells[0].text) || !near(lines[i + 2].line, lines[i + 1].line))) {
        text += lines[++i].cells[0].text;
      }
      if (text !== label.text) { out.push({ line: r.line, cells: [{ text, loc: label.loc }, ...r.cells.slice(1)] }); continue; }
    }
    out.push(r);
  }
  return out;
}

/**
 * Header words stacked in a narrow cell (结果 over 维持): a short label cell with a short label cell
 * straight below it, one line height or so apart, is one cell.
 */
function joinStacked(lines: { line: Line; cells: SourceCell[] }[]): { line: Line; cells: SourceCell[] }[] {
  const center = (c: SourceCell) => (c.loc.box![0] + c.loc.box![2]) / 2;
  const short = (c: SourceCell) => !isNumberCell(c) && c.text.length <= 4;
  for (let i = 0; i < lines.length; i++) {
    const upper = lines[i];
    for (const cell of upper.cells) {
      if (!short(cell)) continue;
      for (let j = i + 1; j < lines.length && lines[j].line.page === upper.line.page && upper.line.y - lines[j].line.y < upper.line.height * 4; j++) {
        const k = lines[j].cells.findIndex(c => short(c) && (Math.abs(center(c) - center(cell)) < upper.line.height * 0.4 || Math.abs(c.loc.box![0] - cell.loc.box![0]) < upper.line.height * 0.4));
        if (k < 0) continue;
        if (lines[j].cells.some(isNumberCell)) break;
        const below = lines[j].cells.splice(k, 1)[0];
        cell.text += below.text;
        cell.loc.box![1] = Math.min(cell.loc.box![1], below.loc.box![1]);
        break;
      }
    }
  }
  return joinStaggered(lines.filter(l => l.cells.length));
}

/**
 * Header rows printed at staggered heights (each group of columns centred in its own cell): lines
 * of short header words close below each other, none over another's column, are one header row.
 */
function joinStaggered(lines: { line: Line; cells: SourceCell[] }[]): { line: Line; cells: SourceCell[] }[] {
  const out: { line: Line; cells: SourceCell[] }[] = [];
  const header = (r: { cells: SourceCell[] }) => r.cells.every(c => !isNumberCell(c) && c.text.length <= 4);
  const overlaps = (a: SourceCell[], b: SourceCell[]) => a.some(x => b.some(y => x.loc.box![0] < y.loc.box![2] && y.loc.box![0] < x.loc.box![2]));
  for (const r of lines) {
    const last = out[out.length - 1];
    if (last && header(last) && header(r) && last.line.page === r.line.page && last.line.y - r.line.y < last.line.height * 2.5 && !overlaps(last.cells, r.cells)) {
      out[out.length - 1] = { line: { ...last.line, y: r.line.y }, cells: [...last.cells, ...r.cells].sort((x, y) => x.loc.box![0] - y.loc.box![0]) };
    } else out.push(r);
  }
  return out;
}

/** Label text that opens a row of the format (一、 （二） 3.). */
function startsLabel(s: string): boolean { return /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\(\s*[一二三四五六七八九十]+\s*\)|\d+[.．、])/.test(s); }
/** Label text that is complete: its brackets closed. */
function endsLabel(s: string): boolean { return (s.match(/[（(]/g)?.length ?? 0) <= (s.match(/[）)]/g)?.length ?? 0); }

export async function readPdf(bytes: Uint8Array): Promise<SourceDoc> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  let doc: PdfDoc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    throw new ImportError((e as Error)?.name === 'PasswordException' ? 'encrypted' : 'damaged');
  }
  try {
    const pages: { lines: Line[]; height: number }[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!it.str?.trim() || !it.transform) continue;
        const [a, b, , d, x, y] = it.transform;
        if (Math.abs(b) > Math.abs(a)) continue; // rotated text (stamps, watermarks)
        const h = Math.abs(d) || it.height || 10;
        items.push({ str: it.str, x, y, w: it.width ?? 0, h });
        chars += it.str.trim().length;
      }
      pages.push({ lines: groupLines(n, items), height });
    }
    if (chars < 20) throw new ImportError('scanned');
    dropMargins(pages);
    const lines = joinWrapped(joinStacked(pages.flatMap(p => p.lines.map(line => ({ line, cells: cellsOf(line) })))));
    const rows: SourceRow[] = lines.map(l => ({ table: l.cells.length > 1, cells: l.cells }));
    return { rows, blankAroundTables: false };
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError('damaged');
  } finally {
    await doc.destroy();
  }
}
