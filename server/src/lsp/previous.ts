// Cross-year: last year's report of the same issuer, passed to analyze as `previous`. Open
// documents are searched first, then .txt/.xxgk/.md files of the workspace folders (listed
// lazily, each file analysed once and cached by mtime and size).

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { ReportModel } from '../core/model';
import { issuerMatch } from '../core/narrative/pairing';
import { pathToUri, uriToPath } from './paths';

export interface YearKey { issuer: string; year: number }

const EXT = new Set(['.txt', '.xxgk', '.md']);
const SKIP = new Set(['node_modules', 'out', 'dist']);
const MAX_FILES = 1000, MAX_DEPTH = 6, MAX_SIZE = 2_000_000, LIST_TTL_MS = 10_000;

export function yearKey(model: ReportModel | null | undefined): YearKey | null {
  const issuer = model?.title?.issuer;
  const year = model?.year ?? model?.title?.year ?? null;
  return issuer && year ? { issuer, year } : null;
}

/** Same issuer (as the CLI pairs them: `淮安市洪泽区人民政府` ~ `洪泽区人民政府`), one year before. */
export const isPreviousOf = (prev: YearKey | null, key: YearKey) => !!prev && prev.year === key.year - 1 && issuerMatch(prev.issuer, key.issuer) > 0;

export interface PreviousReport { uri: string; model: ReportModel }

export class PreviousFinder {
  private files = new Map<string, { stamp: string; checked: number; key: YearKey | null; model: ReportModel | null }>();
  private listing: { at: number; files: string[] } | null = null;

  constructor(
    private folders: () => string[],
    private openModels: () => Iterable<{ uri: string; model: ReportModel | null }>,
    private modelOf: (text: string) => ReportModel,
  ) {}

  /** Forget the folder listing and when files were last checked (files created, changed or deleted). */
  invalidate(): void {
    this.listing = null;
    for (const f of this.files.values()) f.checked = 0;
  }

  async find(uri: string, key: YearKey): Promise<PreviousReport | null> {
    for (const o of this.openModels()) if (o.uri !== uri && isPreviousOf(yearKey(o.model), key)) return { uri: o.uri, model: o.model! };
    const self = uriToPath(uri);
    const open = new Set([...this.openModels()].map(o => uriToPath(o.uri)));
    for (const file of await this.list()) {
      if (file === self || open.has(file)) continue;
      const info = await this.read(file);
      if (info?.model && isPreviousOf(info.key, key)) return { uri: pathToUri(file), model: info.model };
    }
    return null;
  }

  /** A file's model; each file is stat'ed at most once per listing period, not on every keystroke. */
  private async read(file: string) {
    const cached = this.files.get(file);
    if (cached && Date.now() - cached.checked < LIST_TTL_MS) return cached;
    let st;
    try { st = await fs.stat(file); } catch { this.files.delete(file); return null; }
    if (st.size > MAX_SIZE) return null;
    const stamp = `${st.mtimeMs}:${st.size}`;
    if (cached?.stamp === stamp) { cached.checked = Date.now(); return cached; }
    let model: ReportModel | null = null;
    try {
      const text = await fs.readFile(file, 'utf8');
      if (text.includes('政府信息公开')) model = this.modelOf(text);
    } catch { /* unreadable or engine failure: not a candidate */ }
    const info = { stamp, checked: Date.now(), key: yearKey(model), model };
    this.files.set(file, info);
    return info;
  }

  private async list(): Promise<string[]> {
    if (this.listing && Date.now() - this.listing.at < LIST_TTL_MS) return this.listing.files;
    const out: string[] = [];
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > MAX_DEPTH || out.length >= MAX_FILES) return;
      let entries;
      try { entries = await fs.readdir(dir, { withFileTypes: true }); } catch { return; }
      for (const e of entries) {
        if (out.length >= MAX_FILES) return;
        if (e.name.startsWith('.') || SKIP.has(e.name)) continue;
        const p = path.join(dir, e.name);
        if (e.isDirectory()) await walk(p, depth + 1);
        else if (e.isFile() && EXT.has(path.extname(e.name).toLowerCase())) out.push(p);
      }
    };
    for (const f of this.folders()) await walk(f, 0);
    this.listing = { at: Date.now(), files: out };
    return out;
  }
}
