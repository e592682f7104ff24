// A new report from the official 2021 format: title, statistical period, the six section
// headings with the sub-items of 一, and tables 二/三/四 filled with zeros. Pure (unit-tested).

import { SECTION_HEADINGS } from '../../server/src/core/schema';
import { GRIDS, gridMatrix } from './common/grid';
import { formatTable, type TextLayout } from './common/textTable';

/** Placeholder the user replaces with the issuing body's name; the command selects it. */
export const ISSUER_PLACEHOLDER = '（机关名称）';

const OVERVIEW_ITEMS = ['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障'];

export function reportTemplate(layout: TextLayout, year: number, eol = '\n'): string {
  const table = (t: 't2' | 't3' | 't4') => formatTable(gridMatrix(GRIDS[t], () => '0'), layout, eol);
  const blocks = [
    `${ISSUER_PLACEHOLDER}${year}年政府信息公开工作年度报告`,
    `本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    SECTION_HEADINGS[0],
    ...OVERVIEW_ITEMS,
    SECTION_HEADINGS[1],
    table('t2'),
    SECTION_HEADINGS[2],
    table('t3'),
    SECTION_HEADINGS[3],
    table('t4'),
    SECTION_HEADINGS[4],
    SECTION_HEADINGS[5],
    '本年度未收取信息处理费。',
  ];
  return blocks.join(eol + eol) + eol;
}
