// Shared fixtures of the server tests: the project's synthetic reports, the engine run in-process
// for comparison.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import type { Finding, Locale } from '../../server/src/core/types';
import { REPORTS, uriOf } from './client';
import { consistentData, synthReport, type SynthData, type SynthLayout, type SynthOptions } from '../unit/helpers/synth';
import type { T3RowId } from '../../server/src/core/schema';

export interface Doc { name: string; uri: string; text: string }

/** The server tests' data: every relation holds; few non-zero cells, so each test's change stands out. */
export function sampleData(): SynthData {
  const data = consistentData();
  for (const id of Object.keys(data.t3) as T3RowId[]) data.t3[id] = [0, 0, 0, 0, 0, 0, 0];
  Object.assign(data.t3, {
    R01: [10, 2, 0, 0, 0, 0, 12], R02: [1, 0, 0, 0, 0, 0, 1], R03: [6, 1, 0, 0, 0, 0, 7], R04: [1, 0, 0, 0, 0, 0, 1],
    R13: [3, 1, 0, 0, 0, 0, 4], R24: [10, 2, 0, 0, 0, 0, 12], R25: [1, 0, 0, 0, 0, 0, 1],
  });
  data.t2 = [0, 0, 0, 1, 2, 12, 100, 50, 1, 59.91];
  data.t4 = [0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  return data;
}

/** The server tests' synthetic report (test/unit/helpers/synth.ts) in `layout` (tab by default), with `options`. */
export function sampleReport(options: SynthOptions & { layout?: SynthLayout } = {}): string {
  return synthReport(sampleData(), options.layout ?? 'tab', options);
}

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
