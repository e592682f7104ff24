// Spec §0, §5.3: a web copy's `发布时间`. Departments publish by 31 January, governments by
// 31 March of the next year (条例 第四十九条, 🔶): later → information. A date within the report's
// own year (or earlier) contradicts the title year → warning.

import type { Rule } from '../rule';
import { defineMessages } from '../messages';
import { range } from '../text';
import type { Range } from '../types';
import { PUBLISH_DATE as DATE } from '../find-sections';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'structure-publish-late': {
    group: 'narrative', severity: 'information', fixable: false, spec: '§0',
    zh: '发布时间晚于法定期限',
    en: '`发布时间` after the legal deadline (departments 1月31日, governments 3月31日)',
    example: 'a government report published 2025-04-10',
  },
});

const messages = defineMessages({
  publishedInReportYear: {
    zh: '发布时间 {date} 不晚于报告年度 {year} 年：年报应在次年发布，请核对标题年份',
    en: 'Published {date}, within the report\'s year {year}: annual reports appear the next year; check the title\'s year',
  },
  publishedLate: {
    zh: '发布时间 {date} 晚于法定期限 {deadline}（{rule}公布上一年度年报）',
    en: 'Published {date}, after the deadline {deadline} ({rule})',
  },
  departmentDeadline: {
    zh: '政府部门应于每年1月31日前',
    en: 'departments publish by 31 January',
  },
  governmentDeadline: {
    zh: '人民政府应于每年3月31日前',
    en: 'governments publish by 31 March',
  },
});

export const publishRule: Rule = ctx => {
  const { model, locale } = ctx;
  const year = model.year;
  if (year === null) return;
  let date = model.publishDate;
  let where: Range | null = null;
  for (let i = 0; i < Math.min(ctx.src.lines.length, 15); i++) {
    const m = DATE.exec(ctx.src.lines[i]);
    if (!m) continue;
    date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    where = range(i, m.indices![1][0], m.indices![3][1]);
    break;
  }
  if (!date) return;
  where ??= model.title?.range ?? range(0, 0, 0);
  if (Number(date.slice(0, 4)) <= year) {
    ctx.report({
      code: 'structure-year-mismatch', severity: 'warning', range: where,
      message: messages.text(locale, 'publishedInReportYear', { date, year }),
    });
    return;
  }
  const department = model.issuerKind === 'department';
  const deadline = `${year + 1}-${department ? '01-31' : '03-31'}`;
  if (date <= deadline) return;
  ctx.report({
    code: 'structure-publish-late', severity: 'information', range: where,
    message: messages.text(locale, 'publishedLate', { date, deadline, rule: messages.text(locale, department ? 'departmentDeadline' : 'governmentDeadline') }),
  });
};
