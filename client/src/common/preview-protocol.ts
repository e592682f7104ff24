// Messages between the extension and the preview webview. The server's own protocol
// (xxgk/model, xxgk/didAnalyze, commands) is server/src/lsp/protocol.ts; its types are re-exported
// here as types only, so the webview bundle stays free of LSP code.

import type { Counts } from '../../../server/src/shared/protocol';
import type { IssuerKind, Severity } from '../../../server/src/core/types';
import type { TableId } from './grid';
import type { PreviewStrings } from './strings';

export type { Counts, DidAnalyzeParams, ModelResult } from '../../../server/src/shared/protocol';

// What the preview shows (built by preview/view.ts, rendered by preview/webview/render.ts).

export interface CellView { text: string; cls: string; title: string }
export interface Bar { label: string; value: number | null }
export interface ChartView { title: string; bars: Bar[] }
/** `index` is the finding's position in the server's list (the extension reveals its range). */
/** The severities in the order the preview lists them. */
export const SEVERITIES: Severity[] = ['error', 'warning', 'information', 'hint'];

export interface FindingView { index: number; severity: Severity; code: string; message: string; line: number }
export interface SummaryView { title: string | null; issuerKind: IssuerKind; year: number | null; publishDate: string | null; counts: Counts }

export interface ViewState {
  summary: SummaryView;
  /** Per table: null when the report has no such table, else a short note (layout, missing columns). */
  tables: Record<TableId, string | null>;
  /** Value cells by canonical id and decorated labels (`row:R05`, `cat:refuse`); the key set never changes. */
  cells: Record<string, CellView>;
  charts: ChartView[];
  findings: FindingView[];
}

export type ViewPatch = Partial<Omit<ViewState, 'cells'>> & { cells?: Record<string, CellView> };

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
