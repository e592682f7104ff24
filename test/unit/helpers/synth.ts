// The one generator of synthetic reports for every test (unit, LSP, conformance, fuzzing): one
// data set written in every layout real reports arrive in, and the families of damaged layouts.

import { T2_ROWS, T3_ROWS, type T3RowId, T4_RESULTS } from '../../../server/src/core/schema';

export type SynthLayout = 'tab' | 'pipe' | 'markdown' | 'space' | 'cell-per-line' | 'md-groups';
export const SYNTH_LAYOUTS: SynthLayout[] = ['tab', 'pipe', 'markdown', 'space', 'cell-per-line', 'md-groups'];

export interface SynthData { t2: number[]; t3: Record<T3RowId, number[]>; t4: number[] }

/** A consistent data set: every relation of tables 三 and 四 holds. */
export function consistentData(): SynthData {
  const t3 = {} as Record<T3RowId, number[]>;
  const row = (c1: number, c2 = 0, c6 = 0) => [c1, c2, 0, 0, 0, c6, c1 + c2 + c6];
  for (const r of T3_ROWS) t3[r.id] = row(0);
  t3.R01 = row(20, 3, 1); t3.R02 = row(2);
  t3.R03 = row(9, 2); t3.R04 = row(3); t3.R08 = row(1); t3.R13 = row(5, 1, 1); t3.R17 = row(2); t3.R23 = row(1);
  t3.R24 = row(21, 3, 1); t3.R25 = row(1);
  return { t2: [0, 0, 0, 2, 1, 15, 120, 35, 2, 12.5], t3, t4: [1, 1, 0, 0, 2, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1] };
}

const TITLE = ['某某县人民政府2024年政府信息公开工作年度报告', '', '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。', ''];
const OVERVIEW = ['一、总体情况', '', '（一）主动公开。（二）依申请公开。（三）政府信息管理。（四）政府信息公开平台建设。（五）监督保障：开展考核、社会评议，无责任追究情况。', ''];
const TAIL = ['五、存在的主要问题及改进情况', '', '问题与改进措施。', '', '六、其他需要报告的事项', '', '本年度未收取信息处理费。', ''];

function t3Label(id: T3RowId): [string, string] {
  const def = T3_ROWS.find(r => r.id === id)!;
  const group: Record<string, string> = { refuse: '（三）不予公开', unable: '（四）无法提供', ignore: '（五）不予处理', other: '（六）其他处理' };
  const first: Partial<Record<T3RowId, string>> = { R03: '三、本年度办理结果', R05: group.refuse, R13: group.unable, R16: group.ignore, R21: group.other };
  return [first[id] ?? '', def.label];
}

function fmt(v: number): string { return String(v); }

/** What an editor-level test varies on top of the data: cell texts, line ends, BOM, issuer, year. */
export interface SynthOptions {
  /** Raw text of cells by canonical id (`R24.C1`, `K5`, `B3`), printed instead of the data. */
  set?: Record<string, string>;
  crlf?: boolean;
  bom?: boolean;
  issuer?: string;
  year?: number;
}

