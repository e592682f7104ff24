// In-memory LSP client for the server tests: spawns the real bundled server (dist/server.js
// --stdio), speaks the protocol through vscode-languageserver-protocol, answers the server's
// requests (configuration, refresh, applyEdit, registration) and records every notification so
// tests can wait for them (never for a fixed time).

import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest, ConfigurationRequest, createProtocolConnection, DiagnosticRefreshRequest,
  DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification, DidSaveTextDocumentNotification, DocumentDiagnosticRequest, ExitNotification,
  InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest,
  StreamMessageReader, StreamMessageWriter, UnregistrationRequest,
  type ApplyWorkspaceEditParams, type ClientCapabilities, type Diagnostic, type DocumentDiagnosticReport,
  type ProtocolConnection, type PublishDiagnosticsParams, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DidAnalyzeNotification, type DidAnalyzeParams, type InitOptions } from '../../server/src/shared/protocol';

export const ROOT = path.resolve(__dirname, '../../..');
export const SERVER = path.join(ROOT, 'dist/server.js');
/** The project's own synthetic reports (test/fixtures/README.md). */
export const REPORTS = path.join(ROOT, 'test/fixtures/reports');

export interface ClientOptions {
  /** Declare `textDocument/diagnostic` support (pull); push otherwise. */
  pull?: boolean;
  locale?: string;
  initializationOptions?: InitOptions;
  /** Workspace folder (file system path). */
  folder?: string;
  /** `xxgk` settings returned for every `workspace/configuration` request. */
  settings?: Record<string, unknown>;
  /** Without `workspace/configuration` support (settings pushed with didChangeConfiguration). */
  noConfiguration?: boolean;
  timeoutMs?: number;
  /** Documents opened before `initialize` (a client out of order). */
  openedEarly?: { uri: string; text: string }[];
}

type Event =
  | { kind: 'publish'; params: PublishDiagnosticsParams; at: number }
  | { kind: 'didAnalyze'; params: DidAnalyzeParams; at: number }
  | { kind: 'refresh'; at: number };

export class TestClient {
  readonly events: Event[] = [];
  readonly docs = new Map<string, TextDocument>();
  settings: Record<string, unknown>;
  configurationRequests = 0;
  /** Answer to `workspace/applyEdit`; applies the edit to the client's documents by default. */
  applied: WorkspaceEdit[] = [];
  private listeners: (() => void)[] = [];
  private stderr = '';

  private constructor(readonly conn: ProtocolConnection, readonly proc: ChildProcess, readonly opts: ClientOptions) {
    this.settings = opts.settings ?? {};
  }

