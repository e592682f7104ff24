// "Mark as reviewed": dismissals in `<workspace folder>/.vscode/xxgk-reviewed.json`, keyed by
// the document's path (relative to the folder), the rule code, the cell ids and the values
// involved. A dismissal survives unrelated edits and lapses when one of those values changes.
// The report text itself is never touched.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { ReportModel } from '../core/model';
import { cellsWithCategories } from '../core/model';
import { toSource } from '../core/text';
import type { Cell, Finding, Range } from '../core/types';
import { folderOf, uriToPath } from './paths';
import type { ReviewKey } from './protocol';

export interface ReviewEntry extends ReviewKey { file: string; reason: string; message?: string; reviewedAt: string }
interface StoreFile { version: 1; reviewed: ReviewEntry[] }

export const STORE_NAME = path.join('.vscode', 'xxgk-reviewed.json');

/** Line offsets of the last text seen: reviewKey runs for every finding of one analysis. */
let last: { text: string; src: ReturnType<typeof toSource> } | null = null;

function textAt(text: string, r: Range): string {
  if (last?.text !== text) last = { text, src: toSource(text) };
  const src = last.src;
  const from = (src.offsets[r.start.line] ?? text.length) + r.start.character;
  const to = (src.offsets[r.end.line] ?? text.length) + r.end.character;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** Cells by id, built once per analysis (reviewKey runs for every finding). */
const cellMaps = new WeakMap<ReportModel, ReadonlyMap<string, Cell>>();
function cellsOf(model: ReportModel): ReadonlyMap<string, Cell> {
  let m = cellMaps.get(model);
  if (!m) cellMaps.set(model, (m = cellsWithCategories(model)));
  return m;
}

/** The key of a finding: code, its cells, their values, and the offending text itself. */
export function reviewKey(f: Finding, model: ReportModel | null, text: string): ReviewKey {
  const cells = [...(f.cells ?? [])];
  const byId: ReadonlyMap<string, Cell> = model ? cellsOf(model) : new Map();
  const values = cells.map(id => {
    const c = byId.get(id);
    return !c ? '?' : c.value === null ? `raw:${c.raw.trim()}` : String(c.value);
  });
  values.push(textAt(text, f.range));
  return { code: f.code, cells, values };
}

const same = (a: ReviewKey, b: ReviewKey) =>
  a.code === b.code && a.cells.join() === b.cells.join() && a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);

export class ReviewStore {
  private cache = new Map<string, { stamp: string; data: StoreFile }>();

  /** `enabled` is false in an untrusted workspace: the store is then neither read nor written. */
  constructor(private folders: () => string[], private enabled: () => boolean = () => true) {}

  private locate(uri: string): { store: string; file: string } | null {
    if (!this.enabled()) return null;
    const doc = uriToPath(uri);
    if (!doc) return null;
    const folder = folderOf(doc, this.folders());
    return { store: path.join(folder, STORE_NAME), file: path.relative(folder, doc).split(path.sep).join('/') };
  }

  private async read(store: string): Promise<StoreFile> {
    let stamp: string;
    try { const st = await fs.stat(store); stamp = `${st.mtimeMs}:${st.size}`; } catch { return { version: 1, reviewed: [] }; }
    const hit = this.cache.get(store);
    if (hit?.stamp === stamp) return hit.data;
    let data: StoreFile = { version: 1, reviewed: [] };
    try {
      const parsed = JSON.parse(await fs.readFile(store, 'utf8')) as Partial<StoreFile>;
      if (Array.isArray(parsed.reviewed)) data = { version: 1, reviewed: parsed.reviewed.filter(e => e && typeof e.code === 'string' && Array.isArray(e.cells) && Array.isArray(e.values)) };
    } catch { /* unreadable store: nothing dismissed */ }
    this.cache.set(store, { stamp, data });
    return data;
  }

  /** Dismissals that apply to the document at `uri`. */
  async entries(uri: string): Promise<ReviewEntry[]> {
    const at = this.locate(uri);
    if (!at) return [];
    return (await this.read(at.store)).reviewed.filter(e => e.file === at.file);
  }

  static isReviewed(entries: ReviewEntry[], key: ReviewKey): ReviewEntry | undefined {
    return entries.find(e => same(e, key));
  }

  /** Records a dismissal; returns the store's path. */
  async add(uri: string, key: ReviewKey, reason: string, message?: string): Promise<string> {
    const at = this.locate(uri);
    if (!at) throw new Error(`cannot store a review for ${uri}`);
    const data = await this.read(at.store);
    const reviewed = data.reviewed.filter(e => !(e.file === at.file && same(e, key)));
    reviewed.push({ file: at.file, code: key.code, cells: key.cells, values: key.values, reason, message, reviewedAt: new Date().toISOString() });
    await fs.mkdir(path.dirname(at.store), { recursive: true });
    await fs.writeFile(at.store, JSON.stringify({ version: 1, reviewed }, null, 2) + '\n', 'utf8');
    this.cache.delete(at.store);
    return at.store;
  }
}
