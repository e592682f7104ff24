// A known report laid out as the official template prints it (国办公开办函〔2021〕30号): tables with
// the template's merged cells, rendered as a saved government web page, a bare HTML fragment and a
// Word file written here (WordprocessingML zipped with fflate). Every value cell carries its place
// (table, row, grid column) so tests can check where the readers say a cell came from.

import { zipSync, strToU8 } from 'fflate';
import { T2_ROWS, T3_ROWS, T3RowId, T4_RESULTS, T3_COLS } from '../../../server/src/core/schema';
import type { SynthData } from './synth';

export interface GCell { text: string; rs?: number; cs?: number; id?: string }
export type Grid = GCell[][];
export type Block = { kind: 'title' | 'heading' | 'p'; text: string; level?: number } | { kind: 'table'; grid: Grid };

function t2Grid(data: SynthData, drop: string[]): Grid {
  const g: Grid = [];
  let k = 0;
  for (const block of ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']) {
    const rows = T2_ROWS.filter(r => r.block === block);
    g.push([{ text: block, cs: 4 }]);
    g.push([{ text: '信息内容' }, ...rows[0].columns.map(c => ({ text: c, cs: rows[0].columns.length === 1 ? 3 : 1 }))]);
    for (const r of rows) {
      const cells = r.ids.map(id => ({ text: show(id, data.t2[k++]), id, cs: r.ids.length === 1 ? 3 : 1 }));
      if (!drop.includes(r.label)) g.push([{ text: r.label }, ...cells]);
    }
  }
  return g;
}

const GROUP_FIRST: Partial<Record<T3RowId, [string, number]>> = { R05: ['（三）不予公开', 8], R13: ['（四）无法提供', 3], R16: ['（五）不予处理', 5], R21: ['（六）其他处理', 3] };

