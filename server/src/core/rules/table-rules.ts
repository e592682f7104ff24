// The table and structure rules, in the order their findings are listed.

import type { Rule } from '../rule';
import { arithmeticRule } from './arithmetic';
import { blankCellsRule } from './cells-blank';
import { casesWithoutRequestsRule } from './cases-without-requests';
import { cellNumbersRule } from './cell-numbers';
import { extraValuesRule } from './extra-values';
import { labelsRule } from './label-typos';
import { litigationAfterReviewRule } from './litigation-after-review';
import { numberingStyleRule } from './numbering-style';
import { outdatedTemplateRule } from './outdated-template';
import { sectionsRule } from './section-presence';
import { splitDigitsRule } from './number-split';
import { splitLabelRule } from './split-label';
import { t2ValuesRule } from './t2-values';
import { t3StructureRule } from './t3-structure';
import { t4ValuesRule } from './t4-values';
import { tableUncertainRule } from './table-uncertain';
import { titleRule } from './title';
import { unbalancedRunsRule } from './unbalanced-runs';

export const tableRules: Rule[] = [
  titleRule,
  sectionsRule,
  outdatedTemplateRule,
  tableUncertainRule,
  unbalancedRunsRule,
  t3StructureRule,
  t4ValuesRule,
  blankCellsRule,
  t2ValuesRule,
  extraValuesRule,
  splitDigitsRule,
  cellNumbersRule,
  labelsRule,
  splitLabelRule,
  arithmeticRule,
  casesWithoutRequestsRule,
  litigationAfterReviewRule,
  numberingStyleRule,
];
