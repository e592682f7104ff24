// Narrative, structure and cross-year rules (issue 3), in the order they report.

import type { Rule } from '../rule';
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
  carryoverRule, effectiveRule, paragraphSplitRule,
];

export { findPrevious } from './pairing';
