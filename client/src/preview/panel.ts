// The preview panel (extension side): one webview beside the editor that follows the active
// report, renders the server's model (`xxgk/model`), sends diffs as the user types (throttled),
// links cells and source both ways, and is restored after a reload (WebviewPanelSerializer).

import * as path from 'path';
import * as vscode from 'vscode';
import type { FromWebview, ModelResult, ToWebview, WebviewState } from '../common/preview-protocol';
import { fromWebview } from '../common/validate';
import { exportTables } from '../export/save';
import { activeReportEditor, config, isReportDocument, uiLocale } from '../reports';
import type { ServerConnection } from '../language-client';
import { Throttle } from '../throttle';
import { diffView } from '../common/view-diff';
import { previewHtml } from './preview-shell';
import { cellAt, rangeOf } from './locate';
import { previewStrings } from '../common/strings';
import type { ViewState } from '../common/preview-protocol';
import { buildView } from './view';

export const VIEW_TYPE = 'xxgk.preview';
/** Folder of the bundled webview script (esbuild.js writes dist/webview/main.js). */
const SCRIPT_DIR = 'dist/webview';
const SCRIPT = 'main.js';

export class Preview implements vscode.WebviewPanelSerializer<WebviewState>, vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private result: ModelResult | undefined;
  private view: ViewState | undefined;
  private highlighted: string | null = null;
  /** The webview's script has loaded and listens (it says `ready`, again after every reload). */
  private ready = false;
  /** Increases with every model request; older answers are dropped. */
  private seq = 0;
  private readonly throttle = new Throttle(() => config().get<number>('preview.updateDelay', 300), () => void this.refresh(false));
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly context: vscode.ExtensionContext, private readonly server: ServerConnection) {
    this.subscriptions = [
      server.onDidAnalyze(p => { if (this.follows(vscode.Uri.parse(p.uri))) this.throttle.schedule(); }),
      vscode.workspace.onDidChangeTextDocument(e => { if (this.follows(e.document.uri) && e.contentChanges.length) this.throttle.schedule(); }),
      vscode.window.onDidChangeActiveTextEditor(e => this.onActiveEditor(e)),
      vscode.window.onDidChangeTextEditorSelection(e => this.onSelection(e)),
      vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('xxgk')) void this.refresh(true); }),
    ];
  }

  /** Where each cell of an imported document came from (page, Word or web table cell), by document. */
  private readonly origins = new Map<string, (model: ModelResult['model']) => Map<string, string>>();

  /** Opens (or reveals) the preview beside the editor, showing `uri`; `origin` names where its cells came from. */
  show(uri: vscode.Uri, origin?: (model: ModelResult['model']) => Map<string, string>): void {
    if (origin) this.origins.set(uri.toString(), origin);
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      this.setup(vscode.window.createWebviewPanel(VIEW_TYPE, '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.options()));
    }
    this.follow(uri);
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: WebviewState | undefined): Promise<void> {
    panel.webview.options = this.options();
    this.setup(panel);
    const uri = state?.uri ? vscode.Uri.parse(state.uri) : activeReportEditor()?.document.uri;
    if (!uri) return;
    // After a reload the report may not be open: opening it makes the server analyse it.
    await Promise.resolve(vscode.workspace.openTextDocument(uri)).catch(() => undefined);
    this.follow(uri);
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    const root = this.context.extensionUri;
    return {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(root, 'media'), vscode.Uri.joinPath(root, SCRIPT_DIR)],
    };
  }

  private setup(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    const { webview } = panel;
    webview.html = previewHtml({
      cspSource: webview.cspSource,
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'preview.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, SCRIPT_DIR, SCRIPT)).toString(),
      lang: uiLocale(),
    });
    webview.onDidReceiveMessage((raw: unknown) => {
      const m = fromWebview(raw);
      if (m) void this.onMessage(m);
    });
    // A hidden webview is discarded; it says `ready` again when shown.
    panel.onDidChangeViewState(e => { if (!e.webviewPanel.visible) this.ready = false; });
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.uri = undefined;
      this.view = undefined;
      this.result = undefined;
      this.throttle.dispose();
    });
  }

  private follows(uri: vscode.Uri): boolean {
    return this.panel !== undefined && this.uri?.toString() === uri.toString();
  }

  private follow(uri: vscode.Uri): void {
    if (this.uri?.toString() !== uri.toString()) {
      this.uri = uri;
      this.view = undefined;
      this.result = undefined;
      this.highlighted = null;
    }
    if (this.panel) this.panel.title = vscode.l10n.t('Preview: {0}', path.posix.basename(uri.path));
    void this.refresh(true);
  }

  private onActiveEditor(editor: vscode.TextEditor | undefined): void {
    if (!this.panel || !editor || !isReportDocument(editor.document)) return;
    if (config().get<boolean>('preview.followActiveEditor', true)) this.follow(editor.document.uri);
  }

  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    if (!this.result || !this.follows(e.textEditor.document.uri)) return;
    const id = cellAt(this.result.model, e.selections[0].active);
    if (id !== this.highlighted) {
      this.highlighted = id;
      this.post({ type: 'highlight', id });
    }
  }

  private post(message: ToWebview): void {
    void this.panel?.webview.postMessage(message);
  }

  /** Asks the server for the analysis and sends the whole view (`full`) or what changed. */
  private async refresh(full: boolean): Promise<void> {
    if (!this.panel || !this.uri || !this.ready) return;
    const seq = ++this.seq, uri = this.uri;
    let result: ModelResult | null;
    try {
      result = await this.server.requestModel(uri);
    } catch (e) {
      if (seq === this.seq) this.post({ type: 'empty', message: vscode.l10n.t('The annual report language server is not available: {0}', String(e)) });
      return;
    }
    if (seq !== this.seq || !this.follows(uri)) return;
    if (!result) {
      this.view = undefined;
      this.post({ type: 'empty', message: vscode.l10n.t('{0} has not been analysed as an annual report.', path.posix.basename(uri.path)) });
      return;
    }
    const strings = previewStrings(vscode.l10n.t);
    const view = buildView(result.model, result.findings, uiLocale(uri), strings, this.origins.get(uri.toString())?.(result.model));
    if (!config().get<boolean>('preview.showCharts', true)) view.charts = [];
    const patch = !full && this.view ? diffView(this.view, view) : undefined;
    if (full || !this.view) this.post({ type: 'full', uri: uri.toString(), state: view, strings });
    else if (patch) this.post({ type: 'patch', patch });
    this.view = view;
    this.result = result;
  }

  private async onMessage(m: FromWebview): Promise<void> {
    if (m.type === 'ready') {
      this.ready = true;
      this.view = undefined;
      this.highlighted = null;
      await this.refresh(true);
      return;
    }
    const result = this.result, uri = this.uri;
    if (!result || !uri) return;
    if (m.type === 'export') {
      await exportTables(result.model, uri, m.format, m.table);
      return;
    }
    const range = m.type === 'reveal' ? rangeOf(result.model, m.id) : result.findings[m.index]?.range;
    if (!range) return;
    const doc = await vscode.workspace.openTextDocument(uri);
    const column = vscode.window.visibleTextEditors.find(e => e.document === doc)?.viewColumn ?? vscode.ViewColumn.One;
    const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    await vscode.window.showTextDocument(doc, { viewColumn: column, selection, preserveFocus: false });
  }

  dispose(): void {
    this.panel?.dispose();
    this.throttle.dispose();
    this.subscriptions.forEach(d => d.dispose());
  }
}
