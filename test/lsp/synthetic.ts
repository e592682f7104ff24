// A synthetic, well-formed 2021-format report (every relation holds) in tab, pipe or space
// layout, with optional raw overrides of cells, CRLF line ends and a BOM.

import { T3_ROWS, T3_GROUP_LABELS, type T3RowId } from '../../server/src/core/schema';

export type SynthLayout = 'tab' | 'pipe' | 'space';
export interface SynthOptions {
  layout?: SynthLayout;
  /** Raw text of cells by canonical id (`R24.C1`, `K5`, `B3`). */
  set?: Record<string, string>;
  crlf?: boolean;
  bom?: boolean;
  issuer?: string;
  year?: number;
}

const T3: Partial<Record<T3RowId, number[]>> = {
  R01: [10, 2, 0, 0, 0, 0, 12],
  R02: [1, 0, 0, 0, 0, 0, 1],
  R03: [6, 1, 0, 0, 0, 0, 7],
  R04: [1, 0, 0, 0, 0, 0, 1],
  R13: [3, 1, 0, 0, 0, 0, 4],
  R24: [10, 2, 0, 0, 0, 0, 12],
  R25: [1, 0, 0, 0, 0, 0, 1],
};
const T4 = [0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const T2: Record<string, string> = { A1: '0', A2: '0', A3: '0', B1: '1', B2: '2', B3: '12', L1: '100', P1: '50', P2: '1', F1: '59.91' };

export function synthReport(o: SynthOptions = {}): string {
  const layout = o.layout ?? 'tab';
  const set = o.set ?? {};
  const issuer = o.issuer ?? '某某县人民政府';
  const year = o.year ?? 2024;
  const sep = layout === 'tab' ? '\t' : layout === 'pipe' ? ' | ' : '    ';
  const row = (...cells: string[]) => cells.join(sep);
  const v = (id: string, fallback: string) => set[id] ?? fallback;
  const t3 = (id: T3RowId) => (T3[id] ?? [0, 0, 0, 0, 0, 0, 0]).map((x, i) => v(`${id}.C${i + 1}`, String(x)));
  const lines: string[] = [
    `${issuer}${year}年政府信息公开工作年度报告`,
    '',
    `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '一、总体情况',
    `${year}年，${issuer}认真贯彻落实《中华人民共和国政府信息公开条例》。`,
    '（一）主动公开',
    '围绕主动公开做好各项工作。',
    '（二）依申请公开',
    `本年新收政府信息公开申请${v('R01.C7', '12')}件，上年结转${v('R02.C7', '1')}件。`,
    '（三）政府信息管理',
    '加强政府信息管理。',
    '（四）政府信息公开平台建设',
    '加强政府信息公开平台建设。',
    '（五）监督保障',
    '强化监督保障，开展工作考核、社会评议和责任追究。',
    '二、主动公开政府信息情况',
    row('第二十条第（一）项'),
    row('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'),
    row('规章', v('A1', T2.A1), v('A2', T2.A2), v('A3', T2.A3)),
    row('行政规范性文件', v('B1', T2.B1), v('B2', T2.B2), v('B3', T2.B3)),
    row('第二十条第（五）项'),
    row('信息内容', '本年处理决定数量'),
    row('行政许可', v('L1', T2.L1)),
    row('第二十条第（六）项'),
    row('信息内容', '本年处理决定数量'),
    row('行政处罚', v('P1', T2.P1)),
    row('行政强制', v('P2', T2.P2)),
    row('第二十条第（八）项'),
    row('信息内容', '本年收费金额（单位：万元）'),
    row('行政事业性收费', v('F1', T2.F1)),
    '三、收到和处理政府信息公开申请情况',
    row('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'),
    row('自然人', '法人或其他组织', '总计'),
    row('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'),
  ];
  let group = '';
  for (const def of T3_ROWS) {
    const labels: string[] = [];
    if (def.id === 'R03') labels.push('三、本年度办理结果');
    if (def.group && def.group !== group) labels.push(T3_GROUP_LABELS[def.group]);
    group = def.group ?? '';
    labels.push(def.label);
    lines.push(row(...labels, ...t3(def.id)));
  }
  lines.push(
    '四、政府信息公开行政复议、行政诉讼情况',
    row('行政复议', '行政诉讼'),
    row('结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'),
    row('结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'),
    row(...T4.map((x, i) => v(`K${i + 1}`, String(x)))),
    '五、存在的主要问题及改进情况',
    '主要问题是公开形式较为单一。改进措施是丰富公开形式。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
    '',
  );
  return (o.bom ? '\uFEFF' : '') + lines.join(o.crlf ? '\r\n' : '\n');
}
