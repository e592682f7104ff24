// "Mark as reviewed": dismissals in `<workspace folder>/.vscode/xxgk-reviewed.json`, keyed by
// the document's path (relative to the folder), the rule code, the cell ids and the values
// involved. A dismissal survives unrelated edits and lapses when one of those values changes.
// The report text itself is never touched.
//
// The store is the user's file (often committed, sometimes merged by hand), so it is never lost:
// a store that does not parse is read as far as it goes but never written (the error names its
// line); unknown fields, comments and layout survive because each dismissal is written as an
// edit of the text (jsonc-parser `modify`), not by re-serialising; writes go one at a time
// through one queue, each re-reading the file, and land atomically (temp file + rename).

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { applyEdits, modify, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ReportModel } from '../core/model';
import { cellsWithCategories } from '../core/model';
import type { CellIndex } from '../core/cell-index';
import { Attached } from '../core/attached';
import { offsetAt, toSource } from '../core/text';
import type { Finding, Range } from '../core/types';
import { folderOf, insideFolder, uriToPath } from './paths';
import type { ReviewKey } from '../shared/protocol';

export interface ReviewEntry extends ReviewKey { file: string; reason: string; message?: string; reviewedAt: string }

export const STORE_NAME = path.join('.vscode', 'xxgk-reviewed.json');

/** Line offsets of the last text seen: reviewKey runs for every finding of one analysis. */
let last: { text: string; src: ReturnType<typeof toSource> } | null = null;

function textAt(text: string, r: Range): string {
  if (last?.text !== text) last = { text, src: toSource(text) };
  const src = last.src;
  return text.slice(offsetAt(src, r.start), offsetAt(src, r.end)).replace(/\s+/g, ' ').trim();
}

/** Cells by id, built once per analysis (reviewKey runs for every finding). */
const cellMaps = new Attached<ReportModel, CellIndex>('review cells');
function cellsOf(model: ReportModel): CellIndex {
  let m = cellMaps.get(model);
  if (!m) cellMaps.set(model, (m = cellsWithCategories(model)));
  return m;
}

/** The key of a finding: code, its cells, their values, and the offending text itself. */
export function reviewKey(f: Finding, model: ReportModel | null, text: string): ReviewKey {
  const cells = [...(f.cells ?? [])];
  const byId = model ? cellsOf(model) : null;
  const values = cells.map(id => {
    const c = byId?.get(id);
    return !c ? '?' : c.value === null ? `raw:${c.raw.trim()}` : String(c.value);
  });
  values.push(textAt(text, f.range));
  return { code: f.code, cells, values };
}

const same = (a: ReviewKey, b: ReviewKey) =>
  a.code === b.code && a.cells.join() === b.cells.join() && a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);

/** Why a dismissal was not written: the store does not parse, or the document has no folder. */
export class ReviewStoreError extends Error {
  constructor(readonly kind: 'unparsable' | 'outside', readonly store: string, readonly line = 0, readonly detail = '') {
    super(kind === 'unparsable' ? `${store}:${line}: ${detail}` : `not inside a workspace folder: ${store}`);
  }
}

interface StoreText { root: unknown; reviewed: ReviewEntry[]; error: { line: number; detail: string } | null }

const isEntry = (e: unknown): e is ReviewEntry => {
  const o = e as ReviewEntry | null;
  return !!o && typeof o === 'object' && typeof o.file === 'string' && typeof o.code === 'string' && Array.isArray(o.cells) && Array.isArray(o.values);
};

/** The store's text, its entries (as far as it parses) and its first parse error. */
function readStore(text: string): StoreText {
  const errors: ParseError[] = [];
  const root = parse(text, errors, { allowTrailingComma: false, disallowComments: false }) as unknown;
  const list = (root as { reviewed?: unknown } | null)?.reviewed;
  const reviewed = Array.isArray(list) ? list.filter(isEntry) : [];
  const first = errors[0];
  const error = first ? { line: text.slice(0, first.offset).split('\n').length, detail: printParseErrorCode(first.error) } : null;
  return { root, reviewed, error };
}

