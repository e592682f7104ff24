// A merged category label split across two rows by extraction (spec 004-15): `(五) 不予` on one
// row and `予处理` on the next. The pieces are joined (dropping the repeated character) and
// rebuilt as the official label.

import { joinFragments, normLabel } from '../normalise';
import type { Rule } from '../rule';
import { t } from '../rule';
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
      message: t(ctx.locale, `分类标签被拆成两段：“${a.text}”与“${b.text}”应为“${official}”`, `A category label is split in two: “${a.text}” + “${b.text}” is “${official}”`),
      related: [{ range: b.range, message: b.text }],
      fixes: [{
        kind: 'rebuild-label',
        title: t(ctx.locale, `重建标签“${official}”并删除残片“${b.text}”`, `Rebuild “${official}” and delete the piece “${b.text}”`),
        edits: [{ range: a.range, newText: official }, { range: b.range, newText: '' }],
        preferred: true,
      }],
    });
    i++;
  }
};
