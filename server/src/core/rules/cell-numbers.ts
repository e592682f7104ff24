// How each table number is written (T2-1, T2-2, T2-3, T3-E4, T4-E4; spec §8.3): malformed digits
// (`00`, letter O, two numbers in one cell), decimals where counts are required, negatives, units, empty symbols, separators.

import { cellsWithCategories } from '../model';
import { parseNumber } from '../numbers';
import type { Rule } from '../rule';
import { t } from '../rule';
import { cellLabel } from '../schema';
import type { Finding } from '../types';

export const cellNumbersRule: Rule = ctx => {
  const { locale } = ctx;
  for (const cell of cellsWithCategories(ctx.model).values()) {
    if (!cell.range || !cell.raw) continue;
    const p = parseNumber(cell.raw);
    if (!p.problems.length && (p.value === null || p.value >= 0) && (cell.id === 'F1' || p.value === null || Number.isInteger(p.value))) continue;
    const name = cellLabel(cell.id, locale);
    const replace = (title: string, newText: string) => [{ kind: 'normalise-number', title, edits: [{ range: cell.range!, newText }], preferred: true }];
    const report = (f: Omit<Finding, 'range' | 'cells'>) => ctx.report({ ...f, range: cell.range!, cells: [cell.id] });
    const decimalAllowed = cell.id === 'F1';
    if (p.problems.includes('out-of-range')) {
      report({
        code: 'number-out-of-range', severity: 'error',
        message: t(locale, `「${name}」的数字过大，无法精确计算（超过 2^53）：${cell.raw}；该单元格不参与核对`, `${name} is too large to be checked exactly (above 2^53): ${cell.raw}; the cell is left out of every check`),
      });
    }
    if (p.problems.includes('negative')) {
      report({ code: 'number-negative', severity: 'error', message: t(locale, `「${name}」不能为负数：${cell.raw}`, `${name} cannot be negative: ${cell.raw}`) });
    }
    if (p.problems.includes('several')) {
      report({
        code: 'number-malformed', severity: 'error',
        message: t(locale, `「${name}」一格里写了不止一个数：“${cell.raw}”，无法确定是哪一个，该格按未读处理`, `${name} holds more than one number: “${cell.raw}”; the cell is left unread`),
      });
    }
    if (p.problems.includes('leading-zero') || p.problems.includes('letter')) {
      report({
        code: 'number-malformed', severity: 'error', expected: p.value ?? undefined,
        message: t(locale, `「${name}」的数字写法畸形：“${cell.raw}”，应为 ${p.canonical}`, `${name} is malformed: “${cell.raw}”, should be ${p.canonical}`),
        fixes: replace(t(locale, `改为 ${p.canonical}`, `Change to ${p.canonical}`), p.canonical),
      });
    }
    if (!decimalAllowed && p.value !== null && !Number.isInteger(p.value)) {
      report({ code: 'number-decimal', severity: 'error', message: t(locale, `「${name}」应为整数件数，不能是小数：${cell.raw}`, `${name} must be a whole number: ${cell.raw}`) });
    }
    if (p.problems.includes('empty-symbol')) {
      report({
        code: 'number-empty', severity: 'information',
        message: t(locale, `「${name}」写作“${cell.raw}”，按 0 处理；建议填写 0`, `${name} is written “${cell.raw}” and read as 0; write 0`),
        fixes: replace(t(locale, '改为 0', 'Change to 0'), '0'),
      });
    }
    if (p.problems.includes('unit')) {
      const wan = p.unit === '元' && decimalAllowed;
      const value = wan && p.value !== null ? String(Math.round(p.value) / 10000) : p.canonical.replace(/^-/, '');
      report({
        code: 'number-unit', severity: wan ? 'error' : 'information',
        message: wan
          ? t(locale, `「${name}」的单位是万元，单元格写的是“${cell.raw}”（元）：应为 ${value} 万元`, `${name} is in 10,000 yuan, the cell says “${cell.raw}” (yuan): should be ${value}`)
          : t(locale, `「${name}」的单元格里不必写单位：“${cell.raw}”`, `${name}: drop the unit from “${cell.raw}”`),
        fixes: replace(t(locale, `改为 ${value}`, `Change to ${value}`), value),
      });
    }
    if (p.problems.includes('thousands') || (p.problems.includes('fullwidth') && !p.problems.includes('unit'))) {
      report({
        code: 'number-format', severity: 'information',
        message: t(locale, `「${name}」建议写作 ${p.canonical}（不用千分位或全角数字）`, `${name}: write ${p.canonical} (no separators or full-width digits)`),
        fixes: replace(t(locale, `改为 ${p.canonical}`, `Change to ${p.canonical}`), p.canonical),
      });
    }
  }
};
