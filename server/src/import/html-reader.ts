// Saved government web pages and bare HTML fragments: parse5 builds the same tree a browser
// would (implied tbody, unclosed cells, entities), page chrome is left out, data tables become
// grids honouring rowspan/colspan, and layout tables (tables holding tables) are read as blocks.

import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { SourceCell, SourceDoc, SourceLoc, SourceRow } from './import-types';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'object', 'svg', 'head', 'title', 'meta', 'link']);
/** Class or id words of share buttons, menus, breadcrumbs, footers and print links on government sites. */
const CHROME = /(^|[\s_-])(nav|navbar|menu|breadcrumb|crumbs?|position|location|share|bshare|jiathis|fenxiang|footer|foot|copyright|toolbar|tools|print|sidebar|header|top-?bar|related|xgxx|dyjg)($|[\s_-])/i;
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'center', 'table', 'tr', 'td', 'th', 'caption', 'body', 'html', 'hr', 'address', 'figure', 'figcaption']);

function isElement(n: Node): n is Element { return 'tagName' in n; }
function attr(e: Element, name: string): string | undefined { return e.attrs.find(a => a.name === name)?.value; }

function isChrome(e: Element): boolean {
  if (SKIP_TAGS.has(e.tagName)) return true;
  if (attr(e, 'hidden') !== undefined || /display\s*:\s*none/i.test(attr(e, 'style') ?? '')) return true;
  const words = `${attr(e, 'class') ?? ''} ${attr(e, 'id') ?? ''}`;
  return CHROME.test(words);
}

function children(e: Node): Node[] { return 'childNodes' in e ? e.childNodes : []; }

function elementChildren(e: Node, tag?: string): Element[] {
  return children(e).filter((c): c is Element => isElement(c) && (!tag || c.tagName === tag));
}

function step(e: Element, parent: Node | null): string {
  const cls = attr(e, 'class')?.trim().split(/\s+/)[0];
  const same = parent ? elementChildren(parent, e.tagName) : [e];
  const nth = same.length > 1 ? `[${same.indexOf(e) + 1}]` : '';
  return `${e.tagName}${cls ? '.' + cls : ''}${nth}`;
}

/** Text of an element with line breaks where blocks and <br> break it. */
function textOf(n: Node, out: string[] = []): string[] {
  if (!isElement(n)) {
    if (n.nodeName === '#text') out.push((n as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' '));
    return out;
  }
  if (isChrome(n)) return out;
  if (n.tagName === 'br') { out.push('\n'); return out; }
  const block = BLOCK.has(n.tagName);
  if (block) out.push('\n');
  for (const c of children(n)) textOf(c, out);
  if (block) out.push('\n');
  return out;
}

/** Lines of a cell joined: wrapped CJK text without a space, Latin words with one. */
function joinLines(parts: string[]): string {
  const lines = parts.join('').split('\n').map(s => s.trim()).filter(Boolean);
  return lines.reduce((acc, l) => !acc ? l : /[\u3000-\u9fff\uff00-\uffef]$/.test(acc) || /^[\u3000-\u9fff\uff00-\uffef]/.test(l) ? acc + l : acc + ' ' + l, '');
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of elementChildren(table)) {
    if (c.tagName === 'tr') rows.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') rows.push(...elementChildren(c, 'tr'));
  }
  return rows;
}

function cellsOf(tr: Element): Element[] { return elementChildren(tr).filter(c => c.tagName === 'td' || c.tagName === 'th'); }

function hasNestedTable(table: Element): boolean {
  return rowsOf(table).some(tr => cellsOf(tr).some(td => contains(td, 'table')));
}

function contains(n: Node, tag: string): boolean {
  return children(n).some(c => isElement(c) && (c.tagName === tag || contains(c, tag)));
}

function span(e: Element, name: string): number {
  const v = parseInt(attr(e, name) ?? '1', 10);
  return Number.isFinite(v) && v > 0 ? Math.min(v, 1000) : 1;
}

class Reader {
  rows: SourceRow[] = [];
  tables = 0;
  private para: string[] = [];
  private paraPath = '';

  private flush() {
    for (const line of this.para.join('').split('\n').map(s => s.trim()).filter(Boolean)) {
      this.rows.push({ table: false, cells: [{ text: line, loc: { format: 'html', path: this.paraPath } }] });
    }
    this.para = [];
  }

  walk(n: Node, path: string, parent: Node | null) {
    if (!isElement(n)) {
      if (n.nodeName === '#text') {
        if (!this.para.length) this.paraPath = path;
        this.para.push((n as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' '));
      }
      return;
    }
    if (isChrome(n)) return;
    const here = path ? `${path} > ${step(n, parent)}` : step(n, parent);
    if (n.tagName === 'br') { this.para.push('\n'); return; }
    if (n.tagName === 'table') {
      this.flush();
      if (hasNestedTable(n)) {
        // A layout table: its content cells are read as blocks, side columns with little text (menus) are not.
        const cells = rowsOf(n).flatMap(tr => cellsOf(tr).map(td => ({ tr, td, size: joinLines(textOf(td)).length })));
        const largest = Math.max(...cells.map(c => c.size));
        for (const { tr, td, size } of cells) if (size >= largest * 0.2) { this.walk(td, `${here} > ${step(tr, tr.parentNode)}`, tr); this.flush(); }
      } else this.table(n, here);
      return;
    }
    const block = BLOCK.has(n.tagName);
    if (block) { this.flush(); this.paraPath = here; }
    for (const c of children(n)) this.walk(c, here, n);
    if (block) this.flush();
  }

  private table(table: Element, path: string) {
    const index = ++this.tables;
    const taken: boolean[][] = [];
    rowsOf(table).forEach((tr, r) => {
      const cells: SourceCell[] = [];
      taken[r] ??= [];
      let col = 0;
      const pushSpanned = () => {
        while (taken[r][col]) { cells.push({ text: '', loc: { format: 'html', table: index, row: r + 1, column: col + 1, path: `${path} > tr[${r + 1}]` } }); col++; }
      };
      cellsOf(tr).forEach((td, k) => {
        pushSpanned();
        const rs = span(td, 'rowspan'), cs = span(td, 'colspan');
        const loc: SourceLoc = { format: 'html', table: index, row: r + 1, column: col + 1, path: `${path} > tr[${r + 1}] > ${td.tagName}[${k + 1}]` };
        cells.push({ text: joinLines(textOf(td)), loc });
        for (let i = 0; i < rs; i++) for (let j = 0; j < cs; j++) (taken[r + i] ??= [])[col + j] = true;
        col += cs;
      });
      pushSpanned();
      this.rows.push({ table: true, cells });
    });
  }

  finish(): SourceDoc { this.flush(); return { rows: this.rows, blankAroundTables: true }; }
}

export function readHtml(html: string): SourceDoc {
  const fragment = !/<html[\s>]|<body[\s>]|<!doctype/i.test(html.slice(0, 4096));
  const root = fragment ? parseFragment(html) : parse(html);
  const reader = new Reader();
  if (fragment) for (const c of children(root)) reader.walk(c, '', root);
  else {
    const body = elementChildren(elementChildren(root, 'html')[0] ?? root, 'body')[0];
    if (body) reader.walk(body, '', null);
  }
  return reader.finish();
}
