// Spec §1.4 (🔶): 六、其他需要报告的事项 states how 信息处理费 (国办函〔2020〕109号) was charged.
// Missing: warning for a people's government, and for a department that sent fee notices
// (表三 R22 > 0); information for other departments, which may write `无`. A statement about
// `收费项目` that never names 信息处理费 is vague wording (003-10): information.

import type { Rule } from '../rule';
import { defineMessages } from '../messages';
import type { TextEdit } from '../types';
import { tableFigure } from './indicators';
import { narrativeOf } from './narrative';
import { insertAfterLine, lastProseLine } from './outline';
import { rangeIn } from './prose';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'structure-fee-statement': {
    group: 'narrative', severity: 'warning', also: ['information'], fixable: true, spec: '§1.4',
    zh: '第六部分未说明信息处理费情况',
    en: '六 does not state the 信息处理费 situation (fix inserts `本年度未收取信息处理费。`)',
    example: 'seed 004: 六 says only `无。`',
  },
});

const messages = defineMessages({
  fixStateNoFee: {
    zh: '写明“{sentence}”（如有收费请改写）',
    en: 'State “{sentence}” (rewrite if fees were charged)',
  },
  feeOnlyNone: {
    zh: '信息处理费一项只写了“无”，建议写明“本年度未收取信息处理费。”',
    en: 'The information processing fee item only says “无”; state “本年度未收取信息处理费。”',
  },
  feeItemsOnly: {
    zh: '“六、其他需要报告的事项”提到收费，但没有写明信息处理费的收取情况（信息处理费不同于收费项目）',
    en: 'Section 六 mentions fees but not the information processing fee (信息处理费), which is not a fee item',
  },
  feeMisplaced: {
    zh: '信息处理费的收取情况应写在“六、其他需要报告的事项”中',
    en: 'The information processing fee belongs in section 六',
  },
  feeNotStated: {
    zh: '“六、其他需要报告的事项”没有说明信息处理费的收取情况（国办函〔2020〕109号）',
    en: 'Section 六 does not state whether information processing fees were charged (国办函〔2020〕109号)',
  },
  feeNoticesSent: {
    zh: '；表三记有 {notices} 件逾期未缴费的申请，说明本年发出过收费通知',
    en: '; table 3 records {notices} requests dropped for unpaid fees, so fee notices were sent',
  },
});

const TEMPLATE = '本年度未收取信息处理费。';

export const feeRule: Rule = ctx => {
  const section = ctx.model.sections.find(s => s.index === 6);
  if (!section) return;
  const { paragraphs, cells } = narrativeOf(ctx);
  const all = paragraphs.filter(p => p.section === 6);
  const body = all.filter(p => !p.heading);
  // A statement names the fee; a sub-heading (`…信息处理费收取情况。`) only announces one.
  if (all.some(p => p.text.includes('处理费') && !(p.heading && /情况[。.]?$/.test(p.text)))) return;
  const lone = (p: (typeof all)[number] | undefined) => p && !p.heading && /^无[。.]?$/.test(p.text) ? p : null;
  const replaceOrAdd = (p: (typeof all)[number] | null, line: number): TextEdit =>
    p ? { range: rangeIn(p, 0, p.text.length), newText: TEMPLATE } : insertAfterLine(ctx, line, TEMPLATE);
  const fix = (edit: TextEdit) => [{
    kind: 'insert-fee-statement',
    title: messages.text(ctx.locale, 'fixStateNoFee', { sentence: TEMPLATE }),
    edits: [edit],
  }];
  // `（一）政府信息处理费收取情况。` followed by `无。` (seed 000): acceptable, but say it plainly.
  const heading = all.findIndex(p => p.text.includes('处理费'));
  if (heading >= 0) {
    ctx.report({
      code: 'structure-fee-statement', severity: 'information', range: rangeIn(all[heading], 0, all[heading].text.length),
      message: messages.text(ctx.locale, 'feeOnlyNone'),
      fixes: fix(replaceOrAdd(lone(all[heading + 1]), all[heading].lastLine)),
    });
    return;
  }
  const elsewhere = paragraphs.some(p => p.section !== 6 && p.text.includes('信息处理费'));
  const notices = tableFigure(ctx.model, ['R22.C7'], cells).value ?? 0;
  const vague = body.some(p => p.text.includes('收费') || p.text.includes('费用'));
  const severity = !vague && !elsewhere && (ctx.model.issuerKind === 'government' || notices > 0) ? 'warning' : 'information';
  // A body that is only `无。` is replaced; otherwise the sentence is added after the last line.
  const edit = replaceOrAdd(body.length === 1 ? lone(body[0]) : null, lastProseLine(ctx, section));
  const why = vague
    ? messages.text(ctx.locale, 'feeItemsOnly')
    : elsewhere
      ? messages.text(ctx.locale, 'feeMisplaced')
      : messages.text(ctx.locale, 'feeNotStated');
  ctx.report({
    code: 'structure-fee-statement', severity, range: section.range,
    message: why + (notices > 0 ? messages.text(ctx.locale, 'feeNoticesSent', { notices }) : ''),
    cells: notices > 0 ? ['R22.C7'] : undefined,
    fixes: fix(edit),
  });
};
