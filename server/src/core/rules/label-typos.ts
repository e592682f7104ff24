// Fixed labels (spec §2.1, §3.2, §4.1): a typo is an error (`本年度止件数`, `其他法律法规禁止公开`);
// half-width punctuation, stray spaces and numbering variants are one information per table.

import type { LabelCell } from '../model';
import { coreLabel, normLabel } from '../normalise';
import { offsetAt } from '../text';
import type { Rule, RuleContext } from '../rule';
import { defineMessages } from '../messages';
import { tableName } from '../schema';
import type { TextEdit } from '../types';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'label-typo': {
    group: 'tables', severity: 'error', fixable: true, spec: '§3.2',
    zh: '固定标签有错别字',
    en: 'a fixed label with a typo (fix: the official wording)',
    example: 'seed 004: `本年度止件数`; seed 003: `其他法律法规禁止公开`',
  },
  'label-truncated': {
    group: 'tables', severity: 'warning', fixable: true, spec: '§3.1',
    zh: '表头标签不完整，按位置对应列',
    en: 'header labels cut short; columns matched by position',
    example: 'seed 001: `结果 | 其他 | 尚未`',
  },
  'label-normalise': {
    group: 'tables', severity: 'information', fixable: true, spec: '§8.1',
    zh: '标签为半角或带空格的写法',
    en: 'labels in half-width or spaced form, one finding per table (fix: the official full-width form)',
    example: '`(一) 予以公开` → `（一）予以公开`',
  },
});

const messages = defineMessages({
  labelTypo: {
    zh: '{table}的固定标签有误：“{text}”应为“{official}”',
    en: '{table}: fixed label “{text}” should read “{official}”',
  },
  fixLabel: {
    zh: '改为“{official}”',
    en: 'Change to “{official}”',
  },
  labelsTruncated: {
    zh: '{table}有 {count} 处固定标签被截断（如“{text}”），各列只能按位置对应',
    en: '{table}: {count} fixed label(s) are cut short (e.g. “{text}”); columns are matched by position',
  },
  fixTruncatedLabels: {
    zh: '按位置补全 {count} 处表头',
    en: 'Complete {count} header label(s) by position',
  },
  labelsNonStandard: {
    zh: '{table}有 {count} 处固定标签与官方写法不一致（半角括号、空格或编号写法），如“{text}”应为“{official}”',
    en: '{table}: {count} fixed label(s) differ from the official form (half-width brackets, spaces, numbering), e.g. “{text}” → “{official}”',
  },
  fixNormaliseLabels: {
    zh: '规范{table}的 {count} 处固定标签',
    en: 'Normalise {count} label(s) of {table}',
  },
});

type Labelled = { cell: LabelCell; official: string };

/** The text before the cell (a virtual line of flattened text continues the one before it). */
const before = (ctx: RuleContext, cell: LabelCell) => {
  const at = offsetAt(ctx.src, cell.range.start);
  return ctx.src.text.slice(Math.max(0, at - 8), at);
};

function checkLabels(ctx: RuleContext, labels: Labelled[], table: string, explicitCells: boolean) {
  const { locale } = ctx;
  const deviations: Labelled[] = [];
  const truncated: Labelled[] = [];
  for (const l of labels) {
    const { cell, official } = l;
    if (cell.text === official) continue;
    // The missing number stands right before the cell (`（七）` | `总计`, cut apart in flattened
    // text): the label is whole in the report, and writing the number again would double it.
    if (official.endsWith(cell.text) && before(ctx, cell).endsWith(official.slice(0, -cell.text.length))) continue;
    const core = coreLabel(cell.text), full = coreLabel(official);
    if (core === full || normLabel(cell.text) === normLabel(official)) {
      deviations.push(l);
      continue;
    }
    // Part of the label: a piece wrapped onto another line (space layouts), a cell cut short
    // (`结果` for `结果纠正`), or — nearly all of it in its own cell — a dropped character.
    if (full.includes(core) && (!explicitCells || core.length <= full.length * 0.6)) {
      if (explicitCells) truncated.push(l);
      continue;
    }
    ctx.report({
      code: 'label-typo', severity: 'error', range: cell.range,
      message: messages.text(locale, 'labelTypo', { table, text: cell.text, official }),
      fixes: [{ kind: 'label', title: messages.text(locale, 'fixLabel', { official }), edits: [{ range: cell.range, newText: official }], preferred: true }],
    });
  }
  if (truncated.length) {
    const first = truncated[0];
    ctx.report({
      code: 'label-truncated', severity: 'warning', range: first.cell.range,
      message: messages.text(locale, 'labelsTruncated', { table, count: truncated.length, text: first.cell.text }),
      related: truncated.slice(1).map(x => ({ range: x.cell.range, message: `${x.cell.text} → ${x.official}` })),
      fixes: [{ kind: 'label', title: messages.text(locale, 'fixTruncatedLabels', { count: truncated.length }), edits: truncated.map(x => ({ range: x.cell.range, newText: x.official })) }],
    });
  }
  if (!deviations.length) return;
  const edits: TextEdit[] = deviations.map(d => ({ range: d.cell.range, newText: d.official }));
  const first = deviations[0];
  ctx.report({
    code: 'label-normalise', severity: 'information', range: first.cell.range,
    message: messages.text(locale, 'labelsNonStandard', { table, count: deviations.length, text: first.cell.text, official: first.official }),
    fixes: [{ kind: 'label-normalise', title: messages.text(locale, 'fixNormaliseLabels', { table, count: deviations.length }), edits, preferred: true }],
  });
}

export const labelsRule: Rule = ctx => {
  const { t2, t3, t4 } = ctx.model;
  const explicit = (layout: string) => layout === 'tab' || layout === 'pipe' || layout === 'markdown' || layout === 'cell-per-line';
  if (t2) checkLabels(ctx, t2.labels, tableName('t2', ctx.locale), explicit(t2.layout));
  if (t3) checkLabels(ctx, t3.labels, tableName('t3', ctx.locale), explicit(t3.layout));
  if (t4) checkLabels(ctx, t4.labels, tableName('t4', ctx.locale), explicit(t4.layout));
};
