// Numbers split over two cells (`1 | 2` for 12): the row was read with the merged number, since
// that is the only merge that makes its sums hold; the fix joins the two cells.

import type { Rule } from '../rule';
import { defineMessages } from '../messages';
import { cellLabel } from '../schema';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'number-split': {
    group: 'tables', severity: 'warning', fixable: true, spec: '§8.3',
    zh: '一个数被拆进两个单元格',
    en: 'a number split over two cells, read merged when only that merge makes the row add up (fix joins them)',
    example: '`2 | 0 | 3 … 24` → 20',
  },
});

const messages = defineMessages({
  looksSplitOver: {
    zh: '「{name}」疑似被拆进了相邻两格：合并为 {text} 后本行合计成立',
    en: '{name} looks split over two cells; read as {text}, which makes the row add up',
  },
  joinInto: {
    zh: '合并为 {text}',
    en: 'Join into {text}',
  },
});

export const splitDigitsRule: Rule = ctx => {
  for (const s of [...(ctx.model.t3?.splits ?? []), ...(ctx.model.t4?.splits ?? [])]) {
    const name = cellLabel(s.id, ctx.locale);
    ctx.report({
      code: 'number-split', severity: 'warning', range: s.range, cells: [s.id],
      message: messages.text(ctx.locale, 'looksSplitOver', { name, text: s.text }),
      fixes: [{ kind: 'join-split', title: messages.text(ctx.locale, 'joinInto', { text: s.text }), edits: [{ range: s.range, newText: s.text }], preferred: true }],
    });
  }
};
