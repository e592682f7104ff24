// `xxgk check`: the same engine as the language server, for folders of reports (CI, batch review).
// Each file is analysed once and its result printed at once, in file order; a report's cross-year
// findings need its issuer's report of the year before, which may be any other file of the run, so
// they follow once every file is read (from twenty figures kept of each report). `--format json`
// holds each file's findings in one element (spec §11): there the year and issuer of every file are
// read first and each report is checked with last year's. Word, web-page and PDF files are converted
// first (`main`, asynchronous: the readers are), then checked as their converted text, each finding
// naming where it stands in the original; `xxgk convert` writes that text. With `--jobs N` (default:
// the number of cores) worker threads check the text files (pool.ts); the output is the same.

import * as fs from 'fs';
import { version } from '../../../package.json';
import { crossYearFindings } from '../core/analyze';
import { unpackFigures } from '../core/narrative/year-figures';
import { type CheckArgs, parseArgs, threads, USAGE, UsageError } from './args';
import { checkFile, keyOf, previousModel } from './check-file';
import { collect, type Entry, type Io } from './files';
import { type FileResult, type Printer, printer, render, renderCrossYear, type Rendered } from './output';
import { convert, importFiles, type ImportedFile } from './imports';
import { importFormatOf } from '../import/lazy';
import { type Key, type Pairing, PairingStore, pairWithLastYear } from './pairing';
import { setFlagsFromString } from 'v8';
import { isMainThread } from 'worker_threads';
import { DEPTH, inOrder, Pool, serve } from './pool';

export type { Io } from './files';

export interface RunOptions {
  write?: (s: string) => void; io?: Io;
  /** Word, web-page and PDF files converted before the run (`main`), by file name. */
  imported?: Map<string, ImportedFile>;
  /** The files to check, when `main` has found them already. */
  entries?: Entry[];
}

/** The printer of a run, and what its exit code needs. */
class Output {
  failed = false;
  errors = false;
  constructor(readonly print: Printer) {}
  put(part: Rendered) {
    this.failed ||= part.failed;
    this.errors ||= part.errors > 0;
    this.print.put(part);
  }
  end(args: CheckArgs): number {
    this.print.end();
    if (this.failed) return 2;
    if (!args.exitZero && this.errors) return 1;
    return 0;
  }
}

/** What the cross-year checks after the run need: every report's pairing, and for a Word, web-page
 * or PDF file where its findings stand in the original (by file index). */
class Kept extends PairingStore {
  readonly sources = new Map<number, FileResult['source']>();
  take(pairing: Pairing | undefined, source: FileResult['source']) {
    if (pairing && source) this.sources.set(this.keys.length, source);
    this.add(pairing);
  }
}

/** Pairs the reports of the run and prints each one's cross-year findings, in file order. */
function crossYear(out: Output, args: CheckArgs, entries: Entry[], kept: Kept) {
  const previousOf = pairWithLastYear(kept.keys);
  previousOf.forEach((j, i) => {
    if (j < 0) return;
    const findings = crossYearFindings(unpackFigures(kept.figures(i)), unpackFigures(kept.figures(j)), { locale: args.locale });
    if (!findings.length) return;
    const result = { file: entries[i].file, previous: entries[j].file, findings, source: kept.sources.get(i) };
    out.print.crossYear(renderCrossYear(args.format as Exclude<CheckArgs['format'], 'json'>, result));
  });
}

export function run(argv: string[], options: RunOptions = {}): number {
  try {
    return check(argv, options);
  } catch (e) {
    if (e instanceof OutputClosed) return 0;
    throw e;
  }
}

