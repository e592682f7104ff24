// The same indicator stated with different figures in the prose (`narrative-conflict`).

import type { Rule } from '../rule';
import { t } from '../rule';
import { indicatorName } from './indicators';
import { quote } from './mismatch';
import { narrativeOf } from './narrative';

export const conflictRule: Rule = ctx => {
  const first = new Map<string, { value: number; claims: typeof claims }>();
  const { claims } = narrativeOf(ctx);
  const { locale } = ctx;
  for (const c of claims) {
    const seen = first.get(c.indicator.key);
    if (!seen) { first.set(c.indicator.key, { value: c.value, claims: [c] }); continue; }
    const earlier = seen.claims.find(e => e.value !== c.value);
    seen.claims.push(c);
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
