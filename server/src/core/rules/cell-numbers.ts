// How each table number is written (T2-1, T2-2, T2-3, T3-E4, T4-E4; spec §8.3): malformed digits
// (`00`, letter O, two numbers in one cell), decimals where counts are required, negatives, units, empty symbols, separators.

import { cellsWithCategories } from '../model';
import { isPlainNumber, parseNumber } from '../numbers';
import type { Rule, RuleContext } from '../rule';
import { defineMessages } from '../messages';
import { cellLabel } from '../schema';
import type { Cell, Finding } from '../types';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'number-malformed': {
    group: 'tables', severity: 'error', fixable: true, spec: '§8.3',
    zh: '数字写法错误（00、007、字母 O）',
    en: '`00`, `007`, letter O for 0 (fix: the plain number)',
    example: 'seed 001: `00`',
  },
  'number-decimal': {
    group: 'tables', severity: 'error', fixable: false, spec: '§8.3',
    zh: '件数不能是小数',
    en: 'a decimal where a count is required (only 万元 allows decimals)',
    example: '`2.5` 件',
  },
  'number-out-of-range': {
    group: 'tables', severity: 'error', fixable: false, spec: '§8.3',
    zh: '数字超过 2^53，无法精确相加：不读入，不参与任何核对',
    en: 'a number above 2^53, which cannot be added exactly: never read rounded, the cell is left out of every check',
    example: '`90071992547409930`',
  },
  'number-negative': {
    group: 'tables', severity: 'error', fixable: false, spec: '§8.3',
    zh: '数字为负数',
    en: 'a negative number',
    example: '`-1`',
  },
  'number-unit': {
    group: 'tables', severity: 'error', also: ['information'], fixable: true, spec: '§8.3',
    zh: '单元格里带单位',
    en: 'a unit in a cell; 元 in the 万元 cell is converted',
    example: '`125000元` → `12.5`',
  },
  'number-empty': {
    group: 'tables', severity: 'information', fixable: true, spec: '§8.3',
    zh: '用 -、—、/、无 表示 0',
    en: '`-`, `—`, `/`, `无` read as 0 (fix: `0`)',
  },
  'number-format': {
    group: 'tables', severity: 'information', fixable: true, spec: '§8.3',
    zh: '千位分隔符或全角数字',
    en: 'thousands separators, full-width digits',
    example: '`1,200`',
  },
});

const messages = defineMessages({
  tooLarge: {
    zh: '「{name}」的数字过大，无法精确计算（超过 2^53）：{raw}；该单元格不参与核对',
    en: '{name} is too large to be checked exactly (above 2^53): {raw}; the cell is left out of every check',
  },
  negative: {
    zh: '「{name}」不能为负数：{raw}',
    en: '{name} cannot be negative: {raw}',
  },
  severalNumbers: {
    zh: '「{name}」一格里写了不止一个数：“{raw}”，无法确定是哪一个，该格按未读处理',
    en: '{name} holds more than one number: “{raw}”; the cell is left unread',
  },
  malformed: {
    zh: '「{name}」的数字写法畸形：“{raw}”，应为 {canonical}',
    en: '{name} is malformed: “{raw}”, should be {canonical}',
  },
  fixCanonical: {
    zh: '改为 {canonical}',
    en: 'Change to {canonical}',
  },
  fraction: {
    zh: '「{name}」应为整数件数，不能是小数：{raw}',
    en: '{name} must be a whole number: {raw}',
  },
  readAsZero: {
    zh: '「{name}」写作“{raw}”，按 0 处理；建议填写 0',
    en: '{name} is written “{raw}” and read as 0; write 0',
  },
  fixZero: {
    zh: '改为 0',
    en: 'Change to 0',
  },
  inYuan: {
    zh: '「{name}」的单位是万元，单元格写的是“{raw}”（元）：应为 {value} 万元',
    en: '{name} is in 10,000 yuan, the cell says “{raw}” (yuan): should be {value}',
  },
  unitInCell: {
    zh: '「{name}」的单元格里不必写单位：“{raw}”',
    en: '{name}: drop the unit from “{raw}”',
  },
  fixValue: {
    zh: '改为 {value}',
    en: 'Change to {value}',
  },
  separators: {
    zh: '「{name}」建议写作 {canonical}（不用千分位或全角数字）',
    en: '{name}: write {canonical} (no separators or full-width digits)',
  },
});

