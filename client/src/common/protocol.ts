// Messages between the extension and the preview webview. The server's own protocol
// (xxgk/model, xxgk/didAnalyze, commands) is server/src/lsp/protocol.ts; its types are re-exported
// here as types only, so the webview bundle stays free of LSP code.

import type { TableId } from './grid';
import type { PreviewStrings, ViewPatch, ViewState } from '../preview/view';

export type { Counts, DidAnalyzeParams, ModelResult } from '../../../server/src/lsp/protocol';

/** Extension → webview. */
export type ToWebview =
  | { type: 'full'; uri: string; state: ViewState; strings: PreviewStrings }
  | { type: 'patch'; patch: ViewPatch }
  | { type: 'highlight'; id: string | null }
  | { type: 'empty'; message: string };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; id: string }
  | { type: 'revealFinding'; index: number }
  | { type: 'export'; format: 'csv' | 'xlsx' | 'markdown'; table?: TableId };

/** What the webview keeps across reloads (vscode.setState), given back to the serializer. */
export interface WebviewState { uri: string; scrollY: number }
