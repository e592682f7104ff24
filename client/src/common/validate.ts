// Every message that crosses into the extension or the webview is checked here before it is
// acted on: from the webview (a script that renders report text), from the extension into the
// webview, and from the language server. A message of the wrong shape is dropped (null).

import type { DidAnalyzeParams, FromWebview, ModelResult, ToWebview } from './preview-protocol';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isString = (v: unknown, max = 10_000): v is string => typeof v === 'string' && v.length <= max;

const FORMATS = new Set(['csv', 'xlsx', 'markdown']);
const TABLES = new Set(['t2', 't3', 't4']);

/** Webview → extension. */
export function fromWebview(m: unknown): FromWebview | null {
  if (!isObj(m)) return null;
  switch (m.type) {
    case 'ready': return { type: 'ready' };
    case 'reveal': return isString(m.id, 64) ? { type: 'reveal', id: m.id } : null;
    case 'revealFinding': return isCount(m.index) ? { type: 'revealFinding', index: m.index } : null;
    case 'export':
      if (!isString(m.format) || !FORMATS.has(m.format)) return null;
      if (m.table !== undefined && !(isString(m.table) && TABLES.has(m.table))) return null;
      return { type: 'export', format: m.format as 'csv' | 'xlsx' | 'markdown', table: m.table as 't2' | 't3' | 't4' | undefined };
    default: return null;
  }
}

/** Extension → webview. */
export function toWebview(m: unknown): ToWebview | null {
  if (!isObj(m)) return null;
  switch (m.type) {
    case 'full': return isString(m.uri) && isObj(m.state) && isObj(m.strings) ? m as unknown as ToWebview : null;
    case 'patch': return isObj(m.patch) ? m as unknown as ToWebview : null;
    case 'highlight': return m.id === null || isString(m.id, 64) ? { type: 'highlight', id: m.id as string | null } : null;
    case 'empty': return isString(m.message) ? { type: 'empty', message: m.message } : null;
    default: return null;
  }
}

/** The server's `xxgk/model` answer. */
export function modelResult(m: unknown): ModelResult | null {
  if (!isObj(m) || !isString(m.uri) || !isCount(m.version) || !isObj(m.model) || !Array.isArray(m.findings)) return null;
  if (!Array.isArray(m.model.sections) || !m.findings.every(f => isObj(f) && isString(f.code) && isString(f.message, 100_000) && isObj(f.range))) return null;
  return m as unknown as ModelResult;
}

/** The server's `xxgk/didAnalyze` notification. */
export function didAnalyze(m: unknown): DidAnalyzeParams | null {
  if (!isObj(m) || !isString(m.uri) || !isCount(m.version) || !isObj(m.counts)) return null;
  const c = m.counts;
  return isCount(c.error) && isCount(c.warning) && isCount(c.information) && isCount(c.hint) ? m as unknown as DidAnalyzeParams : null;
}
