// Wrong wording in the prose that has one right replacement (`narrative-wording`, information):
// `结转下半年` for 结转下年度 (004-4), `人大提案` for 人大代表建议 (000-9),
// `政府信息平台建设` for 政府信息公开平台建设 (004-10).

import type { Rule } from '../rule';
import { defineMessages, localized } from '../messages';
import { narrativeOf } from './narrative';
import { rangeIn } from './prose';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'narrative-wording': {
    group: 'narrative', severity: 'information', fixable: true, spec: '§5.3',
    zh: '非标准用语',
    en: 'non-standard wording (fix: the standard term)',
    example: 'seed 004: `结转下半年` → `结转下年度`; seed 000: `人大提案` → `人大代表建议`',
  },
});

const messages = defineMessages({
  wording: {
    zh: '用语不规范：{reason}',
    en: 'Wording: {reason}',
  },
  fixWording: {
    zh: '改为“{right}”',
    en: 'Replace with “{right}”',
  },
});

/** Wrong phrase, the part of it to replace, its replacement, and the reason. */
const WORDING: { wrong: string; part: string; right: string; zh: string; en: string }[] = [
  { wrong: '结转下半年', part: '下半年', right: '下年度', zh: '申请结转到下一年度，不是“下半年”', en: 'requests carry over to the next year, not the “second half of the year”' },
  { wrong: '人大提案', part: '人大提案', right: '人大代表建议', zh: '人大方面称“人大代表建议”，“提案”属于政协', en: 'deputies of the people’s congress make “建议”; “提案” belong to the CPPCC' },
  { wrong: '政府信息平台建设', part: '政府信息平台建设', right: '政府信息公开平台建设', zh: '格式的用语是“政府信息公开平台建设”', en: 'the format’s wording is “政府信息公开平台建设”' },
];

export const wordingRule: Rule = ctx => {
  const { paragraphs } = narrativeOf(ctx);
  const { locale } = ctx;
  for (const p of paragraphs) {
    for (const w of WORDING) {
      for (let at = p.text.indexOf(w.wrong); at >= 0; at = p.text.indexOf(w.wrong, at + w.wrong.length)) {
        const start = at + w.wrong.indexOf(w.part);
        const range = rangeIn(p, start, start + w.part.length);
        ctx.report({
          code: 'narrative-wording', severity: 'information', range,
          message: messages.text(locale, 'wording', { reason: localized(locale, w) }),
          fixes: range.start.line !== range.end.line ? undefined
            : [{ kind: 'fix-wording', title: messages.text(locale, 'fixWording', { right: w.right }), edits: [{ range, newText: w.right }], preferred: true }],
        });
      }
    }
  }
};
