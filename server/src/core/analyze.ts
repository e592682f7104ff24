// PROVISIONAL: replaced by the full pipeline in the next step.
import type { Analysis } from './model';
import type { Locale, Severity } from './types';
import type { ReportModel } from './model';
import { toSource } from './text';

export interface AnalyzeOptions { locale?: Locale; levels?: Record<string, Severity | 'off'>; previous?: ReportModel }

export function analyze(text: string, _options: AnalyzeOptions = {}): Analysis {
  const src = toSource(text);
  return { model: { title: null, year: null, issuerKind: 'unknown', sections: [], t2: null, t3: null, t4: null, relations: [], publishDate: null, lineCount: src.lines.length, eol: src.eol }, findings: [] };
}
