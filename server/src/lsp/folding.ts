// Folding ranges: each section (heading to its last line) and each table.

import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { ReportModel } from '../core/model';
import type { Ctx } from './context';

export function foldingRanges(m: ReportModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (startLine: number, endLine: number, collapsedText: string) => {
    if (endLine > startLine && !out.some(f => f.startLine === startLine && f.endLine === endLine)) out.push({ startLine, endLine, kind: FoldingRangeKind.Region, collapsedText });
  };
  for (const s of m.sections) add(s.range.start.line, s.end - 1, s.heading);
  for (const [table, name] of [[m.t2, '表二'], [m.t3, '表三'], [m.t4, '表四']] as const) {
    if (table) add(table.range.start.line, table.range.end.line, name);
  }
  return out.sort((a, b) => a.startLine - b.startLine);
}

export function registerFolding(ctx: Ctx): void {
  ctx.connection.onFoldingRanges(async (params, token) => {
    const r = await ctx.analyzer.current(params.textDocument.uri, token);
    return r?.model ? foldingRanges(r.model) : [];
  });
}
