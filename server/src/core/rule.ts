// What every rule receives and how it reports. One rule a file under rules/ and narrative/;
// analyze.ts runs them all in order and applies the user's severity settings afterwards.

import type { ReportModel } from './model';
import type { SourceText } from './text';
import type { Finding, Locale } from './types';
import type { YearFigures } from './narrative/year-figures';

export interface RuleContext {
  src: SourceText;
  model: ReportModel;
  locale: Locale;
  /** Lines read as table rows or table headers (narrative rules skip them). */
  tableLines: Set<number>;
  /** Last year's report of the same issuer, when one is known (cross-year rules). */
  previous?: YearFigures;
  /** Findings produced while reading the tables (layout problems), already reported. */
  report(finding: Finding): void;
}

export type Rule = (ctx: RuleContext) => void;
