// The same indicator stated with different figures in the prose (`narrative-conflict`), only when
// both statements really state the same figure: the same sub-unit (or both the whole body), no
// `含上年结转` qualifier, and for requests the same reading — `新收` counts new requests only,
// `受理`/`收到` may include those carried over, a negation (`未收到申请`) denies both.

import type { Rule } from '../rule';
import { defineMessages } from '../messages';
import { indicatorName } from './indicators';
import type { Claim } from './claims';
import { quote } from './mismatch';
import { narrativeOf } from './narrative';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'narrative-conflict': {
    group: 'narrative', severity: 'warning', fixable: false, spec: '§5.1',
    zh: '同一口径的数字前后不一致，请核实',
    en: 'the same figure for the same scope stated twice differently (`新收` and `受理` are different readings; a `含上年结转` figure is not compared; `未收到申请` conflicts with any request count), 请核实',
    example: '`收到申请24件` … `收到申请20件`; `受理依申请公开事项2件` … `本年度未收到信息公开申请`',
  },
});

const messages = defineMessages({
  twoFigures: {
    zh: '正文对“{name}”前后说法不一：“{earlier}”与“{later}”，请核实',
    en: 'The text gives two figures for {name}: “{earlier}” and “{later}”; please check',
  },
  earlierFigure: {
    zh: '前文：“{earlier}”',
    en: 'Earlier: “{earlier}”',
  },
});

/** The figures a claim states: indicator and scope and, for requests, the reading(s). */
function figureKeys(c: Claim): string[] {
  const base = `${c.indicator.key}|${c.scope ?? ''}`;
  if (c.indicator.key !== 'received') return [base];
  if (c.negated) return [`${base}|new`, `${base}|any`];
  return [`${base}|${c.keyword === '新收' ? 'new' : 'any'}`];
}

export const conflictRule: Rule = ctx => {
  const { claims } = narrativeOf(ctx);
  const { locale } = ctx;
  // Per figure: its first claim, and the first claim of another value (constant work per claim).
  const byKey = new Map<string, { first: Claim; other?: Claim }>();
  for (const c of claims) {
    if (c.includesCarried) continue;
    let earlier: Claim | undefined;
    for (const key of figureKeys(c)) {
      const seen = byKey.get(key);
      if (!seen) { byKey.set(key, { first: c }); continue; }
      if (seen.first.value !== c.value) { seen.other ??= c; earlier ??= seen.first; }
      else if (seen.other) earlier ??= seen.other;
    }
    if (!earlier) continue;
    const name = indicatorName(c.indicator, locale);
    ctx.report({
      code: 'narrative-conflict', severity: 'warning', range: c.range, cells: c.indicator.cells,
      message: messages.text(locale, 'twoFigures', { name, earlier: quote(earlier), later: quote(c) }),
      related: [{ range: earlier.range, message: messages.text(locale, 'earlierFigure', { earlier: quote(earlier) }) }],
    });
  }
};
