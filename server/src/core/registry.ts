// Every code the engine and the language server can report, collected from the declarations
// beside each rule (`export const codes = defineCodes({...})`, see codes.ts). The code union,
// the `xxgk.rules` schema (scripts/rules.js), SARIF's rule list and the README tables derive
// from this one object: a code that is not declared here does not compile.

import type { CodeGroup, CodeInfo } from './codes';
import { codes as titleCodes } from './rules/title';
import { codes as sectionsCodes } from './rules/section-presence';
import { codes as outdatedTemplateCodes } from './rules/outdated-template';
import { codes as tableUncertainCodes } from './rules/table-uncertain';
import { codes as t3StructureCodes } from './rules/t3-structure';
import { codes as t4ValuesCodes } from './rules/t4-values';
import { codes as blankCellsCodes } from './rules/cells-blank';
import { codes as t2ValuesCodes } from './rules/t2-values';
import { codes as extraValuesCodes } from './rules/extra-values';
import { codes as splitDigitsCodes } from './rules/number-split';
import { codes as cellNumbersCodes } from './rules/cell-numbers';
import { codes as labelsCodes } from './rules/label-typos';
import { codes as splitLabelCodes } from './rules/split-label';
import { codes as arithmeticCodes } from './rules/arithmetic';
import { codes as casesWithoutRequestsCodes } from './rules/cases-without-requests';
import { codes as litigationAfterReviewCodes } from './rules/litigation-after-review';
import { codes as numberingStyleCodes } from './rules/numbering-style';
import { codes as mismatchCodes } from './narrative/mismatch';
import { codes as missingMentionCodes } from './narrative/missingMention';
import { codes as conflictCodes } from './narrative/conflict';
import { codes as proseSumCodes } from './narrative/proseSum';
import { codes as wordingCodes } from './narrative/wording';
import { codes as periodCodes } from './narrative/period';
import { codes as yearsCodes } from './narrative/years';
import { codes as publishCodes } from './narrative/publish';
import { codes as overviewCodes } from './narrative/overview';
import { codes as supervisionCodes } from './narrative/supervision';
import { codes as feeCodes } from './narrative/fee';
import { codes as carryoverCodes } from './narrative/carryover';
import { codes as effectiveCodes } from './narrative/effective';
import { codes as paragraphSplitCodes } from './narrative/paragraphSplit';
import { codes as noticeCodes } from './notices';

export const RULE_CODES = {
  ...titleCodes,
  ...sectionsCodes,
  ...outdatedTemplateCodes,
  ...tableUncertainCodes,
  ...t3StructureCodes,
  ...t4ValuesCodes,
  ...blankCellsCodes,
  ...t2ValuesCodes,
  ...extraValuesCodes,
  ...splitDigitsCodes,
  ...cellNumbersCodes,
  ...labelsCodes,
  ...splitLabelCodes,
  ...arithmeticCodes,
  ...casesWithoutRequestsCodes,
  ...litigationAfterReviewCodes,
  ...numberingStyleCodes,
  ...mismatchCodes,
  ...missingMentionCodes,
  ...conflictCodes,
  ...proseSumCodes,
  ...wordingCodes,
  ...periodCodes,
  ...yearsCodes,
  ...publishCodes,
  ...overviewCodes,
  ...supervisionCodes,
  ...feeCodes,
  ...carryoverCodes,
  ...effectiveCodes,
  ...paragraphSplitCodes,
  ...noticeCodes,
};

/** A code a finding can carry. */
export type RuleCode = keyof typeof RULE_CODES;

export const ALL_CODES = Object.keys(RULE_CODES) as RuleCode[];

export function codeInfo(code: RuleCode): CodeInfo {
  return RULE_CODES[code];
}

/** The codes of one README table, in registry order. */
export function codesIn(group: CodeGroup): RuleCode[] {
  return ALL_CODES.filter(code => RULE_CODES[code].group === group);
}

/** Base of the rule documentation (README anchors): a diagnostic's `codeDescription.href`, SARIF's `helpUri`. */
const RULE_DOCS = 'https://github.com/xxgk-report/xxgk-report#rule-';
export const ruleHref = (code: string) => RULE_DOCS + code.toLowerCase();
