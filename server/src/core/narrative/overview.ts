// S-OV-1 (spec §1.3, ✅ warning): 一、总体情况 covers the five aspects of the format — 主动公开,
// 依申请公开, 政府信息管理, 政府信息公开平台建设, 监督保障. When the section is organised in numbered
// sub-headings that follow these aspects, the sub-headings are what is checked (seed 001 names
// 平台建设 in passing but has no such part); otherwise the whole section's text, by key words of
// the aspect's usual content (`政策解读`, `清理规范性文件`), and a finding is a guess (请核实).

import type { Rule } from '../rule';
import { defineMessages, joinList, localized } from '../messages';
import { narrativeOf } from './narrative';
import { blockText, chineseNumber, insertBeforeLine, subHeadings } from './outline';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'structure-overview-aspect': {
    group: 'narrative', severity: 'warning', fixable: true, spec: '§1.3',
    zh: '总体情况缺少五个方面之一',
    en: '一、总体情况 lacks one of the five aspects (S-OV-1)',
    example: 'seed 001: no 政府信息公开平台建设',
  },
});

const messages = defineMessages({
  aspectsMissing: {
    zh: '“一、总体情况”没有写到{aspects}方面；格式要求总体情况覆盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面',
    en: '“一、总体情况” does not cover {aspects}; the format requires five aspects: proactive disclosure, disclosure on request, information management, disclosure platforms, supervision and safeguards',
  },
  aspectsSeemMissing: {
    zh: '“一、总体情况”似乎没有写到{aspects}方面（按关键词判断，请核实）；格式要求总体情况覆盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面',
    en: '“一、总体情况” does not seem to cover {aspects} (judged by key words; please check); the format requires five aspects: proactive disclosure, disclosure on request, information management, disclosure platforms, supervision and safeguards',
  },
  aspect: {
    zh: '“{aspect}”',
    en: '{aspect}',
  },
  fixAddSubHeading: {
    zh: '在总体情况末尾添加小标题“{heading}”',
    en: 'Add the sub-heading “{heading}” at the end of the overview',
  },
});

export const ASPECTS: { zh: string; en: string; keys: RegExp; heading: string }[] = [
  { zh: '主动公开', en: 'proactive disclosure', keys: /主动公开|政策解读|公开发布|发布.{0,8}(?:信息|文件|公告|政策)/, heading: '主动公开情况' },
  { zh: '依申请公开', en: 'disclosure on request', keys: /依申请|申请/, heading: '依申请公开情况' },
  { zh: '政府信息管理', en: 'information management', keys: /信息.{0,6}管理|规范性文件|保密审查|公开属性/, heading: '政府信息管理情况' },
  { zh: '政府信息公开平台建设', en: 'disclosure platforms', keys: /平台|网站/, heading: '政府信息公开平台建设情况' },
  { zh: '监督保障', en: 'supervision and safeguards', keys: /监督|保障/, heading: '监督保障情况' },
];

/** The five aspects are asked for by the 2021 format (国办公开办函〔2021〕30号), from the 2021 reports on. */
const FIRST_YEAR = 2021;

export const overviewRule: Rule = ctx => {
  const section = ctx.model.sections.find(s => s.index === 1);
  if (!section || (ctx.model.year !== null && ctx.model.year < FIRST_YEAR)) return;
  const { paragraphs } = narrativeOf(ctx);
  const subs = subHeadings(paragraphs, 1);
  const byHeading = ASPECTS.filter(a => subs.some(s => a.keys.test(s.text))).length >= 2;
  // The section's text is read only when its sub-headings do not name the aspects.
  const body = byHeading ? '' : blockText(paragraphs.filter(p => p.section === 1 && !p.heading), 0, Infinity);
  if (!byHeading && !body) return;
  const open = subs[0]?.open ?? '（';
  const close = open === '(' ? ')' : '）';
  const missing = ASPECTS.filter(a => !(byHeading ? subs.some(s => a.keys.test(s.text)) : a.keys.test(body)));
  if (!missing.length) return;
  // One finding for the section, naming every aspect it lacks; a sub-heading to add for each.
  const aspects = joinList(ctx.locale, missing.map(a => messages.text(ctx.locale, 'aspect', { aspect: localized(ctx.locale, a) })));
  const at = section.end < ctx.src.lines.length ? section.end : ctx.src.lines.length - 1;
  ctx.report({
    code: 'structure-overview-aspect', severity: 'warning', range: section.range,
    message: messages.text(ctx.locale, byHeading ? 'aspectsMissing' : 'aspectsSeemMissing', { aspects }),
    fixes: byHeading ? missing.map((a, k) => {
      const heading = `${open}${chineseNumber(subs.length + k + 1)}${close}${a.heading}`;
      return {
        kind: 'insert-overview-aspect',
        title: messages.text(ctx.locale, 'fixAddSubHeading', { heading }),
        edits: [insertBeforeLine(ctx, at, heading)],
      };
    }) : undefined,
  });
};
