// `xxgk check`: the same engine as the language server, for folders of reports (CI, batch review).
// Results are printed as each file is done; only small keys (year, issuer) are kept for the whole
// run, to pair each report with its issuer's report of the year before. Word, web-page and PDF
// files are converted first (`main`, asynchronous: the readers are), then checked as their
// converted text, each finding naming where it stands in the original; `xxgk convert` writes
// that text. With `--jobs N` (default: the number of cores) worker threads read, pair-key and check
// the text files (pool.ts); the output comes in the same order as with one.

import * as fs from 'fs';
import * as path from 'path';
import { version } from '../../../package.json';
import { analyze, parseReport, reportHeader } from '../core/analyze';
import { isReportText } from '../core/detect';
import { fixAll } from '../core/fix/fixAll';
import type { ReportModel } from '../core/model';
import type { Finding } from '../core/types';
import { issuerKey, issuerMatch, issuerOf } from '../core/narrative/pairing';
import { offsetAt, toSource } from '../core/text';
import { type CheckArgs, parseArgs, USAGE, UsageError } from './args';
import { decode, DecodeError, type Decoded, EncodeError, spliceEdits } from './decode';
import { type FileResult, printer, render, type Rendered } from './output';
import { replaceFile, snapshot, type WriteLayer, WriteRefused } from './write';
import { convert, importFiles, type ImportedFile, sourceOf } from './imports';
import { importFormatOf } from '../import/lazy';
import { isMainThread } from 'worker_threads';
import { Pool, serve } from './pool';


const EXTENSIONS = new Set(['.txt', '.md', '.xxgk', '.docx', '.html', '.htm', '.pdf']);
const MAX_BYTES = 50 * 1024 * 1024;

/** Every file-system call of a run: the real `fs`, or a test's layer with injected failures. */
export type Io = WriteLayer & Pick<typeof fs, 'readdirSync' | 'lstatSync'>;

/** A file to check; `inFolder`: found in a folder (a .txt, .md or imported .docx/.html/.htm/.pdf
 * is checked only if it reads as a report; a .xxgk is one by its name, as in the editor). */
interface Entry { file: string; inFolder: boolean; error?: string }

const SKIPPED = '不是政府信息公开工作年度报告，已跳过 / not an annual report, skipped';

function errorMessage(e: unknown, io: Io, file: string): string {
  if (e instanceof DecodeError) {
    switch (e.message) {
      case 'binary': return '不是文本文件（含有 NUL 字节） / not a text file (NUL bytes)';
      case 'utf8': return '不是有效的 UTF-8 文本 / not valid UTF-8';
      case 'gb18030': return '不能按 GB18030 解码（含无法识别的字节） / does not decode as GB18030';
      case 'big5': return '看起来是 Big5（繁体）编码，不支持：请转换为 UTF-8 或 GB18030 / looks like Big5 (traditional Chinese), not supported: convert it to UTF-8 or GB18030';
      default: return '无法识别文件编码 / cannot decode the file';
    }
  }
  if (e instanceof EncodeError) return '修复会改变编辑范围以外的字节，未写入 / writing the fixes would change bytes outside the edits; file not written';
  if (e instanceof WriteRefused) {
    return e.message === 'readonly' ? '文件只读，未写入 / the file is read-only; not written'
      : '文件在读取后已被修改，未写入 / the file changed on disk since it was read; not written';
  }
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT': {
      let link = false;
      try { link = io.lstatSync(file).isSymbolicLink(); } catch { /* the name itself is missing */ }
      return link ? '符号链接指向的文件不存在 / dangling symbolic link' : '文件不存在 / no such file';
    }
    case 'ELOOP': return '符号链接循环 / symbolic link loop';
    case 'EACCES': case 'EPERM': return `没有权限 / permission denied: ${(e as Error).message}`;
    case 'ENOSPC': return `磁盘已满 / no space left on device: ${(e as Error).message}`;
    default: return (e as Error).message;
  }
}

/** The files under `p`; an entry that cannot be read (dangling link, loop, unreadable folder)
 * becomes an error entry and the rest is still collected. */
