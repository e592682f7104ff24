// Rows with more numbers than the table has columns (an extra column, a stray number): the row
// is read from its end (spec §8.2) and the numbers left over are reported, never dropped silently.

import type { LabelCell } from '../model';
import type { Rule, RuleContext } from '../rule';
import { t } from '../rule';

function report(ctx: RuleContext, code: string, table: [string, string], extras: LabelCell[]) {
  for (const x of extras) {
    ctx.report({
      code, severity: 'error', range: x.range,
      message: t(ctx.locale, `${table[0]}本行多出一个数“${x.text}”：不属于任何一列，未读入；请核对列数`, `${table[1]}: the number “${x.text}” is beyond the row's columns and was not read`),
    });
  }
}

export const extraValuesRule: Rule = ctx => {
  if (ctx.model.t2) report(ctx, 't2-extra-values', ['表二', 'Table 2'], ctx.model.t2.extras);
  if (ctx.model.t3) report(ctx, 't3-extra-column', ['表三', 'Table 3'], ctx.model.t3.extras);
};
