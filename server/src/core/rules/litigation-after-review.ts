// T4-P1: more suits after reconsideration than reconsiderations this year — possible when the
// reconsiderations were last year's; a hint (spec §4.2).

import type { Rule } from '../rule';
import { defineMessages } from '../messages';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'litigation-after-review': {
    group: 'tables', severity: 'hint', fixable: false, spec: '§4.2',
    zh: '复议后起诉数多于复议数',
    en: 'T4-P1: more suits after reconsideration than reconsiderations',
    example: 'pdftotext 洪泽区 2024: 3 > 2',
  },
});

const messages = defineMessages({
  suitsAfterReconsideration: {
    zh: '复议后起诉（{value}）多于本年行政复议总数（{value2}）：可能来自上年的复议，请核实',
    en: 'Suits after reconsideration ({value}) exceed this year\'s reconsiderations ({value2}): possibly last year\'s',
  },
});

export const litigationAfterReviewRule: Rule = ctx => {
  const t4 = ctx.model.t4;
  if (!t4) return;
  const k5 = t4.cells.K5, k15 = t4.cells.K15;
  if (k5.value === null || k15.value === null || !k15.range || k15.value <= k5.value) return;
  ctx.report({
    code: 'litigation-after-review', severity: 'hint', range: k15.range, cells: ['K15', 'K5'],
    message: messages.text(ctx.locale, 'suitsAfterReconsideration', { value: k15.value, value2: k5.value }),
    related: k5.range ? [{ range: k5.range, message: `行政复议 / 总计 = ${k5.value}` }] : undefined,
  });
};
