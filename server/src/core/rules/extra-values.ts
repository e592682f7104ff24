// Rows with more numbers than the table has columns (an extra column, a stray number): the row
// is read from its end (spec §8.2) and the numbers left over are reported, never dropped silently.

import type { LabelCell } from '../model';
import type { Rule, RuleContext } from '../rule';
import { defineMessages } from '../messages';
import { tableName, type TableKey } from '../schema';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  't3-extra-column': {
    group: 'tables', severity: 'error', fixable: false, spec: '§8.2',
    zh: '表三某行的数多于列数',
    en: 'a row of table 三 carries more numbers than columns; it is read from its end and the leftover number reported',
    example: '`2.重复申请 9 2 0 0 0 0 0 2`',
  },
  't2-extra-values': {
    group: 'tables', severity: 'error', fixable: false, spec: '§2.1',
    zh: '表二某行的数多于列数',
    en: 'a row of table 二 carries more numbers than columns',
    example: '`行政许可 120 7`',
  },
});

const messages = defineMessages({
  extraValue: {
    zh: '{table}本行多出一个数“{text}”：不属于任何一列，未读入；请核对列数',
    en: '{table}: the number “{text}” is beyond the row\'s columns and was not read',
  },
});

function report(ctx: RuleContext, code: keyof typeof codes, table: TableKey, extras: LabelCell[]) {
  for (const x of extras) {
    ctx.report({
      code, severity: 'error', range: x.range,
      message: messages.text(ctx.locale, 'extraValue', { table: tableName(table, ctx.locale), text: x.text }),
    });
  }
}

export const extraValuesRule: Rule = ctx => {
  if (ctx.model.t2) report(ctx, 't2-extra-values', 't2', ctx.model.t2.extras);
  if (ctx.model.t3) report(ctx, 't3-extra-column', 't3', ctx.model.t3.extras);
};