export function collect(p: string, io: Io, out: Entry[]) {
  const walk = (dir: string, ancestors: Set<string>) => {
    let names: string[];
    try { names = io.readdirSync(dir).sort(); } catch (e) { out.push({ file: dir, inFolder: true, error: errorMessage(e, io, dir) }); return; }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const child = path.join(dir, name);
      try {
        if (io.statSync(child).isDirectory()) {
          const real = io.realpathSync(child);
          if (ancestors.has(real)) throw Object.assign(new Error('loop'), { code: 'ELOOP' });
          walk(child, new Set(ancestors).add(real));
        } else if (EXTENSIONS.has(path.extname(name).toLowerCase())) out.push({ file: child, inFolder: true });
      } catch (e) {
        out.push({ file: child, inFolder: true, error: errorMessage(e, io, child) });
      }
    }
  };
  try {
    if (io.statSync(p).isDirectory()) walk(p, new Set([io.realpathSync(p)]));
    else out.push({ file: p, inFolder: false });
  } catch (e) {
    out.push({ file: p, inFolder: false, error: errorMessage(e, io, p) });
  }
}

/** The file's status, when it may be read: a regular file within the size limit. */
function readable(file: string, io: Pick<Io, 'statSync'>): fs.Stats {
  const stat = io.statSync(file);
  // A FIFO or a device would block the run or never end.
  if (!stat.isFile()) throw new Error('不是普通文件 / not a regular file');
  if (stat.size > MAX_BYTES) throw new Error(`文件过大（上限 ${MAX_BYTES / 1024 / 1024} MiB） / file too large`);
  return stat;
}

function read(file: string, io: Io, encoding: CheckArgs['encoding']): { bytes: Buffer; stat: fs.Stats; decoded: Decoded } {
  const stat = readable(file, io);
  const bytes = io.readFileSync(file);
  return { bytes, stat, decoded: decode(bytes, encoding) };
}

/** Thrown for an imported file whose reader refused it (one clear message). */
class ImportFailed extends Error {
  constructor(message: string, readonly notReport: boolean) { super(message); }
}

/** A Word, web-page or PDF file's converted text, as `main` read it before the run. */
function imported(file: string, io: Io, options: RunOptions): ImportedFile & { text: string } {
  readable(file, io);
  const pre = options.imported?.get(file);
  if (!pre) throw new Error('无法读取 / cannot read: Word / 网页 / PDF 文件须经 xxgk 命令行读取 / .docx, .html, .pdf files are read by the xxgk command');
  if (pre.error !== undefined) throw new ImportFailed(pre.error, pre.reason === 'not-report');
  return pre as ImportedFile & { text: string };
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

type Key = { year: number | null; issuer: string };

/** Pass 1 for one file: its year and issuer (for the pairing), or its result when it is no report or cannot be read. */
function keyOf(entry: Entry, io: Io, args: CheckArgs, options: RunOptions): { key: Key } | { result: FileResult } {
  if (entry.error) return { result: { file: entry.file, model: null, findings: [], error: entry.error } };
  try {
    const text = importFormatOf(entry.file) ? imported(entry.file, io, options).text : read(entry.file, io, args.encoding).decoded.text;
    if (entry.inFolder && !entry.file.toLowerCase().endsWith('.xxgk') && !isReportText(text)) return { result: { file: entry.file, model: null, findings: [], skipped: SKIPPED } };
    const header = reportHeader(text);
    return { key: { year: header.year, issuer: issuerOf(header) } };
  } catch (e) {
    // A Word file in a folder that holds no report is skipped like any other non-report.
    if (e instanceof ImportFailed && e.notReport && entry.inFolder) return { result: { file: entry.file, model: null, findings: [], skipped: SKIPPED } };
    return { result: { file: entry.file, model: null, findings: [], error: errorMessage(e, io, entry.file) } };
  }
}

/**
 * For each report, the index of its issuer's report of the year before, or -1: the best
 * `issuerMatch` (the first in file order on a tie), as `findPrevious` chooses, but through
 * indexes keyed by year and issuer name (whole, and every suffix, for `市 + 区` ~ `区`), not by
 * comparing every pair.
 */
function pairWithLastYear(keys: ({ year: number | null; issuer: string } | null)[]): number[] {
  const names = keys.map(k => (k ? issuerKey(k.issuer) : ''));
  const suffixes = (name: string) => [...name].map((_, i) => [...name].slice(i).join('')).filter(x => x.length >= 2);
  const whole = new Map<string, number[]>(), bySuffix = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i); else map.set(key, [i]);
  };
  keys.forEach((k, i) => {
    if (k?.year == null || !names[i]) return;
    add(whole, `${k.year}|${names[i]}`, i);
    for (const x of suffixes(names[i])) add(bySuffix, `${k.year}|${x}`, i);
  });
  return keys.map((k, i) => {
    if (k?.year == null || !names[i]) return -1;
    const last = k.year - 1;
    // Last year's name is this one with a place in front, or this one is last year's with one.
    const candidates = new Set([...bySuffix.get(`${last}|${names[i]}`) ?? [], ...suffixes(names[i]).flatMap(x => whole.get(`${last}|${x}`) ?? [])]);
    let best = -1, score = 0;
    for (const j of [...candidates].sort((x, y) => x - y)) {
      const s = issuerMatch(keys[j]!.issuer, k.issuer);
      if (s > score) { best = j; score = s; }
    }
    return best;
  });
}