const EMPTY = '{\n  "version": 1,\n  "reviewed": []\n}\n';

export class ReviewStore {
  private cache = new Map<string, { stamp: string; data: StoreText }>();
  /** Every write, one after the other: concurrent marks each see the ones before. */
  private queue: Promise<unknown> = Promise.resolve();

  /** `enabled` is false in an untrusted workspace: the store is then neither read nor written. */
  constructor(private folders: () => string[], private enabled: () => boolean = () => true) {}

  private locate(uri: string): { store: string; file: string; inFolder: boolean } | null {
    if (!this.enabled()) return null;
    const doc = uriToPath(uri);
    if (!doc) return null;
    const folder = folderOf(doc, this.folders());
    return { store: path.join(folder, STORE_NAME), file: path.relative(folder, doc).split(path.sep).join('/'), inFolder: insideFolder(doc, this.folders()) };
  }

  private async read(store: string): Promise<StoreText | null> {
    let stamp: string;
    try { const st = await fs.stat(store); stamp = `${st.mtimeMs}:${st.size}`; } catch { return null; }
    const hit = this.cache.get(store);
    if (hit?.stamp === stamp) return hit.data;
    const data = readStore(await fs.readFile(store, 'utf8'));
    this.cache.set(store, { stamp, data });
    return data;
  }

  /** Dismissals that apply to the document at `uri` (of a broken store, those before the error). */
  async entries(uri: string): Promise<ReviewEntry[]> {
    const at = this.locate(uri);
    if (!at) return [];
    try { return (await this.read(at.store))?.reviewed.filter(e => e.file === at.file) ?? []; } catch { return []; }
  }

  static isReviewed(entries: ReviewEntry[], key: ReviewKey): ReviewEntry | undefined {
    return entries.find(e => same(e, key));
  }

  /**
   * Records a dismissal; returns the store's path. Throws `ReviewStoreError` when the store does
   * not parse (nothing is written) or when the document lies outside every workspace folder.
   */
  add(uri: string, key: ReviewKey, reason: string, message?: string): Promise<string> {
    const run = this.queue.then(() => this.write(uri, key, reason, message));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(uri: string, key: ReviewKey, reason: string, message?: string): Promise<string> {
    const at = this.locate(uri);
    if (!at) throw new Error(`cannot store a review for ${uri}`);
    if (!at.inFolder) throw new ReviewStoreError('outside', at.store);
    let text: string;
    try { text = await fs.readFile(at.store, 'utf8'); } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      text = EMPTY;
    }
    const cur = readStore(text);
    if (cur.error) throw new ReviewStoreError('unparsable', at.store, cur.error.line, cur.error.detail);
    const root = cur.root as { reviewed?: unknown } | null;
    if (!root || typeof root !== 'object' || Array.isArray(root)) throw new ReviewStoreError('unparsable', at.store, 1, 'ObjectExpected');
    const fmt = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };
    const entry: ReviewEntry = { file: at.file, code: key.code, cells: key.cells, values: key.values, reason, message, reviewedAt: new Date().toISOString() };
    if (!Array.isArray(root.reviewed)) {
      text = applyEdits(text, modify(text, ['reviewed'], [entry], fmt));
    } else {
      // The earlier dismissal of the same finding gives way (from the end: indices stay valid).
      for (let i = root.reviewed.length - 1; i >= 0; i--) {
        const e = root.reviewed[i] as unknown;
        if (isEntry(e) && e.file === at.file && same(e, key)) text = applyEdits(text, modify(text, ['reviewed', i], undefined, fmt));
      }
      text = applyEdits(text, modify(text, ['reviewed', -1], entry, { ...fmt, isArrayInsertion: true }));
    }
    await fs.mkdir(path.dirname(at.store), { recursive: true });
    const tmp = path.join(path.dirname(at.store), `.xxgk-reviewed.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`);
    try {
      await fs.writeFile(tmp, text, 'utf8');
      await fs.rename(tmp, at.store);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw e;
    }
    this.cache.delete(at.store);
    return at.store;
  }
}
