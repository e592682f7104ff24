// Table relations that fail (T3-E1/E2/E3, T4-E1/E2/E3). Each failure points at the cell most
// likely wrong: the one cell whose correction makes every failing relation it is part of hold
// while breaking none that holds. Alternatives are named in the message.

import type { Relation } from '../model';
import { cellsWithCategories } from '../model';
import type { CellIndex } from '../cell-index';
import type { Rule, RuleContext } from '../rule';
import { defineMessages, joinList } from '../messages';
import { cellLabel } from '../schema';
import type { Finding, Fix } from '../types';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  't3-row-sum': {
    group: 'arithmetic', severity: 'error', also: ['warning'], fixable: true, spec: '§3.3',
    zh: '行内合计不平衡：总计 ≠ 各类申请人之和',
    en: 'T3-E1: a row\'s 总计 = the six applicant columns',
    example: '`（七）总计 23 3 0 0 0 1 25` → 23 + 3 + 1 ≠ 25',
  },
  't3-result-sum': {
    group: 'arithmetic', severity: 'error', fixable: true, spec: '§3.3',
    zh: '办理结果合计不平衡：（七）总计 ≠ 各项办理结果之和',
    en: 'T3-E2: （七）总计 = the 21 result rows, per column',
    example: 'seed 003: 5 ≠ 0 + 1 + 0 …',
  },
  't3-balance': {
    group: 'arithmetic', severity: 'error', fixable: true, spec: '§3.3',
    zh: '勾稽关系不成立：一 + 二 ≠ （七）+ 四',
    en: 'T3-E3, the printed 勾稽关系: 一 + 二 = （七） + 四, per column',
    example: '20 + 2 ≠ 23 + 1',
  },
  't4-sum': {
    group: 'arithmetic', severity: 'error', also: ['warning'], fixable: true, spec: '§4.2',
    zh: '表四合计不平衡：总计 ≠ 四项结果之和',
    en: 'T4-E1…E3: each 总计 of table 四',
    example: '`10 1 0 0 0` → 行政复议总计 0 ≠ 11',
  },
});

const messages = defineMessages({
  't3-row-sum': {
    zh: '行内合计不平衡（总计 ≠ 各类申请人之和）：{equation}',
    en: 'row total does not equal the sum of applicant types: {equation}',
  },
  't3-result-sum': {
    zh: '办理结果合计不平衡（（七）总计 ≠ 各项办理结果之和）：{equation}',
    en: '(7) total does not equal the sum of the results: {equation}',
  },
  't3-balance': {
    zh: '勾稽关系不成立（第一项 + 第二项 ≠ 第三项 + 第四项）：{equation}',
    en: 'printed balance fails (I + II ≠ (7) total + IV): {equation}',
  },
  't4-sum': {
    zh: '表四合计不平衡（总计 ≠ 四项结果之和）：{equation}',
    en: 'table 4 total does not equal the sum of the four results: {equation}',
  },
  mostLikelyWrong: {
    zh: '。最可能有误的是「{cell}」（{value} → {corrected}）',
    en: '. Most likely wrong: {cell} ({value} → {corrected})',
  },
  alternatives: {
    zh: '；也可能是：{alternatives}',
    en: '; or: {alternatives}',
  },
  alternative: {
    zh: '「{cell}」应为 {value}',
    en: '{cell} should be {value}',
  },
  fixSetValue: {
    zh: '将「{cell}」改为 {value}',
    en: 'Set {cell} to {value}',
  },
});

/** Change needed at `id` to make `rel` hold, or null when `id` is not a term. */
function neededChange(rel: Relation, id: string): number | null {
  const d = (rel.leftValue ?? 0) - (rel.rightValue ?? 0);
  if (rel.left.includes(id)) return -d;
  if (rel.right.includes(id)) return d;
  return null;
}

/** Cells whose single correction explains `rel` without breaking a relation that holds. */
function explanations(rel: Relation, byCell: Map<string, Relation[]>, cells: CellIndex): { id: string; value: number }[] {
  const out: { id: string; value: number }[] = [];
  for (const id of [...rel.left, ...rel.right]) {
    const change = neededChange(rel, id);
    const cell = cells.get(id);
    if (change === null || !cell || cell.value === null || !cell.range) continue;
    const value = cell.value + change;
    if (value < 0) continue;
    const consistent = (byCell.get(id) ?? []).every(other => {
      if (other.holds === null) return true;
      return other.holds ? change === 0 : neededChange(other, id) === change;
    });
    if (consistent) out.push({ id, value });
  }
  return out;
}