export interface RunOptions {
  write?: (s: string) => void; io?: Io;
  /** Word, web-page and PDF files converted before the run (`main`), by file name. */
  imported?: Map<string, ImportedFile>;
}

export function run(argv: string[], options: RunOptions = {}): number {
  try {
    return check(argv, options);
  } catch (e) {
    if (e instanceof OutputClosed) return 0;
    throw e;
  }
}

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
  const print = printer(args.format, write, version);
  let failed = false, errors = false;
  const done = (r: FileResult) => {
    failed ||= r.error !== undefined;
    errors ||= r.findings.some(f => f.severity === 'error');
    print.file(r);
  };

  const entries: Entry[] = [];
  for (const p of args.paths) collect(p, io, entries);

  // Pass 1: which files are reports, and each report's year and issuer (for cross-year pairing).
  const keys: (Key | null)[] = entries.map(entry => {
    const k = keyOf(entry, io, args, options);
    if ('result' in k) { done(k.result); return null; }
    return k.key;
  });
  const previousOf = pairWithLastYear(keys);
  // Models of last year's reports, kept only until their last reader is done.
  const readers = new Map<number, number>();
  for (const j of previousOf) if (j >= 0) readers.set(j, (readers.get(j) ?? 0) + 1);
  const kept = new Map<number, ReportModel | undefined>();
  const previousModel = (j: number): ReportModel | undefined => {
    if (!kept.has(j)) {
      const file = entries[j].file;
      try { kept.set(j, parseReport(importFormatOf(file) ? imported(file, io, options).text : read(file, io, args.encoding).decoded.text).model); } catch { kept.set(j, undefined); }
    }
    const model = kept.get(j);
    const left = readers.get(j)! - 1;
    readers.set(j, left);
    if (!left) kept.delete(j);
    return model;
  };

  // Pass 2: check (and fix) each report, printing its result at once.
  keys.forEach((key, i) => {
    if (!key) return;
    const file = entries[i].file;
    const previous = () => (previousOf[i] >= 0 ? previousModel(previousOf[i]) : undefined);
    if (importFormatOf(file)) {
      // Checked as the converted text; `--fix` leaves the original alone.
      let conv: ImportedFile['conv'];
      try { conv = imported(file, io, options).conv!; } catch (e) {
        done({ file, model: null, findings: [], error: errorMessage(e, io, file) });
        return;
      }
      const a = analyze(conv.text, { locale: args.locale, previous: previous() });
      if (readers.get(i)) kept.set(i, a.model);
      done({ file, model: a.model, findings: a.findings, source: (f: Finding) => sourceOf(conv, a.model, f, args.locale) });
      options.imported?.delete(file); // a later reader of this model finds it kept
      return;
    }
    let bytes: Buffer, stat: fs.Stats, d: Decoded;
    try { ({ bytes, stat, decoded: d } = read(file, io, args.encoding)); } catch (e) {
      done({ file, model: null, findings: [], error: errorMessage(e, io, file) });
      return;
    }
    const opts = { locale: args.locale, previous: previous() };
    let text = d.text, error: string | undefined;
    if (args.fix) {
      const fixed = fixAll(d.text, t => analyze(t, opts).findings);
      if (fixed.applied) {
        try {
          const src = toSource(d.text);
          const edits = fixed.edits.map(e => ({ start: offsetAt(src, e.range.start), end: offsetAt(src, e.range.end), newText: e.newText }));
          replaceFile(file, spliceEdits(bytes, d, edits, fixed.text), snapshot(bytes, stat), io);
          text = fixed.text;
        } catch (e) {
          error = errorMessage(e, io, file);
        }
      }
    }
    const a = analyze(text, opts);
    if (readers.get(i)) kept.set(i, a.model);
    done({ file, model: a.model, findings: a.findings, ...(error ? { error } : {}) });
  });
  print.end();
  if (failed) return 2;
  if (!args.exitZero && errors) return 1;
  return 0;
}

/** A text file's work in a worker thread: pass 1 (`keyOf`), or pass 2, its check with last year's
 * report (a file the worker reads, or the converted text of a Word, web-page or PDF file). */
type Task =
  | { kind: 'key'; entry: Entry; args: CheckArgs }
  | { kind: 'check'; file: string; previous: { file: string } | { text: string } | null; args: CheckArgs };