/** `check` on this thread (`--fix`, `--jobs 1`, tests with an injected file system). */
function check(argv: string[], options: RunOptions): number {
  const write = options.write ?? writeStdout;
  const io = options.io ?? fs;
  let args: CheckArgs;
  try {
    const parsed = parseArgs(argv);
    if (parsed === 'version') { write(`${version}\n`); return 0; }
    args = parsed;
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`${e.message}\n${USAGE}\n`); return 2; }
    throw e;
  }
  const out = new Output(printer(args.format, write, version));
  const entries = options.entries ?? args.paths.flatMap(p => { const found: Entry[] = []; collect(p, io, found); return found; });
  const done = (r: FileResult) => out.put(render(args.format, r));

  if (args.format === 'json') {
    const keys = entries.map(entry => {
      const k = keyOf(entry, io, args, options.imported);
      if ('result' in k) { done(k.result); return null; }
      return k.key;
    });
    const previousOf = pairWithLastYear(keys);
    keys.forEach((key, i) => {
      if (!key) return;
      const prev = previousOf[i] >= 0 ? previousModel(previousSource(entries, previousOf[i], options), args, io) : undefined;
      done(checkFile(entries[i], io, args, options.imported, prev).result);
    });
    return out.end(args);
  }

  const kept = new Kept();
  for (const entry of entries) {
    const { result, pairing } = checkFile(entry, io, args, options.imported);
    done(result);
    kept.take(pairing, result.source);
  }
  crossYear(out, args, entries, kept);
  return out.end(args);
}

/** Where last year's report `j` is read from: its file, or a Word, web-page or PDF file's converted text. */
function previousSource(entries: Entry[], j: number, options: RunOptions): { file: string } | { text: string } {
  const file = entries[j].file;
  return importFormatOf(file) ? { text: options.imported!.get(file)!.text! } : { file };
}

/** A text file's work in a worker thread: its check (with last year's report when paired before:
 * `--format json`), or its year and issuer (the pairing before it). */
type Task =
  | { kind: 'key'; entry: Entry; args: CheckArgs }
  | { kind: 'check'; entry: Entry; previous: { file: string } | { text: string } | null; args: CheckArgs };
/** A file's part of the output is rendered in the worker: only that string crosses threads. */
type Answer = { key: Key } | { part: Rendered; pairing?: Pairing };

function work(t: Task): Answer {
  if (t.kind === 'key') {
    const k = keyOf(t.entry, fs, t.args);
    return 'key' in k ? k : { part: render(t.args.format, k.result) };
  }
  const { result, pairing } = checkFile(t.entry, fs, t.args, undefined, t.previous ? previousModel(t.previous, t.args) : undefined);
  return { part: render(t.args.format, result), pairing };
}

/** `check` without `--fix` on worker threads: the text files are checked by the pool, Word, web-page
 * and PDF files (converted before the run) here; each result is printed in file order as soon as it
 * and every one before it are done, as the single-threaded run prints them. */
async function checkParallel(args: CheckArgs, entries: Entry[], options: RunOptions): Promise<number> {
  const out = new Output(printer(args.format, options.write ?? writeStdout, version));
  const pool = new Pool<Task, Answer>(threads(args, entries.length), __filename);
  const inPool = (e: Entry) => !e.error && !importFormatOf(e.file);
  // Word, web-page and PDF files are checked here (their findings name places in the original).
  const here = (entry: Entry, previous?: { file: string } | { text: string }) => {
    const { result, pairing } = checkFile(entry, fs, args, options.imported, previous && previousModel(previous, args));
    return { part: render(args.format, result), pairing, source: result.source };
  };
  const ahead = pool.size * DEPTH * 2;
  try {
    if (args.format === 'json') {
      const keys: (Key | null)[] = [];
      await inOrder<Entry, Answer | ReturnType<typeof keyOf>>(entries, entry => (inPool(entry) ? pool.run({ kind: 'key', entry, args }) : Promise.resolve(keyOf(entry, fs, args, options.imported))), a => {
        if ('result' in a) out.put(render(args.format, a.result));
        else if ('part' in a) out.put(a.part);
        keys.push('key' in a ? a.key : null);
      }, ahead);
      const paired = pairWithLastYear(keys);
      const reports = keys.flatMap((key, i) => (key ? [i] : []));
      await inOrder(reports, i => {
        const entry = entries[i], previous = paired[i] >= 0 ? previousSource(entries, paired[i], options) : null;
        return inPool(entry) ? pool.run({ kind: 'check', entry, previous, args }) : Promise.resolve(here(entry, previous ?? undefined));
      }, a => out.put((a as { part: Rendered }).part), ahead);
      return out.end(args);
    }
    const kept = new Kept();
    // The first file is checked here while the workers start (each loads the engine and warms it
    // anew): the output starts as soon as with one thread.
    let first = true;
    await inOrder(entries, entry => {
      const mine = first || !inPool(entry);
      first = false;
      return mine ? Promise.resolve(here(entry)) : pool.run({ kind: 'check', entry, previous: null, args });
    }, a => {
      const { part, pairing, source } = a as { part: Rendered; pairing?: Pairing; source?: FileResult['source'] };
      out.put(part);
      kept.take(pairing, source);
    }, ahead);
    crossYear(out, args, entries, kept);
    return out.end(args);
  } finally {
    await pool.close();
  }
}

