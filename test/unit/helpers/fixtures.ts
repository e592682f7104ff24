// The real reports shared with the project (never edited): seeds and pdftotext fixtures.

import * as fs from 'fs';
import * as path from 'path';

/** `shared/` stands beside the repository (CI clones it there too). */
export const SHARED = path.resolve(__dirname, '../../../../../shared');

export function seedPath(prefix: string): string {
  const dir = path.join(SHARED, 'seeds');
  return path.join(dir, fs.readdirSync(dir).find(f => f.startsWith(prefix))!);
}
export function readSeed(prefix: string): string { return fs.readFileSync(seedPath(prefix), 'utf8'); }
export function readFixture(name: string): string { return fs.readFileSync(path.join(SHARED, 'fixtures', 'pdftotext', name), 'utf8'); }
