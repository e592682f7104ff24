// N12: the body speaks of the report's year. A sentence of the preamble or of 一、总体情况 that
// opens with another year (`2023 年，我区…` in a 2024 report, typically left over from last
// year's text) → warning. Plans (`2025 年将…`) are left alone.

import type { Rule } from '../rule';
import { defineMessages } from '../messages';
import { narrativeOf } from './narrative';
import { rangeIn } from './prose';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'structure-year-mismatch': {
    group: 'narrative', severity: 'warning', fixable: true, spec: '§0',
    zh: '标题、统计期限与正文年份不一致',
    en: 'title, period and body years disagree',
    example: '`2023 年，我县…` in a 2024 report',
  },
});

const messages = defineMessages({
  yearDiffers: {
    zh: '正文写的是 {said} 年，报告年度（标题）为 {year} 年',
    en: 'The text speaks of {said}; the report\'s year (title) is {year}',
  },
  fixYear: {
    zh: '改为 {year}',
    en: 'Change to {year}',
  },
});

const OPENING = /(?:^|[。；！？])\s*(\d{4})\s*年度?\s*[，,]/g;
const PLAN = /将|拟|计划|下一步|力争/;

export const yearsRule: Rule = ctx => {
  const year = ctx.model.year;
  if (year === null) return;
  const { paragraphs } = narrativeOf(ctx);
  for (const p of paragraphs) {
    if (p.section > 1 || p.heading) continue;
    OPENING.lastIndex = 0;
    for (let m = OPENING.exec(p.text); m; m = OPENING.exec(p.text)) {
      const y = Number(m[1]);
      if (y === year || y < 2000) continue;
      const end = m.index + m[0].length;
      if (PLAN.test(p.text.slice(end, end + 15))) continue;
      const start = m.index + m[0].indexOf(m[1]);
      const range = rangeIn(p, start, start + 4);
      ctx.report({
        code: 'structure-year-mismatch', severity: 'warning', range, expected: year, delta: y - year,
        message: messages.text(ctx.locale, 'yearDiffers', { said: y, year }),
        fixes: [{ kind: 'set-year', title: messages.text(ctx.locale, 'fixYear', { year }), edits: [{ range, newText: String(year) }] }],
      });
    }
  }
};
