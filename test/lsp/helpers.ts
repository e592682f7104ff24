// Shared fixtures of the server tests: the project's synthetic reports, the engine run in-process
// for comparison.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import type { Finding, Locale } from '../../server/src/core/types';
import { REPORTS, uriOf } from './client';

export interface Doc { name: string; uri: string; text: string }

/** Every report of test/fixtures/reports, sorted by name. */
export function reports(): Doc[] {
  return fs.readdirSync(REPORTS).filter(f => f.endsWith('.txt')).sort().map(name => ({ name, uri: uriOf(name), text: fs.readFileSync(path.join(REPORTS, name), 'utf8') }));
}

/** One report by its file name without `.txt`. */
export function report(name: string): Doc {
  return reports().find(d => d.name === `${name}.txt`)!;
}

export function engineFindings(text: string, locale: Locale = 'zh-cn'): Finding[] {
  return analyze(text, { locale }).findings;
}

/** Comparable identity of a finding or diagnostic. */
export function ident(x: { code?: string | number; range: { start: { line: number; character: number } }; message: string }): string {
  return `${x.code}@${x.range.start.line}:${x.range.start.character} ${x.message}`;
}

/** Text outside [start, end) of `before` equals the corresponding text of `after`. */
export function outsideUnchanged(before: string, after: string, startOffset: number, endOffset: number, newLength: number): boolean {
  return before.slice(0, startOffset) === after.slice(0, startOffset)
    && before.slice(endOffset) === after.slice(startOffset + newLength);
}