export const cellNumbersRule: Rule = ctx => {
  const cells = cellsWithCategories(ctx.model).list;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell.range && cell.raw && !isPlainNumber(cell.raw)) checkCell(ctx, cell);
  }
};

/** A cell not written as plain digits (its closures and parse made only for such cells, not per cell of the tables). */
function checkCell(ctx: RuleContext, cell: Cell): void {
  const { locale } = ctx;
  const p = parseNumber(cell.raw);
  if (!p.problems.length && (p.value === null || p.value >= 0) && (cell.id === 'F1' || p.value === null || Number.isInteger(p.value))) return;
  const name = cellLabel(cell.id, locale);
  const replace = (title: string, newText: string) => [{ kind: 'normalise-number', title, edits: [{ range: cell.range!, newText }], preferred: true }];
  const report = (f: Omit<Finding, 'range' | 'cells'>) => ctx.report({ ...f, range: cell.range!, cells: [cell.id] });
  const decimalAllowed = cell.id === 'F1';
  if (p.problems.includes('out-of-range')) {
    report({
      code: 'number-out-of-range', severity: 'error',
      message: messages.text(locale, 'tooLarge', { name, raw: cell.raw }),
    });
  }
  if (p.problems.includes('negative')) {
    report({ code: 'number-negative', severity: 'error', message: messages.text(locale, 'negative', { name, raw: cell.raw }) });
  }
  if (p.problems.includes('several')) {
    report({
      code: 'number-malformed', severity: 'error',
      message: messages.text(locale, 'severalNumbers', { name, raw: cell.raw }),
    });
  }
  if (p.problems.includes('leading-zero') || p.problems.includes('letter')) {
    report({
      code: 'number-malformed', severity: 'error', expected: p.value ?? undefined,
      message: messages.text(locale, 'malformed', { name, raw: cell.raw, canonical: p.canonical }),
      fixes: replace(messages.text(locale, 'fixCanonical', { canonical: p.canonical }), p.canonical),
    });
  }
  if (!decimalAllowed && p.value !== null && !Number.isInteger(p.value)) {
    report({ code: 'number-decimal', severity: 'error', message: messages.text(locale, 'fraction', { name, raw: cell.raw }) });
  }
  if (p.problems.includes('empty-symbol')) {
    report({
      code: 'number-empty', severity: 'information',
      message: messages.text(locale, 'readAsZero', { name, raw: cell.raw }),
      fixes: replace(messages.text(locale, 'fixZero'), '0'),
    });
  }
  if (p.problems.includes('unit')) {
    const wan = p.unit === '元' && decimalAllowed;
    const value = wan && p.value !== null ? String(Math.round(p.value) / 10000) : p.canonical.replace(/^-/, '');
    report({
      code: 'number-unit', severity: wan ? 'error' : 'information',
      message: wan
        ? messages.text(locale, 'inYuan', { name, raw: cell.raw, value })
        : messages.text(locale, 'unitInCell', { name, raw: cell.raw }),
      fixes: replace(messages.text(locale, 'fixValue', { value }), value),
    });
  }
  if (p.problems.includes('thousands') || (p.problems.includes('fullwidth') && !p.problems.includes('unit'))) {
    report({
      code: 'number-format', severity: 'information',
      message: messages.text(locale, 'separators', { name, canonical: p.canonical }),
      fixes: replace(messages.text(locale, 'fixCanonical', { canonical: p.canonical }), p.canonical),
    });
  }
}
