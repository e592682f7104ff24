// Cells printed empty where a number belongs (runs of blank lines in one-cell-per-line text):
// placed by their lines, left unread, and said once per table — the format asks for 0, not blank.

import type { Rule, RuleContext } from '../rule';
import { defineMessages, joinList } from '../messages';
import { cellLabel, tableName, type TableKey } from '../schema';
import type { Range } from '../types';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'cells-blank': {
    group: 'tables', severity: 'warning', fixable: false, spec: '§8.3',
    zh: '应填数字的单元格空白（格式要求填 0）',
    en: 'cells printed blank where a number belongs (runs of blank lines in one-cell-per-line text, placed by their lines; empty cells between tabs or pipes): left unread, one finding per table; the format asks for 0',
    example: '河北省教育厅 2019: table 四 with only its three 总计 filled',
  },
});

const messages = defineMessages({
  blankCells: {
    zh: '{table}有 {count} 个单元格空白（如{cells}）：按未填处理，未作核对；格式要求没有数据时填 0，请核实',
    en: '{table} has {count} blank cell(s) ({cells}): left unread; the format asks for 0 where there is nothing to count',
  },
  cell: {
    zh: '「{cell}」',
    en: '{cell}',
  },
  andMore: {
    zh: '等',
    en: ', …',
  },
});

function report(ctx: RuleContext, table: TableKey, ids: string[], range: Range) {
  if (!ids.length) return;
  ctx.report({
    code: 'cells-blank', severity: 'warning', range,
    message: messages.text(ctx.locale, 'blankCells', {
      table: tableName(table, ctx.locale),
      count: ids.length,
      cells: joinList(ctx.locale, ids.slice(0, 3).map(id => messages.text(ctx.locale, 'cell', { cell: cellLabel(id, ctx.locale) })))
        + (ids.length > 3 ? messages.text(ctx.locale, 'andMore') : ''),
    }),
    cells: ids,
  });
}

export const blankCellsRule: Rule = ctx => {
  const { t3, t4 } = ctx.model;
  if (t3?.blank.length) report(ctx, 't3', t3.blank, t3.headerRange ?? t3.range);
  if (t4?.blank.length) report(ctx, 't4', t4.blank, t4.values[0]?.range ?? t4.range);
};
