// The project's own synthetic reports (test/fixtures/README.md): what the tests read, so they run
// on a fresh clone. The real reports in ../shared are the conformance suite's (test/corpus/).

import * as fs from 'fs';
import * as path from 'path';

/** test/fixtures/reports (from out/test/unit/helpers). */
export const REPORTS = path.resolve(__dirname, '../../../../test/fixtures/reports');
/** File names without `.txt`, sorted. */
export const REPORT_NAMES = fs.readdirSync(REPORTS).filter(f => f.endsWith('.txt')).map(f => f.slice(0, -4)).sort();

export function reportPath(name: string): string { return path.join(REPORTS, `${name}.txt`); }
export function readReport(name: string): string { return fs.readFileSync(reportPath(name), 'utf8'); }
