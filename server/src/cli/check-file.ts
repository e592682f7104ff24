// One file of `xxgk check`: read, recognised as a report (or skipped), fixed with `--fix`, analysed
// once. Runs on the main thread or a worker (a Word, web-page or PDF file, converted before the
// run, only on the main thread); what comes back is the file's result and what pairing keeps.

import * as fs from 'fs';
import { analyze, parseReport, reportHeader } from '../core/analyze';
import { isReportText } from '../core/detect';
import { fixAll } from '../core/fix/fixAll';
import type { ReportModel } from '../core/model';
import { issuerKey, issuerOf } from '../core/narrative/pairing';
import { figuresOf, packFigures } from '../core/narrative/year-figures';
import { offsetAt, toSource } from '../core/text';
import type { CheckArgs } from './args';
import { spliceEdits } from './decode';
import { type Entry, errorMessage, ImportFailed, imported, type Io, read, SKIPPED } from './files';
import { importFormatOf } from '../import/lazy';
import { type ImportedFile, sourceOf } from './imports';
import type { FileResult } from './output';
import { type Key, type Pairing, pairingKey } from './pairing';
import { replaceFile, snapshot } from './write';


const failure = (file: string, error: string): FileResult => ({ file, model: null, findings: [], error });
const skip = (file: string): FileResult => ({ file, model: null, findings: [], skipped: SKIPPED });

/** Whether a file's text is checked: a file named on the command line or a .xxgk always is; a
 * file found in a folder only when it reads as a report. */
function checked(entry: Entry, text: string): boolean {
  return !entry.inFolder || entry.file.toLowerCase().endsWith('.xxgk') || isReportText(text);
}

/**
 * Checks one file. `previous`: last year's report, when the pairing is known before (its findings
 * then include the cross-year ones); without it the run compares `pairing` figures afterwards.
 */
export function checkFile(entry: Entry, io: Io, args: CheckArgs, converted?: Map<string, ImportedFile>, previous?: ReportModel): { result: FileResult; pairing?: Pairing } {
  const { file } = entry;
  if (entry.error) return { result: failure(file, entry.error) };
  const opts = { locale: args.locale, previous };
  if (importFormatOf(file)) {
    // Checked as the converted text; `--fix` leaves the original alone.
    let pre: ImportedFile & { text: string };
    try { pre = imported(file, io, converted); } catch (e) {
      // A Word file in a folder that holds no report is skipped like any other non-report.
      if (e instanceof ImportFailed && e.notReport && entry.inFolder) return { result: skip(file) };
      return { result: failure(file, errorMessage(e, io, file)) };
    }
    if (!checked(entry, pre.text)) return { result: skip(file) };
    const conv = pre.conv!;
    const a = analyze(conv.text, opts);
    return { result: { file, model: a.model, findings: a.findings, source: f => sourceOf(conv, a.model, f, args.locale) }, pairing: pairingOf(a.model) };
  }
  let r: ReturnType<typeof read>;
  try { r = read(file, io, args.encoding); } catch (e) {
    return { result: failure(file, errorMessage(e, io, file)) };
  }
  const d = r.decoded;
  if (!checked(entry, d.text)) return { result: skip(file) };
  let text = d.text, error: string | undefined;
  if (args.fix) {
    const fixed = fixAll(d.text, t => analyze(t, opts).findings);
    if (fixed.applied) {
      try {
        const src = toSource(d.text);
        const edits = fixed.edits.map(e => ({ start: offsetAt(src, e.range.start), end: offsetAt(src, e.range.end), newText: e.newText }));
        replaceFile(file, spliceEdits(r.bytes, d, edits, fixed.text), snapshot(r.bytes, r.stat), io);
        text = fixed.text;
      } catch (e) {
        error = errorMessage(e, io, file);
      }
    }
  }
  const a = analyze(text, opts);
  return { result: { file, model: a.model, findings: a.findings, ...(error ? { error } : {}) }, pairing: pairingOf(a.model) };
}

/** Kept only for a report with a year and an issuer: nothing else can be paired. */
function pairingOf(model: ReportModel): Pairing | undefined {
  const key = pairingKey(model.year, issuerOf(model));
  if (key.year === null || !issuerKey(key.issuer)) return undefined;
  return { key, figures: packFigures(figuresOf(model)) };
}

/** A file's year and issuer read without its tables (pairing before checking, for `--format
 * json`), or its result when it is no report or cannot be read. */
export function keyOf(entry: Entry, io: Io, args: CheckArgs, converted?: Map<string, ImportedFile>): { key: Key } | { result: FileResult } {
  if (entry.error) return { result: failure(entry.file, entry.error) };
  try {
    const text = importFormatOf(entry.file) ? imported(entry.file, io, converted).text : read(entry.file, io, args.encoding).decoded.text;
    if (!checked(entry, text)) return { result: skip(entry.file) };
    const header = reportHeader(text);
    return { key: pairingKey(header.year, issuerOf(header)) };
  } catch (e) {
    if (e instanceof ImportFailed && e.notReport && entry.inFolder) return { result: skip(entry.file) };
    return { result: failure(entry.file, errorMessage(e, io, entry.file)) };
  }
}

/** Last year's model for a check on a worker: a file it reads, or the converted text of a Word,
 * web-page or PDF file. One report is often last year's for several: the last few are kept. */
const previousModels = new Map<string, ReportModel | undefined>();
const KEPT_PREVIOUS = 32;

export function previousModel(p: { file: string } | { text: string }, args: CheckArgs, io: Io = fs): ReportModel | undefined {
  if ('text' in p) return parseOrNothing(() => p.text);
  if (previousModels.has(p.file)) return previousModels.get(p.file);
  const model = parseOrNothing(() => read(p.file, io, args.encoding).decoded.text);
  if (previousModels.size >= KEPT_PREVIOUS) previousModels.delete(previousModels.keys().next().value!);
  previousModels.set(p.file, model);
  return model;
}

function parseOrNothing(text: () => string): ReportModel | undefined {
  try { return parseReport(text()).model; } catch { return undefined; }
}
