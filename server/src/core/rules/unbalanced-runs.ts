// Digits run together that can be cut into the row's cells in several ways, none of which adds
// up: whichever way the row is read, its total is wrong. Said as the arithmetic finding of that
// total (t3-row-sum, t4-sum) on the run, as a warning — the reading itself rests on the layout.

import type { Rule } from '../rule';
import { defineMessages } from '../messages';
import { isT3RowId, T3_COLS, T3_ROW_BY_ID, T4_IDS } from '../schema';

const messages = defineMessages({
  t3RowUnbalanced: {
    zh: '「{row}」的数字连在一起，无论怎样拆成 7 列（如“{readings}”），总计都不等于各类申请人之和：这一行必有数字有误，请对照原表核实',
    en: '{row}: digits run together and no way of cutting them into 7 cells (e.g. “{readings}”) makes the total equal the sum of the applicant types; a number of this row is wrong',
  },
  t4Unbalanced: {
    zh: '表四的数字连在一起，无论怎样拆成 15 列（如“{readings}”），三个总计都不能同时成立：必有数字有误，请对照原表核实',
    en: 'Table 4: digits run together and no way of cutting them into 15 cells (e.g. “{readings}”) makes its three totals hold; a number is wrong',
  },
});

export const unbalancedRunsRule: Rule = ctx => {
  const { t3, t4 } = ctx.model;
  for (const u of t3?.uncertain ?? []) {
    if (!u.unbalanced) continue;
    const label = isT3RowId(u.row) ? T3_ROW_BY_ID[u.row].label : u.row;
    ctx.report({
      code: 't3-row-sum', severity: 'warning', range: u.range,
      message: messages.text(ctx.locale, 't3RowUnbalanced', { row: ctx.locale === 'en' ? u.row : label, readings: u.readings.join(' / ') }),
      cells: T3_COLS.map(c => `${u.row}.${c}`),
    });
  }
  for (const u of t4?.uncertain ?? []) {
    if (!u.unbalanced) continue;
    ctx.report({
      code: 't4-sum', severity: 'warning', range: u.range,
      message: messages.text(ctx.locale, 't4Unbalanced', { readings: u.readings.join(' / ') }),
      cells: [...T4_IDS],
    });
  }
};
