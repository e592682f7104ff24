// The same indicator stated with different figures in the prose (`narrative-conflict`).

import type { Rule } from '../rule';
import { t } from '../rule';
import { indicatorName } from './indicators';
import type { Claim } from './claims';
import { quote } from './mismatch';
import { narrativeOf } from './narrative';

export const conflictRule: Rule = ctx => {
  const { claims } = narrativeOf(ctx);
  const { locale } = ctx;
  // Per indicator: the first claim of each value, in order.
  const byKey = new Map<string, Map<number, Claim>>();
  for (const c of claims) {
    let values = byKey.get(c.indicator.key);
    if (!values) byKey.set(c.indicator.key, values = new Map());
    if (!values.has(c.value)) values.set(c.value, c);
    let earlier: Claim | undefined;
    for (const [v, e] of values) if (v !== c.value) { earlier = e; break; }
    if (!earlier) continue;
    const name = indicatorName(c.indicator, locale);
    ctx.report({
      code: 'narrative-conflict', severity: 'warning', range: c.range, cells: c.indicator.cells,
      message: t(locale, `正文对“${name}”前后说法不一：“${quote(earlier)}”与“${quote(c)}”`,
        `The text gives two figures for ${name}: “${quote(earlier)}” and “${quote(c)}”`),
      related: [{ range: earlier.range, message: t(locale, `前文：“${quote(earlier)}”`, `Earlier: “${quote(earlier)}”`) }],
    });
  }
};
