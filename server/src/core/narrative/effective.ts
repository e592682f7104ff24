// T2-6 (spec §2.2, §5.2): 现行有效 carries on from last year — previous A3 + A1 − A2 = A3, and the
// same for 行政规范性文件 (B). Often broken for good reasons (expiry, clean-ups, reorganisation),
// so information with the difference. Not applied across the 2019 → 2021 format change.

import type { CrossYearRule, FigureCell } from './year-figures';
import { defineMessages } from '../messages';
import { cellLabel } from '../schema';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'crossyear-effective': {
    group: 'narrative', severity: 'information', fixable: false, spec: '§5.2',
    zh: '现行有效件数与上年报告衔接不上',
    en: 'last year\'s 现行有效 + 制发 − 废止 ≠ this year\'s 现行有效 (T2-6), difference shown',
    example: '20 + 2 − 1 = 21 ≠ 15',
  },
});

const messages = defineMessages({
  rulesName: {
    zh: '规章',
    en: 'rules',
  },
  documentsName: {
    zh: '行政规范性文件',
    en: 'normative documents',
  },
  lastYear: {
    zh: '上年',
    en: 'last year',
  },
  inForceDiscontinuous: {
    zh: '{name}现行有效件数与上年不衔接：{year}年现行有效 + 本年制发 − 本年废止 = {formula}，表中为 {value}（差 {difference}）。如有文件到期失效或清理，可在正文说明',
    en: '{name} in force do not follow from last year: {year} in force + issued − repealed = {formula}, the table has {value} (difference {difference}). Expiry or clean-ups may explain it',
  },
});

export const effectiveRule: CrossYearRule = (model, prev, locale, report) => {
  if (prev.year !== null && prev.year < 2021) return;
  if (model.year !== null && prev.year !== null && prev.year !== model.year - 1) return;
  for (const row of ['A', 'B'] as const) {
    const cell = (m: typeof model, n: number): FigureCell | undefined => m.cells.get(`${row}${n}`);
    const before = cell(prev, 3), issued = cell(model, 1), repealed = cell(model, 2), now = cell(model, 3);
    if (!before || !issued || !repealed || !now?.range) continue;
    if ([before, issued, repealed, now].some(c => c.value === null)) continue;
    const expected = before.value! + issued.value! - repealed.value!;
    if (expected === now.value) continue;
    const name = row === 'A' ? messages.text(locale, 'rulesName') : messages.text(locale, 'documentsName');
    const formula = `${before.value} + ${issued.value} − ${repealed.value} = ${expected}`;
    const py = prev.year ?? messages.text(locale, 'lastYear');
    report({
      code: 'crossyear-effective', severity: 'information', range: now.range, cells: [issued.id, repealed.id, now.id],
      expected, delta: now.value! - expected,
      message: messages.text(locale, 'inForceDiscontinuous', { name, year: py, formula, value: now.value!, difference: now.value! - expected }),
      related: [issued, repealed].filter(c => c.range).map(c => ({ range: c.range!, message: `${cellLabel(c.id, locale)} = ${c.value}` })),
    });
  }
};
