// The real reports shared with the project (never edited, never copied into the repository):
// seeds, pdftotext fixtures and the wider corpus in ../shared beside the clone. Only the
// conformance suite (npm run test:corpus) reads them; scripts/test-corpus.js skips it without them.

import * as fs from 'fs';
import * as path from 'path';

/** `shared/` stands beside the repository (out/test/corpus → ../../../../shared). */
export const SHARED = path.resolve(__dirname, '../../../../shared');

export function seedPath(prefix: string): string {
  const dir = path.join(SHARED, 'seeds');
  return path.join(dir, fs.readdirSync(dir).find(f => f.startsWith(prefix))!);
}
export function readSeed(prefix: string): string { return fs.readFileSync(seedPath(prefix), 'utf8'); }
export function readFixture(name: string): string { return fs.readFileSync(path.join(SHARED, 'fixtures', 'pdftotext', name), 'utf8'); }

/** Every `.txt` report of a folder of ../shared, as [name, text]. */
export function reportsIn(dir: string): [string, string][] {
  const full = path.join(SHARED, dir);
  return fs.readdirSync(full).filter(f => f.endsWith('.txt')).sort().map(f => [`${dir}/${f}`, fs.readFileSync(path.join(full, f), 'utf8')]);
}
