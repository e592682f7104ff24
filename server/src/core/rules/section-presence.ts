// The six sections (spec §1.2, §1.5): present, once, in order; variant headings normalised;
// tables 二/三/四 present in their sections.

import type { Rule, RuleContext } from '../rule';
import { defineMessages, joinList } from '../messages';
import { SECTION_HEADINGS } from '../schema';
import type { Locale, Range } from '../types';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'section-missing': {
    group: 'structure', severity: 'error', fixable: false, spec: '§1.2',
    zh: '缺少六个部分之一',
    en: 'one of the six sections is missing',
  },
  'section-duplicate': {
    group: 'structure', severity: 'warning', fixable: false, spec: '§1.2',
    zh: '部分标题出现两次',
    en: 'a section heading appears twice',
  },
  'section-order': {
    group: 'structure', severity: 'warning', fixable: false, spec: '§1.2',
    zh: '六个部分顺序不对',
    en: 'sections out of order',
  },
  'section-heading-variant': {
    group: 'structure', severity: 'information', fixable: true, spec: '§1.5',
    zh: '部分标题为非标准写法',
    en: 'a variant heading (fix: the 2021 wording)',
    example: '`五、存在问题及改进情况`',
  },
  'table-missing': {
    group: 'structure', severity: 'error', fixable: false, spec: '§1.2',
    zh: '某部分没有可读取的表格',
    en: 'a section has no readable table',
  },
  'section-structure': {
    group: 'structure', severity: 'warning', fixable: false, spec: '§1.5',
    zh: '非标准提纲，对应到六个官方部分',
    en: 'a non-standard outline mapped to the six official parts in one finding: which official part stands where, which is truly absent',
    example: '总体情况\'s topics numbered 一…五, the official parts 六…十',
  },
});

/** A part's number as messages write it: 一…六 in Chinese, 1…6 in English. */
const partNumber = (index: number, locale: Locale) => locale === 'en' ? String(index) : '一二三四五六'[index - 1];

const messages = defineMessages({
  duplicateSection: {
    zh: '第{part}部分的标题出现了不止一次',
    en: 'Section {part} heading appears more than once',
  },
  sectionOutOfOrder: {
    zh: '“{heading}”的位置不对：六个部分应按一至六的顺序排列',
    en: '“{heading}” is out of order; the six sections go 一 to 六',
  },
  headingVariant: {
    zh: '标题“{heading}”与 2021 格式的写法不同，规范写法为“{official}”',
    en: 'Heading “{heading}” differs from the 2021 format: “{official}”',
  },
  fixHeading: {
    zh: '改为“{official}”',
    en: 'Change to “{official}”',
  },
  partAt: {
    zh: '第{part}部分在“{heading}”',
    en: 'part {part} is “{heading}”',
  },
  partsSeparator: {
    zh: '，',
    en: ', ',
  },
  outlineDiffers: {
    zh: '报告的结构与 2021 格式不同：{where}{missing}。格式要求六个部分依次编号为一至六',
    en: 'The outline differs from the 2021 format: {where}{missing}',
  },
  trulyMissing: {
    zh: '；确实缺少{parts}',
    en: '; truly missing: part(s) {parts}',
  },
  sectionMissing: {
    zh: '缺少第{part}部分“{heading}”',
    en: 'Section {part} “{heading}” is missing',
  },
  tableMissing: {
    zh: '没有读到{table}：表格缺失或版式无法识别',
    en: 'Could not read {table}: it is missing or its layout is not recognised',
  },
  t2Named: {
    zh: '表二（主动公开政府信息情况）',
    en: 'table 2',
  },
  t3Named: {
    zh: '表三（收到和处理政府信息公开申请情况）',
    en: 'table 3',
  },
  t4Named: {
    zh: '表四（行政复议、行政诉讼情况）',
    en: 'table 4',
  },
});

export const sectionsRule: Rule = ctx => {
  const { model, locale } = ctx;
  const top: Range = model.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: ctx.src.lines[0]?.length ?? 0 } };
  const seen = new Map<number, number>();
  let last = 0;
  for (const s of model.sections) {
    seen.set(s.index, (seen.get(s.index) ?? 0) + 1);
    const official = SECTION_HEADINGS[s.index - 1];
    if (seen.get(s.index)! > 1) {
      ctx.report({ code: 'section-duplicate', severity: 'warning', range: s.range, message: messages.text(locale, 'duplicateSection', { part: partNumber(s.index, locale) }) });
    } else if (s.index < last) {
      ctx.report({ code: 'section-order', severity: 'warning', range: s.range, message: messages.text(locale, 'sectionOutOfOrder', { heading: s.heading }) });
    }
    last = Math.max(last, s.index);
    if (s.variant && s.printed === s.index) {
      ctx.report({
        code: 'section-heading-variant', severity: 'information', range: s.range,
        message: messages.text(locale, 'headingVariant', { heading: s.heading, official }),
        fixes: [{ kind: 'heading', title: messages.text(locale, 'fixHeading', { official }), edits: [{ range: s.range, newText: official }], preferred: true }],
      });
    }
  }
  const renumbered = model.sections.filter(s => s.printed !== s.index);
  const absent = [1, 2, 3, 4, 5, 6].filter(i => !seen.has(i));
  if (renumbered.length) {
    // A non-standard outline (own topics numbered as parts, official parts renumbered): one finding.
    const where = renumbered.map(s => messages.text(locale, 'partAt', { part: partNumber(s.index, locale), heading: s.heading })).join(messages.text(locale, 'partsSeparator'));
    ctx.report({
      code: 'section-structure', severity: 'warning', range: renumbered[0].range,
      message: messages.text(locale, 'outlineDiffers', {
        where,
        missing: absent.length ? messages.text(locale, 'trulyMissing', {
          parts: locale === 'en' ? joinList('en', absent) : joinList('zh-cn', absent.map(i => `“${SECTION_HEADINGS[i - 1]}”`)),
        }) : '',
      }),
      related: renumbered.slice(1).map(s => ({ range: s.range, message: SECTION_HEADINGS[s.index - 1] })),
    });
    return tablesMissing(ctx);
  }
  for (const i of absent) {
    ctx.report({ code: 'section-missing', severity: 'error', range: top, message: messages.text(locale, 'sectionMissing', { part: partNumber(i, locale), heading: SECTION_HEADINGS[i - 1] }) });
  }
  tablesMissing(ctx);
};

function tablesMissing(ctx: RuleContext) {
  const { model, locale } = ctx;
  const tables = [[2, model.t2, 't2Named'], [3, model.t3, 't3Named'], [4, model.t4, 't4Named']] as const;
  for (const [index, table, name] of tables) {
    const s = model.sections.find(x => x.index === index);
    if (table || !s) continue;
    ctx.report({ code: 'table-missing', severity: 'error', range: s.range, message: messages.text(locale, 'tableMissing', { table: messages.text(locale, name) }) });
  }
}
