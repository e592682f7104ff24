// Word (.docx) files: fflate opens the zip (small, synchronous, no native code) and
// @xmldom/xmldom reads WordprocessingML (a standards DOM without a browser). The body is read in
// order: paragraphs with their list numbering, and tables from their own structure —
// gridSpan for merged columns, vMerge for merged rows (continuations left empty).

import { unzipSync, strFromU8 } from 'fflate';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { ImportError, type SourceCell, type SourceDoc, type SourceRow } from './import-types';

type El = Element;

function kids(e: Node, name?: string): El[] {
  const out: El[] = [];
  for (let c = e.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (!name || (c as El).localName === name)) out.push(c as El);
  return out;
}
function kid(e: Node, name: string): El | undefined { return kids(e, name)[0]; }
function val(e: El | undefined): string | null {
  if (!e) return null;
  return e.getAttribute('w:val') ?? e.getAttribute('val');
}

const CJK_DIGITS = '零一二三四五六七八九';
function chinese(n: number): string {
  if (n < 10) return CJK_DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? CJK_DIGITS[n % 10] : '');
  if (n < 100) return CJK_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CJK_DIGITS[n % 10] : '');
  return String(n);
}

function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting': case 'chineseCountingThousand': case 'ideographTraditional': case 'japaneseCounting': case 'chineseLegalSimplified': return chinese(n);
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese': return n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'lowerLetter': return String.fromCharCode(96 + ((n - 1) % 26) + 1);
    case 'upperLetter': return String.fromCharCode(64 + ((n - 1) % 26) + 1);
    case 'bullet': case 'none': return '';
    default: return String(n);
  }
}

interface Level { fmt: string; text: string; start: number }

/** List numbering: numId → levels, with counters kept while the body is read. */
class Numbering {
  private levels = new Map<string, Level[]>();
  private counters = new Map<string, number[]>();

  constructor(root: El | null) {
    if (!root) return;
    const abstract = new Map<string, Level[]>();
    for (const a of kids(root, 'abstractNum')) {
      abstract.set(a.getAttribute('w:abstractNumId') ?? '', kids(a, 'lvl').map(l => ({
        fmt: val(kid(l, 'numFmt')) ?? 'decimal', text: val(kid(l, 'lvlText')) ?? '', start: Number(val(kid(l, 'start')) ?? 1),
      })));
    }
    for (const n of kids(root, 'num')) {
      const levels = abstract.get(val(kid(n, 'abstractNumId')) ?? '');
      if (levels) this.levels.set(n.getAttribute('w:numId') ?? '', levels);
    }
  }

  /** The label a numbered paragraph prints (`一、`, `（二）`, `3.`), counters advanced. */
  label(numId: string, ilvl: number): string {
    const levels = this.levels.get(numId);
    if (!levels?.[ilvl]) return '';
    const c = this.counters.get(numId) ?? levels.map(l => l.start - 1);
    c[ilvl]++;
    for (let k = ilvl + 1; k < c.length; k++) c[k] = levels[k].start - 1;
    this.counters.set(numId, c);
    if (levels[ilvl].fmt === 'bullet') return '';
    return levels[ilvl].text.replace(/%(\d)/g, (_, d) => formatNumber(Math.max(c[Number(d) - 1], levels[Number(d) - 1]?.start ?? 1), levels[Number(d) - 1]?.fmt ?? 'decimal'));
  }
}

/** Numbering given by paragraph styles (a 标题 1 style numbered 一、二、…): styleId → its numPr. */
function styleNumbering(root: El | null): Map<string, El> {
  const out = new Map<string, El>();
  if (!root) return out;
  for (const style of kids(root, 'style')) {
    const pPr = kid(style, 'pPr');
    const numPr = pPr && kid(pPr, 'numPr');
    if (numPr && kid(numPr, 'numId')) out.set(style.getAttribute('w:styleId') ?? '', numPr);
  }
  return out;
}

class Reader {
  rows: SourceRow[] = [];
  private tables = 0;
  private paragraphs = 0;
  constructor(private numbering: Numbering, private styles: Map<string, El>) {}

