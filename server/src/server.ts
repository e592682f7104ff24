// The language server's entry: connection, documents and the wiring of each LSP feature in
// lsp/. Everything report-specific comes from the engine (core/analyze).

import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  ErrorCodes, ProposedFeatures, ResponseError, TextDocuments, TextDocumentSyncKind, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from './lsp/analysis';
import { FIX_ALL_KIND, REVIEW_KIND, registerCodeActions } from './lsp/codeActions';
import { registerCodeLens } from './lsp/codeLens';
import { registerCommands, SERVER_COMMANDS } from './lsp/execute-command';
import type { ClientCaps, Ctx } from './lsp/context';
import { registerFolding } from './lsp/folding';
import { registerFormatting } from './lsp/formatting';
import { registerHover } from './lsp/hover';
import { registerModelRequest } from './lsp/model-request';
import { AFTER_SHUTDOWN, lifecycleStrategy, type AfterShutdownParams } from './lsp/lifecycle';
import type { InitOptions } from './shared/protocol';
import { uriToPath } from './lsp/paths';
import { ReviewStore } from './lsp/reviewed';
import { SettingsCache } from './lsp/settings';
import { registerSymbols } from './lsp/symbols';

const connection = createConnection(ProposedFeatures.all, { messageStrategy: lifecycleStrategy() });
connection.onRequest(AFTER_SHUTDOWN, (p: AfterShutdownParams) => {
  throw new ResponseError(ErrorCodes.InvalidRequest, `${p.method}: the server has been shut down`);
});
const documents = new TextDocuments(TextDocument);
let caps: ClientCaps;
let folders: string[] = [];
let clientLocale: string | undefined;
let debounceMs: number | undefined;
let trusted = true;

const settings = new SettingsCache(connection, () => caps?.configuration ?? false);
const reviews = new ReviewStore(() => folders, () => trusted);
let analyzer: Analyzer | undefined;

connection.onInitialize((params): InitializeResult => {
  const c = params.capabilities;
  caps = {
    pullDiagnostics: !!c.textDocument?.diagnostic,
    refreshDiagnostics: !!c.workspace?.diagnostics?.refreshSupport,
    configuration: !!c.workspace?.configuration,
    documentChanges: !!c.workspace?.workspaceEdit?.documentChanges,
    codeActionResolve: !!c.textDocument?.codeAction?.resolveSupport?.properties.includes('edit'),
    relatedInformation: !!c.textDocument?.publishDiagnostics?.relatedInformation || !!c.textDocument?.diagnostic,
    hierarchicalSymbols: !!c.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport,
    watchedFilesDynamic: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    configurationDynamic: !!c.workspace?.didChangeConfiguration?.dynamicRegistration,
  };
  const init = (params.initializationOptions ?? {}) as InitOptions;
  clientLocale = init.locale ?? params.locale;
  trusted = init.workspaceTrusted !== false;
  if (typeof init.debounceMs === 'number' && init.debounceMs >= 0) debounceMs = init.debounceMs;
  const uris = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  folders = uris.map(uriToPath).filter((p): p is string => !!p);
  const a = analyzer = new Analyzer({
    connection, documents, settings, reviews, debounceMs,
    folders: () => folders,
    clientLocale: () => clientLocale,
    pull: () => caps.pullDiagnostics,
    refreshSupport: () => caps.refreshDiagnostics,
    relatedInformation: () => caps.relatedInformation,
  });
  const ctx: Ctx = { connection, documents, analyzer: a, reviews, caps };
  registerHover(ctx);
  registerCodeActions(ctx);
  registerCommands(ctx);
  registerSymbols(ctx);
  registerFolding(ctx);
  registerFormatting(ctx);
  registerCodeLens(ctx);
  registerModelRequest(ctx);
  if (caps.pullDiagnostics) connection.languages.diagnostics.on((p, token) => a.pullDiagnostics(p, token));
  // Documents opened before `initialize` (a client out of order) are checked now, not dropped.
  for (const doc of documents.all()) a.opened(doc.uri);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, REVIEW_KIND, CodeActionKind.SourceFixAll, FIX_ALL_KIND], resolveProvider: true },
      executeCommandProvider: { commands: SERVER_COMMANDS },
      documentSymbolProvider: { label: 'xxgk' },
      foldingRangeProvider: true,
      documentFormattingProvider: true,
      codeLensProvider: { resolveProvider: false },
      diagnosticProvider: caps.pullDiagnostics ? { identifier: 'xxgk', interFileDependencies: true, workspaceDiagnostics: false } : undefined,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'xxgk-report' },
  };
});

connection.onInitialized(() => {
  if (caps.configurationDynamic) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'xxgk' });
  if (caps.watchedFilesDynamic) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/.vscode/xxgk-reviewed.json' }, { globPattern: '**/*.{txt,xxgk,md}' }],
    });
  }
  connection.workspace.onDidChangeWorkspaceFolders(e => {
    const removed = new Set(e.removed.map(f => uriToPath(f.uri)));
    folders = [...folders.filter(f => !removed.has(f)), ...e.added.map(f => uriToPath(f.uri)).filter((p): p is string => !!p)];
    analyzer?.previous.invalidate();
    analyzer?.invalidateAll();
  });
});

connection.onDidChangeConfiguration(change => {
  settings.changed(change.settings);
  analyzer?.invalidateAll();
});

connection.onDidChangeWatchedFiles(change => {
  analyzer?.previous.invalidate();
  // Dismissals edited by hand, or a report changed outside the editor (a possible last year).
  if (change.changes.some(c => c.uri.endsWith('xxgk-reviewed.json') || !documents.get(c.uri))) analyzer?.invalidateAll();
});

// Before `initialize` there is no analyzer yet: the documents are kept, and checked once it comes.
const openedAt = new Map<string, number>();
documents.onDidOpen(e => { openedAt.set(e.document.uri, e.document.version); analyzer?.opened(e.document.uri); });
documents.onDidChangeContent(e => { if (openedAt.get(e.document.uri) !== e.document.version) analyzer?.changed(e.document.uri); });
documents.onDidSave(e => analyzer?.saved(e.document.uri));
documents.onDidClose(e => { openedAt.delete(e.document.uri); settings.forget(e.document.uri); analyzer?.closed(e.document.uri); });

documents.listen(connection);
connection.listen();
