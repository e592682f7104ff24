// T3-X1 (spec §5.2): this year's 上年结转 (R02) equals last year's 结转下年度继续办理 (R25), column
// by column. Each differing cell → warning, with last year's figure as a fix (not preferred:
// it unbalances this year's table unless the other cells are corrected too).

import type { Rule } from '../rule';
import { t } from '../rule';
import { cellLabel, T3_COLS } from '../schema';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'crossyear-carryover': {
    group: 'narrative', severity: 'warning', fixable: true, spec: '§5.2',
    zh: '上年结转与上年报告的结转下年度不符',
    en: '上年结转 (every column) ≠ last year\'s 结转下年度继续办理',
    example: '上年结转 2, last year carried forward 1',
  },
});

export const carryoverRule: Rule = ctx => {
  const prev = ctx.previous;
  const { model, locale } = ctx;
  if (!prev?.t3 || !model.t3) return;
  if (model.year !== null && prev.year !== null && prev.year !== model.year - 1) return;
  const now = model.t3.rows.R02, then = prev.t3.rows.R25;
  if (!now || !then) return;
  for (const col of T3_COLS) {
    const cur = now.cells[col], old = then.cells[col];
    if (!cur?.range || cur.value === null || !old || old.value === null || cur.value === old.value) continue;
    const py = prev.year ?? t(locale, '上年', 'last year');
    ctx.report({
      code: 'crossyear-carryover', severity: 'warning', range: cur.range, cells: [cur.id],
      expected: old.value, delta: cur.value - old.value,
      message: t(locale,
        `“${cellLabel(cur.id)}”为 ${cur.value}，但${py}年报“四、结转下年度继续办理”（${cellLabel(old.id).split(' / ')[1]}）为 ${old.value}`,
        `${cellLabel(cur.id, 'en')} is ${cur.value}, but the ${py} report carried ${old.value} forward (${cellLabel(old.id, 'en')})`),
      fixes: [{
        kind: 'set-carryover',
        title: t(locale, `改为上年结转下年度的 ${old.value}`, `Set to last year's carried-forward ${old.value}`),
        edits: [{ range: cur.range, newText: String(old.value) }],
      }],
    });
  }
};
