// Table 二 values: every cell present (T2-1), 现行有效 not below 本年制发 (T2-4), and 规章 only
// where the issuer may make them (T2-5).

import { mayMakeRules } from '../issuer';
import type { Rule } from '../rule';
import { defineMessages, joinList } from '../messages';
import { cellLabel, T2_IDS, T2_ROWS } from '../schema';
import type { Locale } from '../types';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  't2-missing-cell': {
    group: 'tables', severity: 'error', fixable: false, spec: '§2.2',
    zh: '表二缺少数值',
    en: 'a value of table 二 is missing',
  },
  't2-effective-lt-issued': {
    group: 'tables', severity: 'warning', fixable: false, spec: '§2.2',
    zh: '现行有效件数小于本年制发件数',
    en: 'T2-4: 现行有效件数 below 本年制发件数',
    example: '制发 2, 现行有效 1',
  },
  't2-rules-authority': {
    group: 'tables', severity: 'warning', fixable: false, spec: '§2.2',
    zh: '无规章制定权的机关填报了规章',
    en: 'T2-5: 规章 reported by an issuer that cannot make them',
    example: 'a 区 government with 规章 1',
  },
});

/** How a message names a cell of table 2: its Chinese label, or its id in English. */
const cellText = (id: string, locale: Locale) => locale === 'en' ? id : cellLabel(id);

const messages = defineMessages({
  missingValues: {
    zh: '表二缺少 {count} 个数据：{cells}',
    en: 'Table 2 lacks {count} value(s): {cells}',
  },
  effectiveBelowIssued: {
    zh: '「{effective}」({effectiveValue}) 小于「{issued}」({issuedValue})：本年新制发的文件通常仍然有效，请核实',
    en: '{effective} ({effectiveValue}) is below {issued} ({issuedValue}); documents issued this year are normally still in force',
  },
  rulesNotIssuedHere: {
    zh: '只有省级、设区的市级人民政府能制定规章；本机关的「{cell}」应为 0，请核实',
    en: 'Only provinces and cities with districts make 规章; {cell} should be 0 for this issuer',
  },
});

export const t2ValuesRule: Rule = ctx => {
  const { model, locale } = ctx;
  const t2 = model.t2;
  if (!t2 || t2.outdated.length) return; // the 2019 template: reported by outdated-template
  const unsure = new Set(t2.uncertain.flatMap(u => T2_ROWS.find(r => r.label === u.row)?.ids ?? []));
  const missing = T2_IDS.filter(id => !t2.cells[id].range && !unsure.has(id));
  if (missing.length) {
    ctx.report({
      code: 't2-missing-cell', severity: 'error', range: { start: t2.range.start, end: { line: t2.range.start.line, character: ctx.src.lines[t2.range.start.line].length } },
      message: messages.text(locale, 'missingValues', { count: missing.length, cells: joinList(locale, missing.map(id => cellText(id, locale))) }),
      cells: missing,
    });
  }
  for (const [issued, effective] of [['A1', 'A3'], ['B1', 'B3']] as const) {
    const a = t2.cells[issued], b = t2.cells[effective];
    if (a.value === null || b.value === null || !b.range || b.value >= a.value) continue;
    ctx.report({
      code: 't2-effective-lt-issued', severity: 'warning', range: b.range, cells: [issued, effective],
      message: messages.text(locale, 'effectiveBelowIssued', { effective: cellText(effective, locale), effectiveValue: String(b.value), issued: cellText(issued, locale), issuedValue: String(a.value) }),
      related: a.range ? [{ range: a.range, message: cellLabel(issued, locale) }] : undefined,
    });
  }
  const allowed = model.title ? mayMakeRules(model.title.issuer, model.issuerKind) : null;
  if (allowed === false) {
    for (const id of ['A1', 'A2', 'A3'] as const) {
      const c = t2.cells[id];
      if (!c.range || !c.value) continue;
      ctx.report({
        code: 't2-rules-authority', severity: 'warning', range: c.range, cells: [id],
        message: messages.text(locale, 'rulesNotIssuedHere', { cell: cellText(id, locale) }),
      });
    }
  }
};
