// The 2019 trial template used after 2021 (spec §5.3, §6): its labels in table 二 mean the whole
// table follows the wrong format.

import type { Rule } from '../rule';
import { defineMessages } from '../messages';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'outdated-template': {
    group: 'tables', severity: 'error', fixable: false, spec: '§6',
    zh: '表二使用 2019 年试行格式',
    en: 'table 二 in the 2019 trial format',
    example: '`本年新制作数量`',
  },
});

const messages = defineMessages({
  tableUsesOutdated: {
    zh: '表二使用了过时的 2019 试行格式（如“{text}”）：2021 年度起应使用国办公开办函〔2021〕30号格式（本年制发件数 / 本年废止件数 / 现行有效件数 …）',
    en: 'Table 2 uses the outdated 2019 trial template (e.g. “{text}”); reports from 2021 on use the 2021 format',
  },
});

export const outdatedTemplateRule: Rule = ctx => {
  const t2 = ctx.model.t2;
  if (!t2?.outdated.length || (ctx.model.year !== null && ctx.model.year < 2021)) return;
  const first = t2.outdated[0];
  ctx.report({
    code: 'outdated-template', severity: 'error', range: first.range,
    message: messages.text(ctx.locale, 'tableUsesOutdated', { text: first.text }),
    related: t2.outdated.slice(1).map(o => ({ range: o.range, message: o.text })),
  });
};
