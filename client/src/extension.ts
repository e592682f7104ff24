// Entry point: the report language's client side. Starts the language server on the first
// report, switches plain-text reports to the report language, and registers the status bar,
// the commands and the preview.

import * as vscode from 'vscode';
import { registerAutoDetect } from './autoDetect';
import { registerCommands } from './commands';
import { Preview, VIEW_TYPE } from './preview/panel';
import { activeReportEditor, isReportDocument } from './reports';
import { ServerConnection } from './language-client';
import { ReportStatus } from './statusBar';

let server: ServerConnection | undefined;

export function activate(context: vscode.ExtensionContext): void {
  server = new ServerConnection(context);
  const connection = server;
  const preview = new Preview(context, connection);
  const startFor = (doc: vscode.TextDocument) => {
    if (isReportDocument(doc)) connection.ensure().catch(e => void vscode.window.showErrorMessage(vscode.l10n.t('The annual report language server could not start: {0}', String(e))));
  };
  const setContext = () => void vscode.commands.executeCommand('setContext', 'xxgk.activeReport', activeReportEditor() !== undefined);

  context.subscriptions.push(
    preview,
    new ReportStatus(connection.onDidAnalyze),
    registerAutoDetect(),
    registerCommands(preview, connection),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, preview),
    vscode.workspace.onDidOpenTextDocument(startFor),
    vscode.window.onDidChangeActiveTextEditor(setContext),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (!e.affectsConfiguration('xxgk.validateMarkdown')) return;
      setContext();
      void connection.restart().then(() => vscode.workspace.textDocuments.forEach(startFor));
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void connection.restart()),
  );
  vscode.workspace.textDocuments.forEach(startFor);
  setContext();
}

export async function deactivate(): Promise<void> {
  await server?.dispose();
}
