// The three output formats: compiler-style text, the JSON contract of spec §11, SARIF 2.1.0.

import type { ReportModel } from '../core/model';
import type { Finding } from '../core/types';
import { T2_IDS, T3_COLS, T3_ROW_IDS, T4_IDS } from '../core/schema';

export interface FileResult {
  file: string; model: ReportModel | null; findings: Finding[]; error?: string;
  /** Files read from Word, web pages or PDF: where a finding stands in the original. */
  source?: (f: Finding) => { where: string; loc: object } | null;
}

export function toText(results: FileResult[]): string {
  const lines: string[] = [];
  let errors = 0, warnings = 0, infos = 0;
  for (const r of results) {
    if (r.error) { lines.push(`${r.file}: error ${r.error}`); continue; }
    for (const f of r.findings) {
      const where = r.source?.(f)?.where;
      lines.push(`${r.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${f.message}${where ? ` [${where}]` : ''}`);
      if (f.severity === 'error') errors++; else if (f.severity === 'warning') warnings++; else infos++;
    }
  }
  lines.push(`${results.length} 个文件 / files: ${errors} error(s), ${warnings} warning(s), ${infos} information/hint(s)`);
  return lines.join('\n');
}

export function tablesJson(model: ReportModel) {
  const { t2, t3, t4 } = model;
  return {
    t2: t2 ? Object.fromEntries(T2_IDS.map(id => [id, t2.cells[id].value])) : null,
    t3: t3 ? Object.fromEntries(T3_ROW_IDS.map(r => [r, Object.fromEntries(T3_COLS.map(c => [c, t3.rows[r]?.cells[c].value ?? null]))])) : null,
    t4: t4 ? Object.fromEntries(T4_IDS.map(id => [id, t4.cells[id].value])) : null,
  };
}

export function toJson(results: FileResult[]): string {
  return JSON.stringify(results.map(r => ({
    file: r.file,
    ...(r.error ? { error: r.error } : {}),
    report: r.model ? { title: r.model.title?.text ?? null, year: r.model.year, issuerKind: r.model.issuerKind } : null,
    tables: r.model ? tablesJson(r.model) : null,
    diagnostics: r.findings.map(f => ({ code: f.code, severity: f.severity, message: f.message, range: f.range, ...(f.cells?.length ? { cells: f.cells } : {}), ...sourceJson(r, f) })),
  })), null, 2);
}

function sourceJson(r: FileResult, f: Finding): { source?: object } {
  const s = r.source?.(f);
  return s ? { source: { ...s.loc, where: s.where } } : {};
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(results: FileResult[], version: string): string {
  const rules = new Map<string, string>();
  for (const r of results) for (const f of r.findings) if (!rules.has(f.code)) rules.set(f.code, f.message);
  const codes = [...rules.keys()].sort();
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'xxgk', version, informationUri: 'https://github.com/xxgk-report/xxgk-report', rules: codes.map(id => ({ id, shortDescription: { text: id } })) } },
      columnKind: 'utf16CodeUnits',
      results: results.flatMap(r => r.findings.map(f => ({
        ruleId: f.code,
        ruleIndex: codes.indexOf(f.code),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: {
          artifactLocation: { uri: r.file.split('\\').join('/') },
          region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
        } }],
        ...(sourceJson(r, f).source ? { properties: sourceJson(r, f) } : {}),
      }))),
      invocations: [{ executionSuccessful: results.every(r => !r.error), toolExecutionNotifications: results.filter(r => r.error).map(r => ({ level: 'error', message: { text: `${r.file}: ${r.error}` } })) }],
    }],
  }, null, 2);
}
