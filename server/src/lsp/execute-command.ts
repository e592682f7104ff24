// Server commands (`workspace/executeCommand`):
//  - xxgk.server.markReviewed [{ uri, code, cells, values, message, reason }]: the client's
//    `xxgk.markReviewed` (the code-action command) asks for the reason and runs this one; the
//    dismissal is written to `.vscode/xxgk-reviewed.json` and every open document re-checked.
//  - xxgk.server.fixAll [{ uri }]: applies every preferred fix through `workspace/applyEdit`.

import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import type { Ctx } from './context';
import { fixAllEdits } from './codeActions';
import { workspaceEdit } from './workspace-edit';
import { tr } from './i18n';
import { ServerCommands, type MarkReviewedArgs } from '../shared/protocol';
import { ReviewStoreError } from './reviewed';

export const SERVER_COMMANDS = Object.values(ServerCommands);

function invalid(message: string) {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

export function registerCommands(ctx: Ctx): void {
  ctx.connection.onExecuteCommand(async params => {
    const arg = params.arguments?.[0] as Record<string, unknown> | string | undefined;
    if (params.command === ServerCommands.markReviewed) {
      const a = arg as unknown as MarkReviewedArgs | undefined;
      if (!a || typeof a.uri !== 'string' || typeof a.code !== 'string' || !Array.isArray(a.cells) || !Array.isArray(a.values)) throw invalid('expected { uri, code, cells, values, reason }');
      const reason = typeof a.reason === 'string' ? a.reason.trim() : '';
      if (!reason) throw invalid('a reason is required');
      let store: string;
      try {
        store = await ctx.reviews.add(a.uri, { code: a.code, cells: a.cells, values: a.values }, reason, a.message);
      } catch (e) {
        if (!(e instanceof ReviewStoreError)) throw e;
        const locale = (await ctx.analyzer.current(a.uri))?.locale ?? 'zh-cn';
        throw new ResponseError(ErrorCodes.InvalidRequest, e.kind === 'unparsable'
          ? tr(locale, '{0} 第 {1} 行无法解析（{2}），未写入：请先修正该文件，已有的审核记录不会被覆盖。', e.store, e.line, e.detail)
          : tr(locale, '只有工作区文件夹中的报告才能标记为已审核。'));
      }
      ctx.analyzer.invalidateAll();
      return { store };
    }
    if (params.command === ServerCommands.fixAll) {
      const uri = typeof arg === 'string' ? arg : (arg?.uri as string | undefined);
      if (!uri) throw invalid('expected { uri }');
      const r = await ctx.analyzer.current(uri);
      if (!r?.model) return { applied: 0 };
      const { edits, applied } = fixAllEdits(r);
      if (!edits.length) return { applied: 0 };
      const res = await ctx.connection.workspace.applyEdit({ label: tr(r.locale, '修复全部可自动修复的问题（xxgk）'), edit: workspaceEdit(ctx, uri, r.version, edits) });
      return { applied: res.applied ? applied : 0 };
    }
    throw invalid(`unknown command ${params.command}`);
  });
}