/** A file's part of the output is rendered in the worker: only that string crosses threads. */
type Answer = { key: Key } | { part: Rendered };

function work(t: Task): Answer {
  if (t.kind === 'key') {
    const k = keyOf(t.entry, fs, t.args, {});
    return 'key' in k ? k : { part: render(t.args.format, k.result) };
  }
  let text: string;
  try { text = read(t.file, fs, t.args.encoding).decoded.text; } catch (e) {
    return { part: render(t.args.format, { file: t.file, model: null, findings: [], error: errorMessage(e, fs, t.file) }) };
  }
  const a = analyze(text, { locale: t.args.locale, previous: t.previous ? previousModel(t.previous, t.args) : undefined });
  return { part: render(t.args.format, { file: t.file, model: a.model, findings: a.findings }) };
}

/** Last year's models a worker has read, by file: one report is often last year's for several files. */
const previousModels = new Map<string, ReportModel | undefined>();
const KEPT_PREVIOUS = 32;

function previousModel(p: { file: string } | { text: string }, args: CheckArgs): ReportModel | undefined {
  if ('text' in p) return parseOrNothing(() => p.text);
  if (previousModels.has(p.file)) return previousModels.get(p.file);
  const model = parseOrNothing(() => read(p.file, fs, args.encoding).decoded.text);
  if (previousModels.size >= KEPT_PREVIOUS) previousModels.delete(previousModels.keys().next().value!);
  previousModels.set(p.file, model);
  return model;
}

function parseOrNothing(text: () => string): ReportModel | undefined {
  try { return parseReport(text()).model; } catch { return undefined; }
}

/** `check` without `--fix` on worker threads: the text files are read, keyed and checked by the pool, Word,
 * web-page and PDF files (converted before the run) here; results are printed in file order as soon as
 * they and every one before them are done, as the single-threaded run prints them. */
async function checkParallel(args: CheckArgs, entries: Entry[], options: RunOptions): Promise<number> {
  const print = printer(args.format, options.write ?? writeStdout, version);
  let failed = false, errors = false;
  const put = (part: Rendered) => {
    failed ||= part.failed;
    errors ||= part.errors > 0;
    print.put(part);
  };
  // Word, web-page and PDF files are checked here (their findings name places in the original).
  const done = (r: FileResult) => put(render(args.format, r));
  const pool = new Pool<Task, Answer>(Math.min(args.jobs, entries.length), __filename);
  try {
    const inPool = (e: Entry) => !e.error && !importFormatOf(e.file);
    const keyed = entries.map(entry => (inPool(entry) ? pool.run({ kind: 'key', entry, args }) : Promise.resolve(keyOf(entry, fs, args, options))));
    const keys: (Key | null)[] = [];
    for (const k of keyed) {
      const a = await k;
      if ('result' in a) done(a.result);
      else if ('part' in a) put(a.part);
      keys.push('key' in a ? a.key : null);
    }
    const previousOf = pairWithLastYear(keys);
    const prevOf = (i: number) => {
      const j = previousOf[i];
      if (j < 0) return null;
      return importFormatOf(entries[j].file) ? { text: options.imported!.get(entries[j].file)!.text! } : { file: entries[j].file };
    };
    const checked = keys.map((key, i): Promise<Answer> | null => {
      if (!key) return null;
      const file = entries[i].file, prev = prevOf(i);
      if (!importFormatOf(file)) return pool.run({ kind: 'check', file, previous: prev, args });
      const conv = options.imported!.get(file)!.conv!;
      const a = analyze(conv.text, { locale: args.locale, previous: prev ? previousModel(prev, args) : undefined });
      const result = { file, model: a.model, findings: a.findings, source: (f: Finding) => sourceOf(conv, a.model, f, args.locale) };
      return Promise.resolve({ part: render(args.format, result) });
    });
    for (const c of checked) if (c) put(((await c) as { part: Rendered }).part);
  } finally {
    await pool.close();
  }
  print.end();
  if (failed) return 2;
  if (!args.exitZero && errors) return 1;
  return 0;
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
    const options = { write, imported: files.length ? await importFiles(files) : undefined };
    if (args && !args.fix && Math.min(args.jobs, entries.length) > 1) return await checkParallel(args, entries, options);
    return run(argv, options);
  } catch (e) {
    if (e instanceof OutputClosed) return 0;
    throw e;
  }
}

// A failure main did not turn into a message still exits 2 (a failure), never 1 (errors found).
if (!isMainThread) serve(work);
else if (require.main === module) {
  main(process.argv.slice(2)).then(code => { process.exitCode = code; }, (e: unknown) => {
    process.stderr.write(`xxgk: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