/** Thrown when standard output is closed (`xxgk check … | head`): the run stops there. */
class OutputClosed extends Error {}

/** Synchronous writes to standard output, so that each result is out before the next file is
 * read and a closed pipe stops the run at once (process.stdout reports EPIPE only later). */
function writeStdout(s: string) {
  const bytes = Buffer.from(s);
  for (let at = 0; at < bytes.length;) {
    try {
      at += fs.writeSync(1, bytes, at, bytes.length - at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') throw new OutputClosed();
      if (code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); // a full non-blocking pipe: wait for the reader
    }
  }
}

/** The command line: `convert`, or `check` (and `--version`) with the Word, web-page and PDF files
 * it names or finds in folders read first. `write`: standard output, `err`: standard error. */
export async function main(argv: string[], write: (s: string) => void = writeStdout, err: (s: string) => void = s => process.stderr.write(`${s}\n`)): Promise<number> {
  try {
    if (argv[0] === 'convert') return await convert(argv.slice(1), write, err);
    let args: CheckArgs | null = null;
    try {
      const parsed = parseArgs(argv);
      if (parsed !== 'version') args = parsed;
    } catch { /* usage errors are reported by run */ }
    const entries: Entry[] = [];
    for (const p of args?.paths ?? []) collect(p, fs, entries);
    const files = entries.filter(e => !e.error && importFormatOf(e.file)).map(e => e.file);
    const options = { write, entries, imported: files.length ? await importFiles(files) : undefined };
    if (args && !args.fix && threads(args, entries.length) > 1) return await checkParallel(args, entries, options);
    return run(argv, options);
  } catch (e) {
    if (e instanceof OutputClosed) return 0;
    throw e;
  }
}

// A failure main did not turn into a message still exits 2 (a failure), never 1 (errors found).
if (!isMainThread) serve(work);
else if (require.main === module) {
  // The old generation grows by a fifth over what a collection leaves alive, not by V8's 1.1–4×:
  // a run keeps ~0.5 KB a report, but the heap grew with garbage to 300 MB on 100,000 reports.
  // Measured on 20,000 reports: peak RSS 194 → 144 MB, the same processor time. V8's flags are the
  // process's, so the worker threads grow the same way.
  setFlagsFromString('--heap-growing-percent=20');
  // A function is optimised after four times as much work as V8's default budget (66 KB of
  // bytecode in Node 20): a run of 500 reports compiled 191 functions with the optimising
  // compiler, taking 2.0 s of its thread's time on two cores shared with the checks (104 and 0.9 s
  // this way). Measured on 500 reports, seven alternated runs on a loaded host: processor time
  // 2.10 → 1.59 s, wall clock 1.34 → 1.13 s; 1,000 and 100 reports the same or faster. Only the
  // start of a run changes: a hot function is optimised as before.
  setFlagsFromString('--interrupt-budget=270336');
  main(process.argv.slice(2)).then(code => { process.exitCode = code; }, (e: unknown) => {
    process.stderr.write(`xxgk: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