/** A side of the relation written out; long sums (the 21 results) show their non-zero terms only. */
function sumText(rel: Relation, cells: CellIndex, side: 'left' | 'right'): string {
  const values = rel[side].map(id => cells.get(id)?.value ?? null);
  if (values.length <= 7) return values.map(v => String(v ?? '?')).join(' + ');
  const nonZero = values.filter(v => v !== 0).map(v => String(v ?? '?'));
  const total = side === 'left' ? rel.leftValue : rel.rightValue;
  return nonZero.length > 1 && nonZero.length <= 7 ? `${nonZero.join(' + ')} = ${total}` : String(total ?? '?');
}

export const arithmeticRule: Rule = (ctx: RuleContext) => {
  const failing = ctx.model.relations.filter(rel => rel.holds === false);
  if (!failing.length) return;
  const cells = cellsWithCategories(ctx.model);
  const byCell = relationsByCell(ctx.model.relations, failing);
  for (const rel of failing) reportFailure(ctx, rel, byCell, cells);
};

/** The relations each cell of a failing relation takes part in: only those cells are looked up. */
function relationsByCell(relations: Relation[], failing: Relation[]): Map<string, Relation[]> {
  const byCell = new Map<string, Relation[]>();
  for (const rel of failing) {
    for (let i = 0; i < rel.left.length; i++) byCell.set(rel.left[i], []);
    for (let i = 0; i < rel.right.length; i++) byCell.set(rel.right[i], []);
  }
  for (const rel of relations) {
    for (let i = 0; i < rel.left.length; i++) byCell.get(rel.left[i])?.push(rel);
    for (let i = 0; i < rel.right.length; i++) byCell.get(rel.right[i])?.push(rel);
  }
  return byCell;
}

/** The finding of one failing relation, on the cell most likely wrong. */
function reportFailure(ctx: RuleContext, rel: Relation, byCell: Map<string, Relation[]>, cells: CellIndex): void {
  const { locale } = ctx;
  const candidates = explanations(rel, byCell, cells);
  const total = rel.left.length === 1 ? rel.left[0] : null;
  const totalCell = total ? cells.get(total) : undefined;
  const culprit = candidates.length === 1 ? candidates[0] : candidates.find(c => c.id === total) ?? candidates[0];
  const target = culprit ? cells.get(culprit.id)
    : totalCell?.range ? totalCell : [...rel.left, ...rel.right].map(id => cells.get(id)).find(c => c?.range);
  if (!target?.range) return;
  const others = candidates.filter(c => c.id !== culprit?.id);
  const equation = `${sumText(rel, cells, 'left')} ≠ ${sumText(rel, cells, 'right')}`;
  let message = messages.text(locale, rel.code, { equation });
  if (culprit) {
    message += messages.text(locale, 'mostLikelyWrong', { cell: cellLabel(culprit.id, locale), value: String(target.value), corrected: culprit.value });
  }
  if (others.length) {
    message += messages.text(locale, 'alternatives', {
      alternatives: joinList(locale, others.map(o => messages.text(locale, 'alternative', { cell: cellLabel(o.id, locale), value: o.value }))),
    });
  }
  const fixes: Fix[] = [];
  const setTo = (id: string, value: number, preferred: boolean) => {
    const c = cells.get(id);
    if (!c?.range || c.value === value) return;
    fixes.push({
      kind: id === total ? 'set-total' : 'set-component',
      title: messages.text(locale, 'fixSetValue', { cell: cellLabel(id, locale), value }),
      edits: [{ range: c.range, newText: String(value) }],
      preferred,
    });
  };
  // Only single-cell explanations are offered: each clears this failure and breaks nothing else.
  if (culprit) setTo(culprit.id, culprit.value, true);
  for (const o of others) setTo(o.id, o.value, false);
  const finding: Finding = {
    code: rel.code,
    severity: 'error',
    message,
    range: target.range,
    cells: [...rel.left, ...rel.right],
    expected: culprit?.value,
    delta: culprit && target.value !== null ? target.value - culprit.value : undefined,
    related: [...rel.left, ...rel.right]
      .filter(id => id !== target.id && cells.get(id)?.range)
      .map(id => ({ range: cells.get(id)!.range!, message: `${cellLabel(id, locale)} = ${cells.get(id)!.value ?? '?'}` })),
    fixes: fixes.length ? fixes : undefined,
  };
  ctx.report(finding);
}
