// Code actions: a quick fix per fix of each finding (the preferred one marked `isPreferred`),
// "mark as reviewed" per finding (command `xxgk.markReviewed`, see execute-command.ts), and
// `source.fixAll.xxgk`, which applies every preferred fix at once (computed on resolve when
// the client supports it).

import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { fixAll } from '../core/fix/fixAll';
import type { Fix } from '../core/types';
import { findingsLike, type AnalysisResult } from './analysis';
import type { Ctx } from './context';
import { workspaceEdit } from './workspace-edit';
import { tr } from './i18n';
import { ClientCommands, SOURCE, type DiagnosticData, type MarkReviewedArgs, type ReviewKey } from '../shared/protocol';
import { visible } from './visible';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.xxgk`;
export const REVIEW_KIND = `${CodeActionKind.QuickFix}.xxgk.review`;

interface FixAllData { fixAll: true; uri: string; version: number }

const sameCells = (a: string[] | undefined, b: string[] | undefined) => (a ?? []).join() === (b ?? []).join();

const sameRange = (a: Diagnostic['range'], b: Diagnostic['range']) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** Fixes and review key for a client diagnostic: the finding its data names when it is of the analysed
 *  version, else the same finding (code, cells; then message and range) in the current analysis. */
function resolveFinding(d: Diagnostic, r: AnalysisResult): { fixes: Fix[]; key: ReviewKey } | null {
  const data = d.data as DiagnosticData | undefined;
  const named = data?.version === r.version ? r.findings[data.index] : undefined;
  if (named && named.code === d.code) return { fixes: named.fixes ?? [], key: r.keys[data!.index] };
  const candidates = r.findings.map((f, i) => ({ f, key: r.keys[i] })).filter(x => x.f.code === d.code && (!data || sameCells(x.key.cells, data.review?.cells)));
  const best = candidates.find(x => x.f.message === d.message && sameRange(x.f.range, d.range))
    ?? candidates.find(x => x.f.message === d.message)
    ?? candidates.find(x => sameRange(x.f.range, d.range))
    ?? (candidates.length === 1 ? candidates[0] : undefined);
  return best ? { fixes: best.f.fixes ?? [], key: best.key } : null;
}

export function fixAllEdits(r: AnalysisResult) {
  return fixAll(r.text, text => findingsLike(r, text));
}

export function registerCodeActions(ctx: Ctx): void {
  const { connection, documents, analyzer } = ctx;

  connection.onCodeAction(async (params, token) => {
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    if (!doc) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some(o => kind === o || kind.startsWith(o + '.'));
    const r = await analyzer.current(uri, token);
    if (!r || r.version !== doc.version) return [];
    const actions: CodeAction[] = [];
    // Several failed relations can blame the same cell with the same correction: one action each.
    const byEdits = new Map<string, CodeAction>();
    if (wants(CodeActionKind.QuickFix)) {
      for (const d of params.context.diagnostics) {
        if (d.source !== SOURCE) continue;
        const found = resolveFinding(d, r);
        if (!found) continue;
        const anyPreferred = found.fixes.some(f => f.preferred);
        found.fixes.forEach((fix, i) => {
          const key = JSON.stringify(fix.edits);
          const same = byEdits.get(key);
          if (same) { same.diagnostics!.push(d); return; }
          const action: CodeAction = {
            title: visible(fix.title),
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            isPreferred: anyPreferred ? fix.preferred === true : found.fixes.length === 1 && i === 0,
            edit: workspaceEdit(ctx, uri, r.version, fix.edits),
          };
          byEdits.set(key, action);
          actions.push(action);
        });
        const title = tr(r.locale, '标记为已审核…');
        const args: MarkReviewedArgs = { uri, ...found.key, message: d.message };
        if (wants(REVIEW_KIND)) actions.push({ title, kind: REVIEW_KIND, diagnostics: [d], command: { title, command: ClientCommands.markReviewed, arguments: [args] } });
      }
    }
    if (wants(FIX_ALL_KIND) && r.findings.some(f => f.fixes?.some(x => x.preferred))) {
      const action: CodeAction = { title: tr(r.locale, '修复全部可自动修复的问题（xxgk）'), kind: FIX_ALL_KIND };
      if (ctx.caps.codeActionResolve) action.data = { fixAll: true, uri, version: r.version } satisfies FixAllData;
      else {
        const { edits } = fixAllEdits(r);
        if (!edits.length) return actions;
        action.edit = workspaceEdit(ctx, uri, r.version, edits);
      }
      actions.push(action);
    }
    return actions;
  });

  connection.onCodeActionResolve(async (action, token) => {
    const data = action.data as FixAllData | undefined;
    if (!data?.fixAll) return action;
    const r = await analyzer.current(data.uri, token);
    if (!r || r.version !== data.version) return action;
    action.edit = workspaceEdit(ctx, data.uri, r.version, fixAllEdits(r).edits);
    return action;
  });
}