function t3Grid(data: SynthData, drop: T3RowId[]): Grid {
  const g: Grid = [
    [{ text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', rs: 3, cs: 3 }, { text: '申请人情况', cs: 7 }],
    [{ text: '自然人', rs: 2 }, { text: '法人或其他组织', cs: 5 }, { text: '总计', rs: 2 }],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map(text => ({ text })),
  ];
  const kept = T3_ROWS.filter(r => !drop.includes(r.id));
  const inResults = kept.filter(r => !['R01', 'R02', 'R25'].includes(r.id)).length;
  for (const r of kept) {
    const values = data.t3[r.id].map((v, i) => ({ text: show(`${r.id}.${T3_COLS[i]}`, v), id: `${r.id}.${T3_COLS[i]}` }));
    const row: GCell[] = [];
    if (r.id === 'R03') row.push({ text: '三、本年度办理结果', rs: inResults });
    if (['R01', 'R02', 'R25'].includes(r.id)) row.push({ text: r.label, cs: 3 });
    else if (r.group) {
      const first = kept.find(x => x.group === r.group);
      if (first === r) row.push({ text: GROUP_FIRST[first.id]?.[0] ?? `（${r.group}）`, rs: kept.filter(x => x.group === r.group).length });
      row.push({ text: r.label });
    } else row.push({ text: r.label, cs: 2 });
    g.push([...row, ...values]);
  }
  return g;
}

function t4Grid(data: SynthData): Grid {
  return [
    [{ text: '行政复议', cs: 5 }, { text: '行政诉讼', cs: 10 }],
    [...T4_RESULTS.map(text => ({ text, rs: 2 })), { text: '未经复议直接起诉', cs: 5 }, { text: '复议后起诉', cs: 5 }],
    [...T4_RESULTS, ...T4_RESULTS].map(text => ({ text })),
    data.t4.map((v, i) => ({ text: show(`K${i + 1}`, v), id: `K${i + 1}` })),
  ];
}

export interface Defects {
  dropT3?: T3RowId[];
  dropT2?: string[];
  /** Cells printed otherwise than their value (`00`, `O`), by cell id. */
  raw?: Record<string, string>;
}

let printed: Record<string, string> = {};
const show = (id: string, v: number) => printed[id] ?? String(v);

/** The report as blocks: title, the six parts with their prose, the three tables in the template's layout. */
export function officialReport(data: SynthData, defects: Defects = {}): Block[] {
  printed = defects.raw ?? {};
  return [
    { kind: 'title', text: '某某县人民政府2024年政府信息公开工作年度报告' },
    { kind: 'p', text: '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。' },
    { kind: 'heading', text: '总体情况', level: 0 },
    { kind: 'p', text: '（一）主动公开。（二）依申请公开。（三）政府信息管理。（四）政府信息公开平台建设。（五）监督保障：开展考核、社会评议，无责任追究情况。' },
    { kind: 'heading', text: '主动公开政府信息情况', level: 0 },
    { kind: 'table', grid: t2Grid(data, defects.dropT2 ?? []) },
    { kind: 'heading', text: '收到和处理政府信息公开申请情况', level: 0 },
    { kind: 'table', grid: t3Grid(data, defects.dropT3 ?? []) },
    { kind: 'heading', text: '政府信息公开行政复议、行政诉讼情况', level: 0 },
    { kind: 'table', grid: t4Grid(data) },
    { kind: 'heading', text: '存在的主要问题及改进情况', level: 0 },
    { kind: 'p', text: '问题与改进措施。' },
    { kind: 'heading', text: '其他需要报告的事项', level: 0 },
    { kind: 'p', text: '本年度未收取信息处理费。' },
  ];
}

const NUMERALS = '一二三四五六';

/** Place of every value cell: `{ table, row, column }` (1-based; column in the grid, spans counted). */
export function cellPlaces(blocks: Block[]): Map<string, { table: number; row: number; column: number }> {
  const out = new Map<string, { table: number; row: number; column: number }>();
  let table = 0;
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    table++;
    layoutGrid(b.grid).forEach((row, r) => row.forEach(p => { if (p.cell.id) out.set(p.cell.id, { table, row: r + 1, column: p.col + 1 }); }));
  }
  return out;
}

/** Each origin cell with its grid column, and for every row the columns covered by cells from rows above. */
function layoutGrid(grid: Grid): { cell: GCell; col: number; continued?: boolean }[][] {
  const taken: (GCell | undefined)[][] = [];
  const out: { cell: GCell; col: number; continued?: boolean }[][] = [];
  grid.forEach((row, r) => {
    taken[r] ??= [];
    const placed: { cell: GCell; col: number; continued?: boolean }[] = [];
    let col = 0;
    const skip = () => { while (taken[r][col]) { const c = taken[r][col]!; placed.push({ cell: c, col, continued: true }); col += c.cs ?? 1; } };
    for (const cell of row) {
      skip();
      placed.push({ cell, col });
      for (let i = 0; i < (cell.rs ?? 1); i++) for (let j = 0; j < (cell.cs ?? 1); j++) if (i > 0) (taken[r + i] ??= [])[col + j] = j === 0 ? cell : { text: '', cs: 0 };
      col += cell.cs ?? 1;
    }
    skip();
    out.push(placed.filter(p => p.cell.cs !== 0));
  });
  return out;
}

function esc(s: string): string { return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }

/** A saved government page (navigation, breadcrumbs, share buttons, footer, a layout table around the text) or a bare fragment. */
export function toHtml(blocks: Block[], page = true): string {
  let numeral = 0;
  const body = blocks.map(b => {
    if (b.kind === 'title') return `<h1 class="title">${esc(b.text)}</h1>`;
    if (b.kind === 'heading') return `<p style="text-indent:2em"><strong>${NUMERALS[numeral++]}、${esc(b.text)}</strong></p>`;
    if (b.kind !== 'table') return `<p>&nbsp;&nbsp;${esc(b.text)}</p>`;
    const rows = b.grid.map(row => '<tr>' + row.map(c => `<td${c.rs ? ` rowspan="${c.rs}"` : ''}${c.cs ? ` colspan="${c.cs}"` : ''}><p align="center"><span style="font-size:12px">${esc(c.text)}</span></p></td>`).join('') + '</tr>').join('\n');
    return `<div align="center"><table border="1" cellspacing="0" style="border-collapse:collapse" width="600"><tbody>\n${rows}\n</tbody></table></div>`;
  }).join('\n');
  if (!page) return body;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title><script>var x = "一、总体情况";</script></head><body>
<div class="header"><a href="/">首页</a> 政务公开 <a href="#">信息公开年报</a></div>
<nav><ul><li>首页</li><li>政务公开</li><li>一、总体情况</li></ul></nav>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 年度报告</div>
<table width="100%"><tr><td class="left">栏目</td><td><div class="content">
<div class="info">发布时间：2025-01-20　来源：县政府办</div>
${body}
<table><tr><td>&nbsp;</td><td>&nbsp;</td></tr></table>
</div></td></tr></table>
<div class="bshare-custom">分享到：微信 微博 1</div>
<div class="footer">主办单位：某某县人民政府办公室 网站标识码 3400000001 备案号 123</div>
</body></html>`;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function run(text: string): string { return `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`; }

function tc(text: string, cs: number, merge: 'restart' | 'continue' | null): string {
  const pr = (cs > 1 ? `<w:gridSpan w:val="${cs}"/>` : '') + (merge === 'restart' ? '<w:vMerge w:val="restart"/>' : merge === 'continue' ? '<w:vMerge/>' : '');
  // A wrapped label: the template's long labels are broken over two paragraphs of the cell.
  const paras = text.length > 20 ? [text.slice(0, 12), text.slice(12)] : [text];
  return `<w:tc><w:tcPr><w:tcW w:w="900" w:type="dxa"/>${pr}</w:tcPr>${paras.map(p => `<w:p>${p ? run(p) : ''}</w:p>`).join('')}</w:tc>`;
}

/** A Word file as Word writes it: headings numbered through numbering.xml (一、二、…) on the paragraph or through its heading style, merged cells as gridSpan/vMerge. */
export function toDocx(blocks: Block[], headingStyle = false): Uint8Array {
  const body = blocks.map(b => {
    if (b.kind === 'title') return `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run(b.text)}</w:p>`;
    if (b.kind === 'heading') return `<w:p><w:pPr>${headingStyle ? '<w:pStyle w:val="1"/>' : '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'}</w:pPr>${run(b.text)}</w:p>`;
    if (b.kind !== 'table') return `<w:p><w:pPr><w:ind w:firstLine="640"/></w:pPr>${run(b.text.slice(0, 10))}${run(b.text.slice(10))}</w:p>`;
    const cols = Math.max(...layoutGrid(b.grid).map(row => row.reduce((n, p) => Math.max(n, p.col + (p.cell.cs ?? 1)), 0)));
    const rows = layoutGrid(b.grid).map(row => '<w:tr>' + row.map(p => tc(p.continued ? '' : p.cell.text, p.cell.cs ?? 1, p.continued ? 'continue' : (p.cell.rs ?? 1) > 1 ? 'restart' : null)).join('') + '</w:tr>').join('');
    return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="900"/>'.repeat(cols)}</w:tblGrid>${rows}</w:tbl><w:p/>`;
  }).join('');
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/_rels/document.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
    'word/numbering.xml': strToU8(numbering),
    // WPS and Word name heading styles by number (styleId "1" is 标题 1); here it carries the numbering.
    'word/styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`),
  });
}

/** A Word file holding only the given paragraphs (a letter, not a report). */
export function docxOf(paragraphs: string[]): Uint8Array {
  return toDocx(paragraphs.map(text => ({ kind: 'p', text })));
}
