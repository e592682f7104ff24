// The extension's commands (ids in docs/ARCHITECTURE.md): preview, new report from the official
// template, import from Word / PDF / web page, fix all, export tables, problems view, and the "mark as reviewed" code-action command.

import * as vscode from 'vscode';
import { ServerCommands, type MarkReviewedArgs } from '../../server/src/shared/protocol';
import type { TextLayout } from './common/textTable';
import { exportTables } from './export/save';
import { importReport } from './importReport';
import type { Preview } from './preview/panel';
import { LANGUAGE_ID, activeReportEditor, isReportDocument } from './reports';
import type { ServerConnection } from './language-client';
import { ISSUER_PLACEHOLDER, reportTemplate } from './template';

/** The report a command applies to: the editor-title argument, else the active report editor. */
async function targetReport(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : activeReportEditor()?.document;
  if (!doc || !isReportDocument(doc)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a government information disclosure annual report first.'));
    return undefined;
  }
  return doc;
}

async function newReport(): Promise<void> {
  const items: (vscode.QuickPickItem & { layout: TextLayout })[] = [
    { label: vscode.l10n.t('Tab-separated tables'), detail: vscode.l10n.t('As copied from Word or a web page; columns separated by tabs.'), layout: 'tab' },
    { label: vscode.l10n.t('Pipe (Markdown) tables'), detail: vscode.l10n.t('| cell | cell |, readable as Markdown.'), layout: 'pipe' },
    { label: vscode.l10n.t('Space-aligned tables'), detail: vscode.l10n.t('Columns aligned with spaces, as in text extracted from a PDF.'), layout: 'space' },
  ];
  const pick = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Layout of tables 二, 三 and 四 in the new report') });
  if (!pick) return;
  const year = new Date().getFullYear() - 1;
  const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: reportTemplate(pick.layout, year) });
  const editor = await vscode.window.showTextDocument(doc);
  const start = doc.positionAt(doc.getText().indexOf(ISSUER_PLACEHOLDER));
  editor.selection = new vscode.Selection(start, start.translate(0, ISSUER_PLACEHOLDER.length));
}

/** Applies every preferred fix through the server (the same edits as `source.fixAll.xxgk`). */
async function fixAll(server: ServerConnection, uri?: vscode.Uri): Promise<void> {
  const doc = await targetReport(uri);
  if (!doc) return;
  const { applied } = await server.executeServerCommand<{ applied: number }>(ServerCommands.fixAll, { uri: await server.protocolUri(doc.uri) });
  void vscode.window.showInformationMessage(applied
    ? vscode.l10n.t('Fixed {0} problems automatically.', applied)
    : vscode.l10n.t('No problem in this report can be fixed automatically.'));
}

/** The "mark as reviewed" code action: asks why, then the server records the dismissal. */
async function markReviewed(server: ServerConnection, args: MarkReviewedArgs): Promise<void> {
  const reason = await vscode.window.showInputBox({
    title: vscode.l10n.t('Mark as reviewed'),
    prompt: vscode.l10n.t('Why is this finding acceptable? The reason is stored in .vscode/xxgk-reviewed.json: {0}', args.message),
    placeHolder: vscode.l10n.t('e.g. confirmed with the issuing office'),
    validateInput: v => (v.trim() ? undefined : vscode.l10n.t('A reason is required.')),
  });
  if (!reason?.trim()) return;
  // The server says why nothing was stored (a store it cannot parse is never overwritten).
  try { await server.executeServerCommand(ServerCommands.markReviewed, { ...args, reason: reason.trim() }); } catch (e) {
    void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
  }
}

export function registerCommands(preview: Preview, server: ServerConnection): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('xxgk.openPreview', async (uri?: vscode.Uri) => {
      const doc = await targetReport(uri);
      if (doc) preview.show(doc.uri);
    }),
    vscode.commands.registerCommand('xxgk.newReport', newReport),
    vscode.commands.registerCommand('xxgk.importReport', (uri?: vscode.Uri) => importReport(preview, uri)),
    vscode.commands.registerCommand('xxgk.fixAll', (uri?: vscode.Uri) => fixAll(server, uri)),
    vscode.commands.registerCommand('xxgk.markReviewed', (args: MarkReviewedArgs) => markReviewed(server, args)),
    vscode.commands.registerCommand('xxgk.exportTables', async (uri?: vscode.Uri) => {
      const doc = await targetReport(uri);
      if (!doc) return;
      const result = await server.requestModel(doc.uri);
      if (result) await exportTables(result.model, doc.uri);
      else void vscode.window.showWarningMessage(vscode.l10n.t('{0} has not been analysed as an annual report.', doc.fileName));
    }),
    vscode.commands.registerCommand('xxgk.showProblems', () => vscode.commands.executeCommand('workbench.actions.view.problems')),
  );
}
