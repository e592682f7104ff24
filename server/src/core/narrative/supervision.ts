// S-OV-2 (spec §1.3, ✅ warning; 条例 第五十条): a people's government's report states the results
// of 工作考核, 社会评议 and 责任追究 under 监督保障 (or, lacking that part, in 一、总体情况).

import type { Rule } from '../rule';
import { defineMessages, joinList, localized } from '../messages';
import { narrativeOf } from './narrative';
import { blockText, insertAfterLine, subHeadings } from './outline';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'structure-supervision': {
    group: 'narrative', severity: 'warning', fixable: true, spec: '§1.3',
    zh: '监督保障缺少考核、评议或责任追究',
    en: 'a government report\'s 监督保障 lacks 考核 / 评议 / 责任追究 (S-OV-2)',
    example: 'seed 004: no 社会评议, 责任追究',
  },
});

const messages = defineMessages({
  supervisionResultsMissing: {
    zh: '人民政府的年报应在监督保障部分写明工作考核、社会评议和责任追究结果情况；缺少：{missing}',
    en: 'A people\'s government\'s report states the results of performance assessment, public evaluation and accountability under supervision; missing: {missing}',
  },
  fixInsertTemplate: {
    zh: '插入模板句“{sentence}”',
    en: 'Insert the template “{sentence}”',
  },
});

const ITEMS: { zh: string; en: string; keys: RegExp; template: string }[] = [
  { zh: '工作考核', en: 'performance assessment', keys: /考核|考评|评估/, template: '工作考核结果：……' },
  { zh: '社会评议', en: 'public evaluation', keys: /评议/, template: '社会评议结果：……' },
  { zh: '责任追究', en: 'accountability', keys: /责任追究|追责|问责/, template: '责任追究结果：……' },
];

export const supervisionRule: Rule = ctx => {
  if (ctx.model.issuerKind !== 'government') return;
  const section = ctx.model.sections.find(s => s.index === 1);
  if (!section) return;
  const { paragraphs } = narrativeOf(ctx);
  const subs = subHeadings(paragraphs, 1);
  const k = subs.findIndex(s => /监督|保障/.test(s.text));
  const sectionParas = paragraphs.map((p, i) => ({ p, i })).filter(x => x.p.section === 1);
  if (!sectionParas.length) return;
  const from = k >= 0 ? subs[k].index : sectionParas[0].i;
  const to = k >= 0 && k + 1 < subs.length ? subs[k + 1].index : sectionParas[sectionParas.length - 1].i + 1;
  const text = blockText(paragraphs, from, to);
  const missing = ITEMS.filter(i => !i.keys.test(text));
  if (!missing.length) return;
  const where = k >= 0 ? subs[k].range : section.range;
  const sentence = `本年度政府信息公开${missing.map(m => m.template).join('；')}。`;
  const lastLine = paragraphs[to - 1].lastLine;
  ctx.report({
    code: 'structure-supervision', severity: 'warning', range: where,
    message: messages.text(ctx.locale, 'supervisionResultsMissing', { missing: joinList(ctx.locale, missing.map(m => localized(ctx.locale, m))) }),
    fixes: [{
      kind: 'insert-supervision',
      title: messages.text(ctx.locale, 'fixInsertTemplate', { sentence }),
      edits: [insertAfterLine(ctx, lastLine, sentence)],
    }],
  });
};
