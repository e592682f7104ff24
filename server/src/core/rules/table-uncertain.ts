// Reading that knows when it is unsure (one finding per table, never a per-cell error): digits
// of several cells run together with more than one possible reading, or nothing to decode them
// with. The cells stay unread (null), so no arithmetic rule judges them.

import type { UncertainRow } from '../model';
import type { Rule, RuleContext } from '../rule';
import { t } from '../rule';
import { T3_ROW_BY_ID, T3RowId } from '../schema';

function report(ctx: RuleContext, table: [string, string], columns: number, rows: UncertainRow[], name: (row: string) => string) {
  if (!rows.length) return;
  const cells = rows.length * columns;
  const detail = rows.slice(0, 3).map(u => `${name(u.row)}“${u.readings.length ? u.readings.join(' / ') : '—'}”`).join('；');
  ctx.report({
    code: 'table-uncertain', severity: 'information', range: rows[0].range,
    message: t(ctx.locale,
      `${table[0]}未能可靠读出：数字连在一起，${rows.length} 行有多种读法或无法拆分（${detail}${rows.length > 3 ? '…' : ''}），${cells} 个单元格不确定，未作核对；请对照原表`,
      `${table[1]} could not be read reliably: digits run together in ${rows.length} row(s) with several or no readings; ${cells} cells are uncertain and were not checked`),
    related: rows.slice(1).map(u => ({ range: u.range, message: name(u.row) })),
  });
}

export const tableUncertainRule: Rule = ctx => {
  const { t2, t3, t4 } = ctx.model;
  if (t2) report(ctx, ['表二', 'Table 2'], 3, t2.uncertain, row => row);
  if (t3) report(ctx, ['表三', 'Table 3'], 7, t3.uncertain, row => T3_ROW_BY_ID[row as T3RowId]?.label ?? row);
  if (t4) report(ctx, ['表四', 'Table 4'], 15, t4.uncertain, () => '');
};