  static async start(opts: ClientOptions = {}): Promise<TestClient> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(conn, proc, opts);
    proc.stderr!.on('data', d => { client.stderr += String(d); });
    client.wire();
    conn.listen();
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: !opts.noConfiguration,
        workspaceFolders: true,
        applyEdit: true,
        workspaceEdit: { documentChanges: true },
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        diagnostics: opts.pull ? { refreshSupport: true } : undefined,
      },
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        diagnostic: opts.pull ? { dynamicRegistration: false, relatedDocumentSupport: false } : undefined,
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
          isPreferredSupport: true, dataSupport: true, resolveSupport: { properties: ['edit'] },
        },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        foldingRange: {},
        formatting: {},
        codeLens: {},
      },
    };
    for (const d of opts.openedEarly ?? []) client.open(d.uri, d.text);
    const folder = opts.folder ? { uri: pathToFileURL(opts.folder).toString(), name: path.basename(opts.folder) } : null;
    await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder?.uri ?? null,
      workspaceFolders: folder ? [folder] : null,
      capabilities,
      locale: opts.locale,
      initializationOptions: opts.initializationOptions,
    });
    await conn.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private wire(): void {
    const push = (e: Event) => { this.events.push(e); for (const l of [...this.listeners]) l(); };
    this.conn.onNotification(PublishDiagnosticsNotification.type, params => push({ kind: 'publish', params, at: performance.now() }));
    this.conn.onNotification(DidAnalyzeNotification, params => push({ kind: 'didAnalyze', params, at: performance.now() }));
    this.conn.onRequest(ConfigurationRequest.type, params => {
      this.configurationRequests++;
      return params.items.map(i => (i.section === 'xxgk' ? this.settings : null));
    });
    this.conn.onRequest(DiagnosticRefreshRequest.type, () => { push({ kind: 'refresh', at: performance.now() }); return null; });
    this.conn.onRequest(RegistrationRequest.type, () => null);
    this.conn.onRequest(UnregistrationRequest.type, () => null);
    this.conn.onRequest(ApplyWorkspaceEditRequest.type, (p: ApplyWorkspaceEditParams) => {
      this.applied.push(p.edit);
      return { applied: true };
    });
  }

  /** Index of the next event, to wait for events after this point. */
  mark(): number {
    return this.events.length;
  }

  /** Resolves with the first event (at index ≥ `from`) satisfying `pred`. */
  waitFor<K extends Event['kind']>(kind: K, pred: (e: Extract<Event, { kind: K }>) => boolean = () => true, from = 0): Promise<Extract<Event, { kind: K }>> {
    const timeout = this.opts.timeoutMs ?? 10_000;
    return new Promise((resolve, reject) => {
      const check = () => {
        for (let i = from; i < this.events.length; i++) {
          const e = this.events[i];
          if (e.kind === kind && pred(e as Extract<Event, { kind: K }>)) { done(); resolve(e as Extract<Event, { kind: K }>); return true; }
        }
        return false;
      };
      const timer = setTimeout(() => { done(); reject(new Error(`timed out waiting for ${kind}; server stderr: ${this.stderr.slice(-2000)}`)); }, timeout);
      const listener = () => void check();
      const done = () => { clearTimeout(timer); this.listeners = this.listeners.filter(l => l !== listener); };
      this.listeners.push(listener);
      check();
    });
  }

  open(uri: string, text: string, languageId = 'xxgk-report'): TextDocument {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    void this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return doc;
  }

  /**
   * Applies `edits` (all relative to the current text, as in a WorkspaceEdit) and sends them as
   * incremental changes, last first so each range stays valid; a string replaces the whole text.
   * Returns the new version.
   */
  change(uri: string, edits: TextEdit[] | string): number {
    const old = this.docs.get(uri)!;
    const version = old.version + 1;
    const order = (e: TextEdit) => old.offsetAt(e.range.start);
    const changes = typeof edits === 'string' ? [{ text: edits }]
      : edits.map((e, i) => ({ e, i })).sort((a, b) => order(b.e) - order(a.e) || b.i - a.i).map(({ e }) => ({ range: e.range, text: e.newText }));
    const doc = TextDocument.update(old, changes, version);
    this.docs.set(uri, doc);
    void this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  save(uri: string): void {
    void this.conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  close(uri: string): void {
    this.docs.delete(uri);
    void this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  /** Changes settings the way VS Code does (notification; values then pulled per resource). */
  configure(settings: Record<string, unknown>): void {
    this.settings = settings;
    void this.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { xxgk: settings } });
  }

  /** Diagnostics of `uri` for `version` (pushed, or pulled when the client pulls). */
  async diagnostics(uri: string, version = this.docs.get(uri)!.version, from = 0): Promise<Diagnostic[]> {
    if (this.opts.pull) {
      const report = await this.pull(uri);
      if (report.kind !== 'full') throw new Error('expected a full report');
      return report.items;
    }
    const e = await this.waitFor('publish', x => x.params.uri === uri && x.params.version === version, from);
    return e.params.diagnostics;
  }

  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
  }

  publishes(uri: string): PublishDiagnosticsParams[] {
    return this.events.flatMap(e => (e.kind === 'publish' && e.params.uri === uri ? [e.params] : []));
  }

  async stop(): Promise<void> {
    try {
      await this.conn.sendRequest(ShutdownRequest.type);
      await this.conn.sendNotification(ExitNotification.type);
    } catch { /* already gone */ }
    await new Promise<void>(resolve => {
      if (this.proc.exitCode !== null) return resolve();
      const t = setTimeout(() => { this.proc.kill(); resolve(); }, 2000);
      this.proc.once('exit', () => { clearTimeout(t); resolve(); });
    });
    this.conn.dispose();
  }
}

/** Applies a WorkspaceEdit's edits for `uri` to `text`. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const out: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const c of edit.documentChanges ?? []) if ('textDocument' in c && c.textDocument.uri === uri) out.push(...(c.edits as TextEdit[]));
  return out;
}

export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('mem://x', 'x', 0, text), edits);
}

export function uriOf(name: string): string {
  return `file:///virtual/${name}`;
}

/** Options for tests that do not exercise the debounce: analyse at once after each change. */
export const FAST: ClientOptions = { initializationOptions: { debounceMs: 0 } };
