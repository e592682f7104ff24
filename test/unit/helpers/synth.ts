// Synthetic reports for tests: one data set written in every layout real reports arrive in.

import { T2_ROWS, T3_ROWS, T3RowId, T4_RESULTS } from '../../../server/src/core/schema';

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

export function synthReport(data: SynthData, layout: SynthLayout): string {
  const lines: string[] = [...TITLE, ...OVERVIEW, '二、主动公开政府信息情况', ''];
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
    for (const r of rows) { lines.push(...row([r.label, ...r.ids.map(() => fmt(data.t2[k++]))])); }
  }
  lines.push('', '三、收到和处理政府信息公开申请情况', '');
  lines.push(...header(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况']));
  lines.push(...row(['', '自然人', '法人或其他组织', '总计']));
  lines.push(...row(['', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']));
  for (const r of T3_ROWS) {
    if (layout === 'md-groups' && ['R03', 'R05', 'R13', 'R16', 'R21', 'R24'].includes(r.id)) lines.push('', ...header(['分组', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']));
    const [group, label] = t3Label(r.id);
    const values = data.t3[r.id].map(fmt);
    if (layout === 'space' && r.id === 'R04') {
      // pdftotext wraps the long label around its numbers, and a page break falls inside the table
      lines.push('      （二）部分公开（区分处理的，只计这一情', row(['', ...values])[0], '      形，不计其他情形）', '', '                     -3-', '\f' + row(['（三）不予公开   1.属于国家秘密', ...data.t3.R05.map(fmt)])[0]);
      continue;
    }
    if (layout === 'space' && r.id === 'R05') continue;
    lines.push(...row(layout === 'space' || layout === 'cell-per-line' ? [group ? `${group}   ${label}` : label, ...values] : [group, label, ...values]));
  }
  lines.push('', '四、政府信息公开行政复议、行政诉讼情况', '');
  if (layout === 'md-groups') {
    for (let g = 0; g < 3; g++) {
      lines.push(...header(T4_RESULTS), ...row(data.t4.slice(g * 5, g * 5 + 5).map(fmt)), '');
    }
  } else {
    lines.push(...row(['行政复议', '行政诉讼']), ...row(['', '未经复议直接起诉', '复议后起诉']));
    lines.push(...row([...T4_RESULTS, ...T4_RESULTS, ...T4_RESULTS]));
    lines.push(...row(data.t4.map(fmt)));
  }
  lines.push('', ...TAIL);
  return lines.join('\n');
}
