// T3-P2: no requests in table 三 but cases in table 四 — likely replies of the year before;
// a hint, not an error (spec §3.3).

import type { Rule } from '../rule';
import { defineMessages } from '../messages';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'cases-without-requests': {
    group: 'tables', severity: 'hint', fixable: false, spec: '§5.3',
    zh: '表三无申请但表四有复议诉讼',
    en: 'T3-P2: no requests in table 三 but cases in table 四 (likely last year\'s replies)',
  },
});

const messages = defineMessages({
  noRequestsThis: {
    zh: '本年没有收到或结转申请，表四却有 {total} 件复议、诉讼：可能源于上年的答复，请核实',
    en: 'No requests this year, yet {total} review or litigation case(s): probably from last year\'s replies',
  },
});

export const casesWithoutRequestsRule: Rule = ctx => {
  const { t3, t4 } = ctx.model;
  if (!t3 || !t4) return;
  const requests = [t3.rows.R01?.cells.C7.value, t3.rows.R02?.cells.C7.value];
  const cases = [t4.cells.K5, t4.cells.K10, t4.cells.K15];
  if (requests.some(v => v !== 0) || cases.some(c => c.value === null)) return;
  const total = cases.reduce((s, c) => s + c.value!, 0);
  const at = cases.find(c => c.value! > 0);
  if (!total || !at?.range) return;
  ctx.report({
    code: 'cases-without-requests', severity: 'hint', range: at.range, cells: ['R01.C7', 'R02.C7', 'K5', 'K10', 'K15'],
    message: messages.text(ctx.locale, 'noRequestsThis', { total }),
  });
};
