// A merged category label split across two rows by extraction (spec 004-15): `(五) 不予` on one
// row and `予处理` on the next. The pieces are joined (dropping the repeated character) and
// rebuilt as the official label.

import { joinFragments, normLabel } from '../normalise';
import type { Rule } from '../rule';
import { defineMessages } from '../messages';
import { T3_GROUP_LABELS } from '../schema';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  't3-split-label': {
    group: 'tables', severity: 'warning', fixable: true, spec: '§8.2',
    zh: '合并单元格的标签被拆成两行',
    en: 'a merged label split over two rows (fix rebuilds it)',
    example: 'seed 004: `(五) 不予` + `予处理`',
  },
});

const messages = defineMessages({
  categoryLabelSplit: {
    zh: '分类标签被拆成两段：“{text}”与“{text2}”应为“{official}”',
    en: 'A category label is split in two: “{text}” + “{text2}” is “{official}”',
  },
  rebuildAndDelete: {
    zh: '重建标签“{official}”并删除残片“{text}”',
    en: 'Rebuild “{official}” and delete the piece “{text}”',
  },
});

const CATEGORIES = Object.values(T3_GROUP_LABELS);

export const splitLabelRule: Rule = ctx => {
  const frags = ctx.model.t3?.fragments ?? [];
  for (let i = 0; i + 1 < frags.length; i++) {
    const a = frags[i], b = frags[i + 1];
    if (b.range.start.line - a.range.start.line > 3) continue;
    const joined = joinFragments(normLabel(a.text), normLabel(b.text));
    const official = CATEGORIES.find(c => normLabel(c) === joined);
    if (!official) continue;
    ctx.report({
      code: 't3-split-label', severity: 'warning', range: a.range,
      message: messages.text(ctx.locale, 'categoryLabelSplit', { text: a.text, text2: b.text, official }),
      related: [{ range: b.range, message: b.text }],
      fixes: [{
        kind: 'rebuild-label',
        title: messages.text(ctx.locale, 'rebuildAndDelete', { official, text: b.text }),
        edits: [{ range: a.range, newText: official }, { range: b.range, newText: '' }],
        preferred: true,
      }],
    });
    i++;
  }
};