export function synthReport(data: SynthData, layout: SynthLayout, options: SynthOptions = {}): string {
  const { set = {}, issuer = '某某县人民政府', year = 2024 } = options;
  const title = issuer === '某某县人民政府' && year === 2024 ? TITLE
    : [`${issuer}${year}年政府信息公开工作年度报告`, '', `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`, ''];
  const cell = (id: string, v: number) => set[id] ?? fmt(v);
  const lines: string[] = [...title, ...OVERVIEW, '二、主动公开政府信息情况', ''];
  const row = (cells: string[]) => {
    switch (layout) {
      case 'tab': return [cells.join('\t')];
      case 'pipe': return [cells.join(' | ') + ' |'];
      case 'markdown': case 'md-groups': return ['| ' + cells.join(' | ') + ' |'];
      case 'space': return [cells.map((c, i) => i === 0 ? c.padEnd(24, ' ') : c.padStart(8, ' ')).join('')];
      case 'cell-per-line': return cells.filter(c => c !== '').map(c => `${c} |`);
    }
  };
  const header = (cells: string[]) => {
    const out = row(cells);
    if (layout === 'markdown' || layout === 'md-groups') out.push('|' + cells.map(() => '---').join('|') + '|');
    return out;
  };
  // Table 二
  let k = 0;
  for (const block of ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']) {
    const rows = T2_ROWS.filter(r => r.block === block);
    lines.push(...header([block]), ...row(['信息内容', ...rows[0].columns]));
    for (const r of rows) { lines.push(...row([r.label, ...r.ids.map(id => cell(id, data.t2[k++]))])); }
  }
  lines.push('', '三、收到和处理政府信息公开申请情况', '');
  lines.push(...header(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况']));
  lines.push(...row(['', '自然人', '法人或其他组织', '总计']));
  lines.push(...row(['', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']));
  for (const r of T3_ROWS) {
    if (layout === 'md-groups' && ['R03', 'R05', 'R13', 'R16', 'R21', 'R24'].includes(r.id)) lines.push('', ...header(['分组', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']));
    const [group, label] = t3Label(r.id);
    const values = data.t3[r.id].map((v, c) => cell(`${r.id}.C${c + 1}`, v));
    if (layout === 'space' && r.id === 'R04') {
      // pdftotext wraps the long label around its numbers, and a page break falls inside the table
      const r05 = data.t3.R05.map((v, c) => cell(`R05.C${c + 1}`, v));
      lines.push('      （二）部分公开（区分处理的，只计这一情', row(['', ...values])[0], '      形，不计其他情形）', '', '                     -3-', '\f' + row(['（三）不予公开   1.属于国家秘密', ...r05])[0]);
      continue;
    }
    if (layout === 'space' && r.id === 'R05') continue;
    lines.push(...row(layout === 'space' || layout === 'cell-per-line' ? [group ? `${group}   ${label}` : label, ...values] : [group, label, ...values]));
  }
  lines.push('', '四、政府信息公开行政复议、行政诉讼情况', '');
  if (layout === 'md-groups') {
    for (let g = 0; g < 3; g++) {
      lines.push(...header(T4_RESULTS), ...row(data.t4.slice(g * 5, g * 5 + 5).map((v, k) => cell(`K${g * 5 + k + 1}`, v))), '');
    }
  } else {
    lines.push(...row(['行政复议', '行政诉讼']), ...row(['', '未经复议直接起诉', '复议后起诉']));
    lines.push(...row([...T4_RESULTS, ...T4_RESULTS, ...T4_RESULTS]));
    lines.push(...row(data.t4.map((v, k) => cell(`K${k + 1}`, v))));
  }
  lines.push('', ...TAIL);
  return (options.bom ? '\uFEFF' : '') + lines.join(options.crlf ? '\r\n' : '\n');
}

// ---- Families of damaged layouts (web pages, PDF and Word conversions) -------------------------

export type Family =
  | 'flattened'          // line breaks and separators gone, digits of adjacent cells run together
  | 'mixed-separators'   // some rows spaced, some run together, some half (`5 0 0 0 0 05`)
  | 'cr-cells'           // one cell per line, bare CR line ends, 2–3 CRs between cells
  | 'md-repeated-header' // markdown mini-tables per row group, each with a repeated header row
  | 'scrambled-header'   // header rows glued and split by conversion (`结果维 持结果纠正其 他结果`)
  | 'md-headings'        // `##`/`**`/`>` marks on headings, ideographic-space indents
  | 'renumbered'         // own topics numbered as parts, the official parts renumbered after them
  | 'inline-headings'    // headings in the middle of a prose line, right after the sentence
  | 'displaced-labels'   // a group's labels printed as a block, its bare number rows after them
  | 'blank-cells';       // cr-cells with some zeros printed as nothing (runs of blank lines)
export const FAMILIES: Family[] = ['flattened', 'mixed-separators', 'cr-cells', 'md-repeated-header', 'scrambled-header', 'md-headings', 'renumbered', 'inline-headings', 'displaced-labels', 'blank-cells'];

/** Cells `blank-cells` prints empty: the zeros of （二）部分公开 and of 行政复议's 结果纠正 / 其他结果. */
export const BLANK_CELLS = { t3: { R04: [1, 2, 3, 4, 5] } as Partial<Record<T3RowId, number[]>>, t4: [2, 3] };

/** The rows of （三）不予公开 that `displaced-labels` prints away from their numbers. */
export const DISPLACED_ROWS: T3RowId[] = ['R05', 'R06', 'R07', 'R08', 'R09', 'R10', 'R11', 'R12'];

const T2_BLOCKS_ORDER = ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'];
const T3_HEADER = ['申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const BALANCE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const T4_HEADER = ['行政复议', '行政诉讼', ...T4_RESULTS, '未经复议直接起诉', '复议后起诉', ...T4_RESULTS, ...T4_RESULTS];

/** Table rows as label + values, in the order the official form prints them. */
function formRows(data: SynthData): { t2: [string[], string[]][]; t3: [string, string, number[]][] } {
  const t2: [string[], string[]][] = [];
  let k = 0;
  for (const block of T2_BLOCKS_ORDER) {
    const rows = T2_ROWS.filter(r => r.block === block);
    t2.push([[block, '信息内容', ...rows[0].columns], []]);
    for (const r of rows) t2.push([[r.label], r.ids.map(() => fmt(data.t2[k++]))]);
  }
  return { t2, t3: T3_ROWS.map(r => [t3Label(r.id)[0], r.label, data.t3[r.id]] as [string, string, number[]]) };
}

export function synthFamily(data: SynthData, family: Family): string {
  const { t2, t3 } = formRows(data);
  if (family === 'flattened') {
    // Everything on one line; parts separated by ideographic spaces only, cells run together.
    const S = '\u3000\u3000';
    const parts = [
      S + TITLE[2], S + OVERVIEW[0], S + OVERVIEW[2], S + '二、主动公开政府信息情况',
      t2.map(([labels, values]) => labels.join('') + values.join('')).join(''),
      S + '三、收到和处理政府信息公开申请情况' + BALANCE + T3_HEADER.join('')
        + t3.map(([group, label, v]) => group + label + v.join('')).join(''),
      S + '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况' + T4_HEADER.join('') + data.t4.join(''),
      S + TAIL[0], S + TAIL[2], S + TAIL[4], S + TAIL[6],
    ];
    return '\n' + parts.join('') + '\n';
  }
  if (family === 'mixed-separators') {
    const lines = [...TITLE, ...OVERVIEW, '二、主动公开政府信息情况', ''];
    for (const [labels, values] of t2) lines.push([...labels, ...values].join(' '));
    lines.push('', '三、收到和处理政府信息公开申请情况', BALANCE, T3_HEADER.join(' '));
    t3.forEach(([group, label, v], i) => {
      const cells = v.map(fmt);
      // Rows alternate: spaced, run together, half (the last two cells run together).
      const values = i % 3 === 0 ? cells.join(' ') : i % 3 === 1 ? cells.join('') : [...cells.slice(0, 5), cells[5] + cells[6]].join(' ');
      lines.push(`${group ? group + ' ' : ''}${label} ${values}`);
    });
    lines.push('', '四、政府信息公开行政复议、行政诉讼情况', T4_HEADER.join(' '), data.t4.join(' '), '', ...TAIL);
    return lines.join('\n');
  }
  if (family === 'cr-cells' || family === 'blank-cells') {
    const blank = family === 'blank-cells';
    const shown = (id: T3RowId | null, v: number[]) => v.map((x, c) => blank && id && BLANK_CELLS.t3[id]?.includes(c) ? '' : fmt(x));
    const cells: string[] = [...TITLE.filter(Boolean), ...OVERVIEW.filter(Boolean), '二、主动公开政府信息情况'];
    const out: string[] = [];
    const flush = (xs: string[], gap: string) => out.push(xs.join('\r\r\r') + gap);
    flush(cells, '\r');
    for (const [labels, values] of t2) flush([...labels, ...values], '\r\r\r\r\r');
    flush(['三、收到和处理政府信息公开申请情况', BALANCE, ...T3_HEADER], '\r\r\r\r\r');
    t3.forEach(([group, label, v], k) => flush([...(group ? [group] : []), label, ...shown(T3_ROWS[k].id, v)], '\r\r\r\r\r'));
    flush(['四、政府信息公开行政复议、行政诉讼情况', ...T4_HEADER], '\r\r\r\r\r');
    flush(data.t4.map((x, k) => blank && BLANK_CELLS.t4.includes(k) ? '' : fmt(x)), '\r\r\r\r\r');
    flush(TAIL.filter(Boolean), '\r');
    return out.join('');
  }
  if (family === 'md-repeated-header') {
    const lines = [...TITLE, ...OVERVIEW, '二、主动公开政府信息情况', ''];
    for (const [labels, values] of t2) lines.push('| ' + [...labels, ...values].join(' | ') + ' |');
    lines.push('', '三、收到和处理政府信息公开申请情况', '', BALANCE, '');
    const head = (placeholder: boolean) => [
      placeholder ? '| 列1 | 列2 | 列3 | 列4 | 列5 | 列6 | 列7 | 列8 |' : '| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |'];
    t3.forEach(([group, label, v], i) => {
      if (i === 0 || group || label.startsWith('（七）')) lines.push('', ...head(group === '（四）无法提供'));
      lines.push(`| ${group ? group + ' ' : ''}${label} | ${v.join(' | ')} |`);
    });
    lines.push('', '四、政府信息公开行政复议、行政诉讼情况', '');
    for (let g = 0; g < 3; g++) lines.push('| ' + T4_RESULTS.join(' | ') + ' |', '| --- | --- | --- | --- | --- |', '| ' + data.t4.slice(g * 5, g * 5 + 5).join(' | ') + ' |', '');
    lines.push(...TAIL);
    return lines.join('\n');
  }
  if (family === 'scrambled-header') {
    const base = synthReport(data, 'tab').split('\n');
    return base.map(l => l.startsWith('\t自然人') ? '申请人情况自然\t人法人或其他组织总\t计'
      : l.startsWith('\t商业企业') ? '商业企\t业科研机构社会公\t益组织法律服务机构其\t他'
        : l.startsWith('结果维持') ? '结果维\t持结果纠正其\t他结果尚未审结总计\t结果维持结\t果纠正其他结果尚未审\t结总计结果维持\t结果纠正其他结果尚未审结总计'
          : l).join('\n');
  }
  if (family === 'md-headings') {
    return synthReport(data, 'pipe').split('\n').map(l =>
      /^[一二三四五六]、/.test(l) && !l.includes('|') ? (l.startsWith('三') ? `**${l}**` : l.startsWith('五') ? `> ${l}` : `## ${l}`)
        : l.startsWith('（一）主动公开') ? '\u3000\u3000' + l : l).join('\n');
  }
  if (family === 'renumbered') {
    // 总体情况's topics as parts 一…五, the official parts numbered 六…十 (一、总体情况 renamed away).
    const topics = ['一、主动公开情况', '主动公开。', '二、依申请公开情况', '依申请公开。', '三、政府信息管理情况', '政府信息管理。',
      '四、政府信息公开平台建设情况', '政府信息公开平台建设。', '五、监督保障情况', '监督保障：开展考核、社会评议，无责任追究情况。'];
    const renumber: Record<string, string> = { 二: '六', 三: '七', 四: '八', 五: '九', 六: '十' };
    const lines = synthReport(data, 'tab').split('\n');
    const body = lines.slice(TITLE.length + OVERVIEW.length).map(l => /^[二三四五六]、/.test(l) ? renumber[l[0]] + l.slice(1) : l);
    return [...TITLE, ...topics, '', ...body].join('\n');
  }
  if (family === 'displaced-labels') {
    const lines = synthReport(data, 'markdown').split('\n');
    const first = lines.findIndex(l => l.includes('1.属于国家秘密'));
    const block = lines.slice(first, first + DISPLACED_ROWS.length).map(l => l.split('|').map(c => c.trim()).filter(Boolean));
    const labels = block.map(cells => '| ' + cells.slice(0, -7).join(' | ') + ' |');
    const numbers = block.map(cells => '| ' + cells.slice(-7).join(' | ') + ' |');
    lines.splice(first, DISPLACED_ROWS.length, ...labels, ...numbers);
    return lines.join('\n');
  }
  // inline-headings: a heading right after the sentence before it, on the same line.
  const lines = synthReport(data, 'tab').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^[二五六]、/.test(lines[i]) && out.length && out[out.length - 1] === '') { out.pop(); out[out.length - 1] += lines[i]; continue; }
    out.push(lines[i]);
  }
  return out.join('\n');
}