  paragraphText(p: El): string {
    let s = '';
    const pPr = kid(p, 'pPr');
    const own = pPr && kid(pPr, 'numPr');
    const style = this.styles.get(val(pPr && kid(pPr, 'pStyle')) ?? '');
    const numId = val(own && kid(own, 'numId')) ?? val(style && kid(style, 'numId'));
    const ilvl = val(own && kid(own, 'ilvl')) ?? val(style && kid(style, 'ilvl')) ?? '0';
    if (numId && numId !== '0') s += this.numbering.label(numId, Number(ilvl));
    const walk = (e: El) => {
      for (const c of kids(e)) {
        const n = c.localName;
        if (n === 't') s += c.textContent ?? '';
        else if (n === 'tab' || n === 'ptab') s += ' ';
        else if (n === 'br' || n === 'cr') s += '\n';
        else if (n === 'noBreakHyphen') s += '-';
        else if (n === 'r' || n === 'hyperlink' || n === 'smartTag' || n === 'ins' || n === 'fldSimple' || n === 'sdt' || n === 'sdtContent' || n === 'customXml') walk(c);
      }
    };
    walk(p);
    return s;
  }

  block(e: El) {
    for (const c of kids(e)) {
      if (c.localName === 'p') {
        const index = ++this.paragraphs;
        for (const line of this.paragraphText(c).split('\n')) {
          if (line.trim()) this.rows.push({ table: false, cells: [{ text: line, loc: { format: 'docx', paragraph: index } }] });
        }
      } else if (c.localName === 'tbl') this.table(c);
      else if (c.localName === 'sdt') { const content = kid(c, 'sdtContent'); if (content) this.block(content); }
      else if (c.localName === 'customXml') this.block(c);
    }
  }

  /** Text of a cell: its paragraphs (and any nested table's) joined, wrapped CJK lines without a space. */
  private cellText(tc: El): string {
    const parts: string[] = [];
    const walk = (e: El) => {
      for (const c of kids(e)) {
        if (c.localName === 'p') parts.push(this.paragraphText(c));
        else if (c.localName === 'tbl') for (const tr of kids(c, 'tr')) for (const inner of kids(tr, 'tc')) walk(inner);
        else if (c.localName === 'sdt' || c.localName === 'sdtContent' || c.localName === 'customXml') walk(c);
      }
    };
    walk(tc);
    return parts.map(s => s.trim()).filter(Boolean).reduce((acc, l) => !acc ? l : /[\u3000-\u9fff\uff00-\uffef]$/.test(acc) || /^[\u3000-\u9fff\uff00-\uffef]/.test(l) ? acc + l : acc + ' ' + l, '');
  }

  private table(tbl: El) {
    const index = ++this.tables;
    kids(tbl, 'tr').forEach((tr, r) => {
      const cells: SourceCell[] = [];
      const trPr = kid(tr, 'trPr');
      let col = Number(val(trPr && kid(trPr, 'gridBefore')) ?? 0);
      const cellsOf = (e: El): El[] => kids(e).flatMap(c => c.localName === 'tc' ? [c] : c.localName === 'sdt' || c.localName === 'sdtContent' || c.localName === 'customXml' ? cellsOf(c) : []);
      for (const tc of cellsOf(tr)) {
        const tcPr = kid(tc, 'tcPr');
        const span = Math.max(1, Number(val(tcPr && kid(tcPr, 'gridSpan')) ?? 1) || 1);
        const vMerge = tcPr && kid(tcPr, 'vMerge');
        const continued = vMerge !== undefined && (val(vMerge) ?? 'continue') === 'continue';
        cells.push({ text: continued ? '' : this.cellText(tc), loc: { format: 'docx', table: index, row: r + 1, column: col + 1 } });
        col += span;
      }
      this.rows.push({ table: true, cells });
    });
  }
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** `EncryptedPackage` as it is written in an OLE directory (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export function readDocx(bytes: Uint8Array): SourceDoc {
  if (OLE.every((b, i) => bytes[i] === b)) {
    // A password-protected .docx is an OLE file holding the encrypted package; other OLE files are old .doc.
    throw new ImportError(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'unsupported');
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: f => f.name === 'word/document.xml' || f.name === 'word/numbering.xml' || f.name === 'word/styles.xml' });
  } catch {
    throw new ImportError('damaged');
  }
  const document = files['word/document.xml'];
  if (!document) throw new ImportError('damaged');
  const parse = (data: Uint8Array) => {
    let doc;
    try {
      doc = new DOMParser({ onError: (level: string, msg: string) => { if (level !== 'warning') throw new Error(msg); } }).parseFromString(strFromU8(data), 'text/xml');
    } catch {
      throw new ImportError('damaged');
    }
    if (!doc.documentElement) throw new ImportError('damaged');
    return doc.documentElement;
  };
  const body = kid(parse(document), 'body');
  if (!body) throw new ImportError('damaged');
  const optional = (name: string) => (files[name] ? parse(files[name]) : null);
  const reader = new Reader(new Numbering(optional('word/numbering.xml')), styleNumbering(optional('word/styles.xml')));
  reader.block(body);
  return { rows: reader.rows, blankAroundTables: true };
}
