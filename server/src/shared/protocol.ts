// The server's own protocol besides standard LSP (docs/ARCHITECTURE.md): custom request and
// notification, command ids, the payload diagnostics carry. Shared with the client and tests.

import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { ReportModel } from '../core/model';
import type { RuleCode } from '../core/registry';
import type { Finding } from '../core/types';

export const SOURCE = 'xxgk';

/** `initializationOptions`: what the client (client/src/language-client.ts) and the tests send the server. */
export interface InitOptions {
  /** VS Code's display language (`vscode.env.language`), used when `xxgk.language` is `auto`. */
  locale?: string;
  /** Markdown documents are synchronised too (only those that are reports when opened). The server checks what it is sent. */
  validateMarkdown?: boolean;
  /** False in Restricted Mode: the server must neither read nor write `.vscode/xxgk-reviewed.json`. */
  workspaceTrusted?: boolean;
  /** Fixed delay between the last change and the check (ms); adaptive by default (`Analyzer.delay`; the tests send 0). */
  debounceMs?: number;
}

export interface ModelParams { uri: string }
export interface ModelResult { uri: string; version: number; model: ReportModel; findings: Finding[] }
export const ModelRequest = new RequestType<ModelParams, ModelResult | null, void>('xxgk/model');

export interface Counts { error: number; warning: number; information: number; hint: number }
export interface DidAnalyzeParams { uri: string; version: number; counts: Counts }
export const DidAnalyzeNotification = new NotificationType<DidAnalyzeParams>('xxgk/didAnalyze');

/** Client-side commands (contributed by the extension). */
export const ClientCommands = {
  openPreview: 'xxgk.openPreview',
  showProblems: 'xxgk.showProblems',
  fixAll: 'xxgk.fixAll',
  /** Code-action command: the client asks for a reason, then runs `ServerCommands.markReviewed`. */
  markReviewed: 'xxgk.markReviewed',
} as const;

/** Commands the server executes (`workspace/executeCommand`). */
export const ServerCommands = {
  /** Args: `[MarkReviewedArgs & { reason: string }]`. Writes `.vscode/xxgk-reviewed.json`. */
  markReviewed: 'xxgk.server.markReviewed',
  /** Args: `[{ uri: string }]`. Applies every preferred fix through `workspace/applyEdit`. */
  fixAll: 'xxgk.server.fixAll',
} as const;

/** What identifies a reviewed finding: survives unrelated edits, lapses when the values change. */
export interface ReviewKey { code: string; cells: string[]; values: string[] }

/** Arguments of the `xxgk.markReviewed` code-action command. */
export interface MarkReviewedArgs extends ReviewKey { uri: string; message: string; reason?: string }

/** `Diagnostic.data` of every xxgk diagnostic: a small key; code actions look the finding (and its fixes) up in the
 *  cached analysis of `version` by `index`, so no diagnostic carries its fixes. */
export interface DiagnosticData { version: number; index: number; review: ReviewKey }

/** Code of the single information diagnostic of a document above `xxgk.maxDocumentSize`. */
export const TOO_LARGE: RuleCode = 'max-document-size';
/** Code of the diagnostic shown when the engine throws. */
export const ENGINE_ERROR: RuleCode = 'internal-error';
