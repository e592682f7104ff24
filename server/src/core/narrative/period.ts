// Spec §0, §5.3: the 统计期限 sentence. Missing → information (the format's requirement is ❓),
// with a fix inserting the usual sentence before 一、总体情况 (001-2, 002-1, 003-11). Present but
// not 1月1日–12月31日 of the title's year → warning, fixing only the wrong figures (N12).
// Real wordings: `统计期限为…至…`, `数据统计时段为…`, `数据统计时间自…起至…止`, `统计期限从…`,
// `数据统计截至…`. Reports whose preamble was taken for the title (web copies without line
// breaks) are read there too.

import type { Rule, RuleContext } from '../rule';
import { defineMessages } from '../messages';
import type { TextEdit } from '../types';
import { narrativeOf } from './narrative';
import { insertAfterLine, insertBeforeLine } from './outline';
import { rangeIn, type Paragraph } from './prose';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'structure-period-missing': {
    group: 'narrative', severity: 'information', fixable: true, spec: '§0',
    zh: '没有统计期限说明',
    en: 'no 统计期限 sentence (fix inserts it); found in its real wordings (`统计期限为…至…`, `数据统计时段为…`, `数据统计时间自…起至…止`, `统计期限从…`, `数据统计截至…`), also in a preamble read as the title',
    example: 'seeds 001, 002, 003',
  },
  'structure-period-wrong': {
    group: 'narrative', severity: 'warning', fixable: true, spec: '§0',
    zh: '统计期限不是报告年度的 1月1日至12月31日',
    en: 'the 统计期限 is not 1月1日–12月31日 of the report\'s year',
    example: '`统计期限自2023年1月1日…` in a 2024 report',
  },
});

const messages = defineMessages({
  periodWrong: {
    zh: '统计期限应为 {year}年1月1日至{year}年12月31日（与标题年份一致），此处写的是“{period}”',
    en: 'The statistical period should be 1 January to 31 December {year} (the title\'s year); the text says “{period}”',
  },
  fixPeriod: {
    zh: '改为 {year}年1月1日至{year}年12月31日',
    en: 'Set to 1 Jan – 31 Dec {year}',
  },
  periodMissing: {
    zh: '没有写明统计期限（惯常写法：“本报告中所列数据的统计期限自YYYY年1月1日起至YYYY年12月31日止。”）',
    en: 'The statistical period is not stated (usually “本报告中所列数据的统计期限自YYYY年1月1日起至YYYY年12月31日止。”)',
  },
  fixInsertPeriod: {
    zh: '插入统计期限句',
    en: 'Insert the statistical period sentence',
  },
});

const KEY = /统计(?:期限|时限|时段|区间|周期|时间|范围|截止|截至)/g;
const SPAN = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^\d。；]{0,8}?(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/d;
const YEAR_ONLY = /(\d{4})\s*年度?/d;

/** The title's lines as paragraphs of their own (prose leaves them out). */
function titleLines(ctx: RuleContext): Paragraph[] {
  const r = ctx.model.title?.range;
  if (!r) return [];
  const out: Paragraph[] = [];
  for (let line = r.start.line; line <= r.end.line; line++) {
    const text = ctx.src.lines[line];
    if (text.includes('统计')) out.push({ text, section: 0, firstLine: line, lastLine: line, heading: false, segStart: [0], segLine: [line], segChar: [0] });
  }
  return out;
}

export const periodRule: Rule = ctx => {
  const { model, locale } = ctx;
  if (!model.title && !model.sections.length) return;
  const year = model.year;
  let found = false;
  for (const p of [...titleLines(ctx), ...narrativeOf(ctx).paragraphs]) {
    KEY.lastIndex = 0;
    for (let k = KEY.exec(p.text); k; k = KEY.exec(p.text)) {
      const from = k.index + k[0].length;
      const window = p.text.slice(from, from + 60);
      const m = SPAN.exec(window) ?? YEAR_ONLY.exec(window);
      if (!m || m.index > 12) continue;
      found = true;
      if (year === null) continue;
      // Expected value of each captured figure: start year, 1, 1, end year, 12, 31.
      const want = m.length > 2 ? [year, 1, 1, year, 12, 31] : [year];
      const edits: TextEdit[] = [];
      for (let g = 1; g < m.length; g++) {
        if (m[g] === undefined || Number(m[g]) === want[g - 1]) continue;
        const [s, e] = m.indices![g]!;
        edits.push({ range: rangeIn(p, from + s, from + e), newText: String(want[g - 1]) });
      }
      if (!edits.length) continue;
      const range = rangeIn(p, from + m.index, from + m.index + m[0].length);
      ctx.report({
        code: 'structure-period-wrong', severity: 'warning', range,
        message: messages.text(locale, 'periodWrong', { year, period: m[0] }),
        fixes: [{ kind: 'set-period', title: messages.text(locale, 'fixPeriod', { year }), edits, preferred: true }],
      });
    }
  }
  if (found) return;
  const sentence = year !== null ? `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。` : '';
  const first = model.sections.find(s => s.index === 1);
  const edit = !sentence ? null
    : first ? insertBeforeLine(ctx, first.range.start.line, sentence)
      : model.title ? insertAfterLine(ctx, model.title.range.end.line, sentence) : null;
  ctx.report({
    code: 'structure-period-missing', severity: 'information',
    range: model.title?.range ?? first?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: messages.text(locale, 'periodMissing'),
    fixes: edit ? [{ kind: 'insert-period', title: messages.text(locale, 'fixInsertPeriod'), edits: [edit] }] : undefined,
  });
};
