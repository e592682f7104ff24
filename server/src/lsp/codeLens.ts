// Code lens above each table with its status from model.relations
// (`✓ 勾稽关系全部成立` / `✗ 3 处不平衡`). Command: xxgk.showProblems or xxgk.openPreview, [uri].

import type { CodeLens } from 'vscode-languageserver';
import { tableStatus, type TableKey } from '../core/explain';
import type { Ctx } from './context';
import { ClientCommands } from '../shared/protocol';

export function registerCodeLens(ctx: Ctx): void {
  ctx.connection.onCodeLens(async (params, token) => {
    const r = await ctx.analyzer.current(params.textDocument.uri, token);
    const m = r?.model;
    if (!r || !m) return [];
    const out: CodeLens[] = [];
    for (const key of ['t2', 't3', 't4'] as TableKey[]) {
      const table = m[key];
      if (!table) continue;
      const status = tableStatus(m, r.findings, key, r.locale);
      const line = table.range.start.line;
      out.push({
        range: { start: { line, character: 0 }, end: { line, character: 0 } },
        command: { title: status.title, command: status.ok ? ClientCommands.openPreview : ClientCommands.showProblems, arguments: [r.uri] },
      });
    }
    return out;
  });
}
