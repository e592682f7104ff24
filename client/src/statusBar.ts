// Status bar item for the active report: error and warning counts from `xxgk/didAnalyze`;
// clicking it opens the preview (the tooltip says so).

import * as vscode from 'vscode';
import type { Counts, DidAnalyzeParams } from './common/preview-protocol';
import { activeReportEditor } from './reports';

export class ReportStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('xxgk.status', vscode.StatusBarAlignment.Left, 50);
  private readonly counts = new Map<string, Counts>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(onDidAnalyze: vscode.Event<DidAnalyzeParams>) {
    this.item.name = vscode.l10n.t('Annual report check');
    this.item.command = 'xxgk.openPreview';
    this.subscriptions = [
      onDidAnalyze(p => { this.counts.set(vscode.Uri.parse(p.uri).toString(), p.counts); this.update(); }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidCloseTextDocument(d => this.counts.delete(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('xxgk.validateMarkdown')) this.update(); }),
    ];
    this.update();
  }

  update(): void {
    const editor = activeReportEditor();
    if (!editor) { this.item.hide(); return; }
    const c = this.counts.get(editor.document.uri.toString());
    if (!c) {
      this.item.text = `$(loading~spin) ${vscode.l10n.t('Report')}`;
      this.item.tooltip = vscode.l10n.t('Checking the annual report… Click to open the preview.');
      this.item.backgroundColor = undefined;
    } else {
      this.item.text = `${vscode.l10n.t('Report')} $(error) ${c.error} $(warning) ${c.warning}`;
      this.item.tooltip = vscode.l10n.t('Annual report: {0} errors, {1} warnings, {2} information, {3} hints. Click to open the preview.', c.error, c.warning, c.information, c.hint);
      this.item.backgroundColor = c.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    this.subscriptions.forEach(d => d.dispose());
  }
}
