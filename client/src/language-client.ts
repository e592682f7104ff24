// The language client: started on the first report document (not on every plain-text file the
// auto-detection activates for), restarted when its document selector or the workspace trust
// changes. Forwards `xxgk/didAnalyze` and answers `xxgk/model` requests for the preview.

import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type Middleware, type ServerOptions } from 'vscode-languageclient/node';
import { DidAnalyzeNotification, ModelRequest, type DidAnalyzeParams, type InitOptions, type ModelResult } from '../../server/src/shared/protocol';
import { modelResult, didAnalyze } from './common/validate';
import { isReportText } from '../../server/src/core/detect';
import { LANGUAGE_ID, config, documentHead } from './reports';

function documentSelector(validateMarkdown: boolean): DocumentSelector {
  const languages = validateMarkdown ? [LANGUAGE_ID, 'markdown'] : [LANGUAGE_ID];
  return languages.flatMap(language => ['file', 'untitled'].map(scheme => ({ scheme, language })));
}

/**
 * Sends the server only the markdown documents that are reports when opened (server/src/core/detect.ts), so other
 * markdown files are never analysed or flagged. A markdown file that becomes a report later is
 * checked once it is reopened.
 */
function markdownGate(): Middleware {
  const sent = new Set<string>();
  const passes = (doc: vscode.TextDocument) => doc.languageId !== 'markdown' || sent.has(doc.uri.toString());
  return {
    didOpen: async (doc, next) => {
      if (doc.languageId === 'markdown' && !isReportText(documentHead(doc))) return;
      sent.add(doc.uri.toString());
      await next(doc);
    },
    didChange: async (e, next) => { if (passes(e.document)) await next(e); },
    didSave: async (doc, next) => { if (passes(doc)) await next(doc); },
    didClose: async (doc, next) => {
      if (!passes(doc)) return;
      sent.delete(doc.uri.toString());
      await next(doc);
    },
  };
}

async function stop(client: Promise<LanguageClient>): Promise<void> {
  await client.then(c => c.stop(), () => undefined);
}

export class ServerConnection implements vscode.Disposable {
  private starting: Promise<LanguageClient> | undefined;
  private readonly analyzed = new vscode.EventEmitter<DidAnalyzeParams>();
  readonly onDidAnalyze = this.analyzed.event;
  /** One output channel for every start, so a restart does not recreate it. */
  private readonly output = vscode.window.createOutputChannel(vscode.l10n.t('Annual report language server'));

  constructor(private readonly context: vscode.ExtensionContext) {}

  /** Starts the client once; later calls return the same client. */
  ensure(): Promise<LanguageClient> {
    // A failed start is forgotten, so the next report document tries again.
    this.starting ??= this.start().catch(e => { this.starting = undefined; throw e; });
    return this.starting;
  }

  async restart(): Promise<void> {
    if (!this.starting) return;
    const old = this.starting;
    this.starting = undefined;
    await stop(old);
    await this.ensure();
  }

  /** Runs a command the server executes (`workspace/executeCommand`), e.g. `xxgk.server.fixAll`. */
  async executeServerCommand<T>(command: string, arg: unknown): Promise<T> {
    const client = await this.ensure();
    return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [arg] }) as Promise<T>;
  }

  async protocolUri(uri: vscode.Uri): Promise<string> {
    return (await this.ensure()).code2ProtocolConverter.asUri(uri);
  }

  async requestModel(uri: vscode.Uri): Promise<ModelResult | null> {
    const client = await this.ensure();
    return modelResult(await client.sendRequest(ModelRequest, { uri: client.code2ProtocolConverter.asUri(uri) }));
  }

  private async start(): Promise<LanguageClient> {
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const validateMarkdown = config().get<boolean>('validateMarkdown', false);
    const initializationOptions: InitOptions = { locale: vscode.env.language, validateMarkdown, workspaceTrusted: vscode.workspace.isTrusted };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(validateMarkdown),
      synchronize: { configurationSection: 'xxgk' },
      initializationOptions,
      middleware: markdownGate(),
      outputChannel: this.output,
    };
    const client = new LanguageClient('xxgk', vscode.l10n.t('Annual report language server'), serverOptions, clientOptions);
    client.onNotification(DidAnalyzeNotification, (raw: unknown) => {
      const p = didAnalyze(raw);
      if (p) this.analyzed.fire(p);
    });
    await client.start();
    return client;
  }

  async dispose(): Promise<void> {
    this.analyzed.dispose();
    if (this.starting) await stop(this.starting);
    this.output.dispose();
  }
}
