// N11: parts listed after `其中` that add up to more than the total they belong to
// (`narrative-sum`, spec 004-2: 1872 + 1344 + 180 + 32 = 3428 > 3337).

import type { Rule } from '../rule';
import { defineMessages } from '../messages';
import { parseCellId } from '../schema';
import { narrativeOf } from './narrative';
import { rangeIn } from './prose';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'narrative-sum': {
    group: 'narrative', severity: 'warning', fixable: true, spec: '§5.1',
    zh: '“其中”所列各项之和不等于总数',
    en: 'the parts listed after `其中` do not add up to the total',
    example: 'seed 004: `3337 条，其中…1872、1344、180、32 条` = 3428',
  },
});

const messages = defineMessages({
  partsExceedTotal: {
    zh: '正文中“其中”所列各项之和 {terms} = {sum}，大于总数 {value}',
    en: 'The parts listed after 其中 add up to {terms} = {sum}, more than the total {value}',
  },
  fixTotal: {
    zh: '将总数改为 {sum}（请先核实各项）',
    en: 'Change the total to {sum} (check the parts first)',
  },
});

export const proseSumRule: Rule = ctx => {
  const { sums, claims } = narrativeOf(ctx);
  const { locale } = ctx;
  // A request count's breakdown may include carried-over requests: table 3's relations judge it.
  const requestTotals = new Set(claims.filter(c => parseCellId(c.indicator.cells[0])?.table === 't3').map(c => c.start + ':' + c.para.firstLine));
  for (const s of sums) {
    if (s.sum <= s.total.value || requestTotals.has(s.total.start + ':' + s.para.firstLine)) continue;
    const terms = s.parts.map(p => p.value).join(' + ');
    const range = rangeIn(s.para, s.total.start, s.total.end);
    ctx.report({
      code: 'narrative-sum', severity: 'warning', range, expected: s.sum, delta: s.total.value - s.sum,
      message: messages.text(locale, 'partsExceedTotal', { terms, sum: s.sum, value: s.total.value }),
      related: s.parts.map(p => ({ range: rangeIn(s.para, p.start, p.end), message: `${p.value}${p.unit}` })),
      fixes: [{
        kind: 'set-narrative-number',
        title: messages.text(locale, 'fixTotal', { sum: s.sum }),
        edits: [{ range, newText: String(s.sum) }],
      }],
    });
  }
};
