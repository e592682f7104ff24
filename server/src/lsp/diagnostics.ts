// Findings → LSP diagnostics: code, link to the rule's documentation, source, localised message,
// range on the offending cell or words, related information, and in `data` the finding's index in the
// analysis plus its review key (code actions look its fixes up in the cached analysis).

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Locale, Severity } from '../core/types';
import { tr } from './i18n';
import { ruleHref, type RuleCode } from '../core/registry';
import { ENGINE_ERROR, SOURCE, TOO_LARGE, type Counts, type DiagnosticData, type ReviewKey } from '../shared/protocol';
import { visible } from './visible';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(f: Finding, index: number, review: ReviewKey, uri: string, version: number, withRelated: boolean): Diagnostic {
  const data: DiagnosticData = { version, index, review };
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.code,
    codeDescription: { href: ruleHref(f.code) },
    source: SOURCE,
    message: visible(f.message),
    data,
  };
  if (withRelated && f.related?.length) d.relatedInformation = f.related.map(r => ({ location: { uri, range: r.range }, message: visible(r.message) }));
  return d;
}

function notice(code: RuleCode, message: string, firstLine: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
    severity: DiagnosticSeverity.Information,
    code,
    codeDescription: { href: ruleHref(code) },
    source: SOURCE,
    message,
  };
}

/** The one diagnostic of a document too large to check. */
export function tooLarge(locale: Locale, size: number, max: number, firstLine: string): Diagnostic {
  return notice(TOO_LARGE, tr(locale, '文档有 {0} 个字符，超过 xxgk.maxDocumentSize（{1}），已停止检查。', size, max), firstLine);
}

export function engineError(locale: Locale, error: unknown, firstLine: string): Diagnostic {
  return notice(ENGINE_ERROR, tr(locale, '检查器内部错误：{0}', String((error as Error)?.message ?? error)), firstLine);
}

export function countDiagnostics(ds: Diagnostic[]): Counts {
  const c: Counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of ds) {
    if (d.severity === DiagnosticSeverity.Error) c.error++;
    else if (d.severity === DiagnosticSeverity.Warning) c.warning++;
    else if (d.severity === DiagnosticSeverity.Information) c.information++;
    else c.hint++;
  }
  return c;
}
