// T3-X1 (spec §5.2): this year's 上年结转 (R02) equals last year's 结转下年度继续办理 (R25), column
// by column. Each differing cell → warning, with last year's figure as a fix (not preferred:
// it unbalances this year's table unless the other cells are corrected too).

import type { CrossYearRule } from './year-figures';
import { defineMessages } from '../messages';
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

const messages = defineMessages({
  lastYear: {
    zh: '上年',
    en: 'last year',
  },
  carryoverDiffers: {
    zh: '“{cell}”为 {value}，但{year}年报“四、结转下年度继续办理”（{previousCell}）为 {previous}',
    en: '{cell} is {value}, but the {year} report carried {previous} forward ({previousCell})',
  },
  fixSetCarryover: {
    zh: '改为上年结转下年度的 {value}',
    en: 'Set to last year\'s carried-forward {value}',
  },
});

export const carryoverRule: CrossYearRule = (now, then, locale, report) => {
  if (now.year !== null && then.year !== null && then.year !== now.year - 1) return;
  for (const col of T3_COLS) {
    const cur = now.cells.get(`R02.${col}`), old = then.cells.get(`R25.${col}`);
    if (!cur?.range || cur.value === null || !old || old.value === null || cur.value === old.value) continue;
    const py = then.year ?? messages.text(locale, 'lastYear');
    report({
      code: 'crossyear-carryover', severity: 'warning', range: cur.range, cells: [cur.id],
      expected: old.value, delta: cur.value - old.value,
      message: messages.text(locale, 'carryoverDiffers', {
        cell: cellLabel(cur.id, locale), value: cur.value, year: py, previous: old.value,
        // In Chinese the row is named in the message already: only the column.
        previousCell: locale === 'en' ? cellLabel(old.id, 'en') : cellLabel(old.id).split(' / ')[1],
      }),
      fixes: [{
        kind: 'set-carryover',
        title: messages.text(locale, 'fixSetCarryover', { value: old.value }),
        edits: [{ range: cur.range, newText: String(old.value) }],
      }],
    });
  }
};
