// Narrative, structure and cross-year rules (issue 3), in the order they report.

import type { Rule } from '../rule';
import { figuresOf, type CrossYearRule } from './year-figures';
import { carryoverRule } from './carryover';
import { conflictRule } from './conflict';
import { effectiveRule } from './effective';
import { feeRule } from './fee';
import { mismatchRule } from './mismatch';
import { missingMentionRule } from './missingMention';
import { overviewRule } from './overview';
import { paragraphSplitRule } from './paragraphSplit';
import { periodRule } from './period';
import { proseSumRule } from './proseSum';
import { publishRule } from './publish';
import { supervisionRule } from './supervision';
import { wordingRule } from './wording';
import { yearsRule } from './years';

export const narrativeRules: Rule[] = [
  mismatchRule, missingMentionRule, conflictRule, proseSumRule, wordingRule,
  periodRule, yearsRule, publishRule, overviewRule, supervisionRule, feeRule,
  crossYear(carryoverRule), crossYear(effectiveRule), paragraphSplitRule,
];

/** The rules comparing a report with its issuer's report of the year before (spec §5.2). */
export const crossYearRules: CrossYearRule[] = [carryoverRule, effectiveRule];

/** A cross-year rule run within `analyze`, when last year's report is given. */
function crossYear(rule: CrossYearRule): Rule {
  return ctx => {
    if (ctx.previous) rule(figuresOf(ctx.model), ctx.previous, ctx.locale, f => ctx.report(f));
  };
}

export { findPrevious } from './pairing';
