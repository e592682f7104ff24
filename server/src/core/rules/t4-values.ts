// Table 四 must carry exactly 15 numbers (T4-E4); with more or fewer, no cell is guessed.

import type { Rule } from '../rule';
import { defineMessages } from '../messages';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  't4-column-count': {
    group: 'tables', severity: 'error', fixable: false, spec: '§4.1',
    zh: '表四不是 15 个数',
    en: 'table 四 does not have exactly 15 numbers',
  },
});

const messages = defineMessages({
  tableNeedsNumbers: {
    zh: '表四应有 15 个数，实际读到 {valueCount} 个：无法确定各数所属列，表四按缺失处理',
    en: 'Table 4 needs 15 numbers, found {valueCount}; its cells are left unread',
  },
});

export const t4ValuesRule: Rule = ctx => {
  const t4 = ctx.model.t4;
  if (!t4 || t4.valueCount === 15 || t4.blank.length) return;
  const first = t4.values[0];
  ctx.report({
    code: 't4-column-count', severity: 'error',
    range: first ? { start: first.range.start, end: t4.values[t4.values.length - 1].range.end.line === first.range.start.line ? t4.values[t4.values.length - 1].range.end : first.range.end } : t4.range,
    message: messages.text(ctx.locale, 'tableNeedsNumbers', { valueCount: t4.valueCount }),
  });
};
