// Sub-headings numbered in both full-width `（一）` and half-width `(二)` in one report (004-12).
// Information; the fix writes the half-width ones full-width, without a space after.

import type { Rule } from '../rule';
import { defineMessages } from '../messages';
import type { Range, TextEdit } from '../types';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'numbering-mixed': {
    group: 'structure', severity: 'information', fixable: true, spec: '§8.1',
    zh: '子标题序号全角半角混用',
    en: 'sub-heading numbers in both `（一）` and `(二)` (fix: full-width)',
    example: 'seed 004',
  },
});

const messages = defineMessages({
  subHeadingNumbers: {
    zh: '小标题编号全角“（一）”与半角“(一)”混用（全角 {fullCount} 处，半角 {halfCount} 处）',
    en: 'Sub-heading numbers mix full-width “（一）” and half-width “(一)” ({fullCount} and {halfCount})',
  },
  makeFullWidth: {
    zh: '统一为全角（{halfCount} 处）',
    en: 'Make {halfCount} full-width',
  },
});

const HEADING_NUMBER = /^(\s*(?:#{1,6}\s*)?)([（(])([一二三四五六七八九十]{1,3})([）)])([ \u3000]*)/;

export const numberingStyleRule: Rule = ctx => {
  const full: Range[] = [], half: TextEdit[] = [];
  ctx.src.lines.forEach((s, line) => {
    if (ctx.tableLines.has(line)) return;
    const m = HEADING_NUMBER.exec(s);
    if (!m) return;
    const start = m[1].length;
    const range = { start: { line, character: start }, end: { line, character: start + m[2].length + m[3].length + m[4].length + m[5].length } };
    if (m[2] === '（' && m[4] === '）') full.push(range);
    else half.push({ range, newText: `（${m[3]}）` });
  });
  if (!full.length || !half.length) return;
  ctx.report({
    code: 'numbering-mixed', severity: 'information', range: half[0].range,
    message: messages.text(ctx.locale, 'subHeadingNumbers', { fullCount: full.length, halfCount: half.length }),
    fixes: [{ kind: 'numbering', title: messages.text(ctx.locale, 'makeFullWidth', { halfCount: half.length }), edits: half, preferred: true }],
  });
};
