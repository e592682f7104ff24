// Reading that knows when it is unsure (one finding per table, never a per-cell error): digits
// of several cells run together with more than one possible reading, or nothing to decode them
// with; or relations failing together in the pattern of a misread. The cells stay unread (null),
// so no arithmetic rule judges them.

import type { Misread, UncertainRow } from '../model';
import type { Range } from '../types';
import type { Rule, RuleContext } from '../rule';
import { defineMessages, joinList } from '../messages';
import { isT3RowId, tableName, T3_ROW_BY_ID, type TableKey, type T3RowId } from '../schema';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'table-uncertain': {
    group: 'tables', severity: 'information', also: ['warning'], fixable: false, spec: '§8.2',
    zh: '表格读取不确定，请核实',
    en: 'the reader is unsure: digits run together with several readings (information, the readings named); number rows that cannot be given to a row, or relations failing together like a misread (warning, 请核实) — one finding per table, no per-cell error',
    example: '`行政规范性文件2115`: 2 1 15 / 2 11 5 / 21 1 5',
  },
});

const messages = defineMessages({
  runTogether: {
    zh: '{table}未能可靠读出：数字连在一起，{count} 行有多种读法或无法拆分（{detail}），{cells} 个单元格不确定，未作核对；请对照原表',
    en: '{table} could not be read reliably: digits run together in {count} row(s) with several or no readings{detail}; {cells} cells are uncertain and were not checked',
  },
  rowTotalsFail: {
    zh: '多行的行内合计同时不成立，像是某列错位',
    en: 'row totals fail in many rows, as a shifted column makes them',
  },
  columnRelationsFail: {
    zh: '多列的合计同时不成立，像是某行读自别的行',
    en: 'column relations fail in many columns, as a row read from the wrong line makes them',
  },
  relationsFailTogether: {
    zh: '表三未能可靠读出：{mFailing} 处勾稽关系同时不成立，{shape}，也可能原表本身有误；{mCells} 个单元格不确定，未逐格报错，请对照原表核实',
    en: 'Table 3 could not be read reliably: {mFailing} relations fail at once; {shape}, or the table itself is wrong. {mCells} cells are uncertain and were not checked one by one',
  },
  unattributed: {
    zh: '表三未能可靠读出：{count} 行数字与行标签分开印出，无法确定属于哪一行{waiting}；{cells} 个单元格不确定，未作核对，请对照原表',
    en: 'Table 3 could not be read reliably: {count} number row(s) stand away from their labels and cannot be attributed{waiting}{cells}',
  },
  rowsWaiting: {
    zh: '（待定的行：{rows}）',
    en: ' (rows waiting: {rows})',
  },
  unattributedNumbers: {
    zh: '无法对应的数字行',
    en: 'unattributed numbers',
  },
});

function report(ctx: RuleContext, table: TableKey, columns: number, all: UncertainRow[], name: (row: string) => string) {
  const rows = all.filter(u => !u.unbalanced); // rows wrong in every reading are said by unbalanced-runs
  if (!rows.length) return;
  const cells = rows.length * columns;
  const detail = rows.slice(0, 3).map(u => `${name(u.row)}“${u.readings.length ? u.readings.join(' / ') : '—'}”`).join('；');
  ctx.report({
    code: 'table-uncertain', severity: 'information', range: rows[0].range,
    message: messages.text(ctx.locale, 'runTogether', {
      table: tableName(table, ctx.locale), count: rows.length, cells,
      detail: ctx.locale === 'en' ? '' : detail + (rows.length > 3 ? '…' : ''),
    }),
    related: rows.slice(1).map(u => ({ range: u.range, message: name(u.row) })),
  });
}

/** Many relations failing at once: said once, as a doubt about the reading (the table may also be wrong). */
function reportMisread(ctx: RuleContext, m: Misread) {
  const shape = m.pattern === 'columns'
    ? messages.text(ctx.locale, 'rowTotalsFail')
    : messages.text(ctx.locale, 'columnRelationsFail');
  ctx.report({
    code: 'table-uncertain', severity: 'warning', range: m.range,
    message: messages.text(ctx.locale, 'relationsFailTogether', { mFailing: m.failing.length, shape, mCells: m.cells.length }),
    cells: m.cells,
  });
}

/** Number rows printed away from their labels, in a count that does not match the labels waiting for them. */
function reportUnattributed(ctx: RuleContext, numbers: Range[], rows: T3RowId[]) {
  if (!numbers.length) return;
  const names = rows.slice(0, 4).map(id => T3_ROW_BY_ID[id]?.label ?? id).join('、');
  ctx.report({
    code: 'table-uncertain', severity: 'warning', range: numbers[0],
    message: messages.text(ctx.locale, 'unattributed', {
      count: numbers.length,
      waiting: !rows.length ? '' : messages.text(ctx.locale, 'rowsWaiting', { rows: ctx.locale === 'en' ? joinList('en', rows) : names + (rows.length > 4 ? '…' : '') }),
      // The English message does not count the uncertain cells.
      cells: ctx.locale === 'en' ? '' : rows.length * 7,
    }),
    related: numbers.slice(1).map(r => ({ range: r, message: messages.text(ctx.locale, 'unattributedNumbers') })),
  });
}

export const tableUncertainRule: Rule = ctx => {
  const { t2, t3, t4 } = ctx.model;
  if (t3?.misread) reportMisread(ctx, t3.misread);
  if (t3) reportUnattributed(ctx, t3.unattributed.numbers, t3.unattributed.rows);
  if (t2) report(ctx, 't2', 3, t2.uncertain, row => row);
  if (t3) report(ctx, 't3', 7, t3.uncertain, row => (isT3RowId(row) ? T3_ROW_BY_ID[row].label : row));
  if (t4) report(ctx, 't4', 15, t4.uncertain, () => '');
};
