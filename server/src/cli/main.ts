// `xxgk check`: the same engine as the language server, for folders of reports (CI, batch review).

import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../core/analyze';
import { fixAll } from '../core/fix/fixAll';
import type { ReportModel } from '../core/model';
import type { Finding } from '../core/types';
import { findPrevious } from '../core/narrative';
import { CheckArgs, parseArgs, USAGE, UsageError } from './args';
import { decode, DecodeError, Decoded, encode } from './decode';
import { FileResult, toJson, toSarif, toText } from './output';
import { convert, importFiles, ImportedFile, sourceOf } from './imports';

const EXTENSIONS = new Set(['.txt', '.md', '.xxgk', '.docx', '.html', '.htm', '.pdf']);
const MAX_BYTES = 50 * 1024 * 1024;

export function collect(p: string, out: string[]) {
  const stat = fs.statSync(p);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const child = path.join(p, name);
      if (fs.statSync(child).isDirectory() || EXTENSIONS.has(path.extname(name).toLowerCase())) collect(child, out);
    }
  } else out.push(p);
}

function readErrorMessage(e: unknown): string {
  if (e instanceof DecodeError) {
    return e.message === 'binary' ? '不是文本文件（含有 NUL 字节） / not a text file (NUL bytes)'
      : e.message === 'utf8' ? '不是有效的 UTF-8 文本 / not valid UTF-8' : '无法识别文件编码 / cannot decode the file';
  }
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? '文件不存在 / no such file' : `无法读取 / cannot read: ${(e as Error).message}`;
}

export function run(argv: string[], out: (s: string) => void = s => process.stdout.write(s + '\n'), imported: Map<string, ImportedFile> = new Map()): number {
  let args: CheckArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`${e.message}\n${USAGE}\n`); return 2; }
    throw e;
  }
  const files: string[] = [];
  const results: FileResult[] = [];
  for (const p of args.paths) {
    try { collect(p, files); } catch (e) { results.push({ file: p, model: null, findings: [], error: readErrorMessage(e) }); }
  }
  const decoded = new Map<string, Decoded>();
  const first: { file: string; model: ReportModel | null }[] = [];
  for (const file of files) {
    try {
      if (fs.statSync(file).size > MAX_BYTES) throw new Error(`文件过大（上限 ${MAX_BYTES / 1024 / 1024} MiB） / file too large`);
      const pre = imported.get(file);
      if (pre?.error) { results.push({ file, model: null, findings: [], error: pre.error }); continue; }
      const d = pre ? { text: pre.text!, encoding: 'utf8' as const, bom: false } : decode(fs.readFileSync(file), args.encoding);
      decoded.set(file, d);
      first.push({ file, model: analyze(d.text, { locale: args.locale }).model });
    } catch (e) {
      results.push({ file, model: null, findings: [], error: readErrorMessage(e) });
    }
  }
  const models = first.map(f => f.model).filter((m): m is ReportModel => m !== null);
  for (const { file, model } of first) {
    const d = decoded.get(file)!;
    const options = { locale: args.locale, previous: model ? findPrevious(models, model) : undefined };
    const conv = imported.get(file)?.conv;
    if (args.fix && !conv) {
      const fixed = fixAll(d.text, text => analyze(text, options).findings);
      if (fixed.applied) {
        d.text = fixed.text;
        fs.writeFileSync(file, encode(d));
      }
    }
    const a = analyze(d.text, options);
    results.push({ file, model: a.model, findings: a.findings, ...(conv ? { source: (f: Finding) => sourceOf(conv, a.model, f, args.locale) } : {}) });
  }
  results.sort((a, b) => a.file.localeCompare(b.file));
  const version = '0.1.0';
  out(args.format === 'json' ? toJson(results) : args.format === 'sarif' ? toSarif(results, version) : toText(results));
  if (results.some(r => r.error)) return 2;
  if (!args.exitZero && results.some(r => r.findings.some(f => f.severity === 'error'))) return 1;
  return 0;
}

/** The command line: `convert`, or `check` with Word, web-page and PDF files read first. */
export async function main(argv: string[], out: (s: string) => void = s => process.stdout.write(s + '\n'), err: (s: string) => void = s => process.stderr.write(s + '\n')): Promise<number> {
  if (argv[0] === 'convert') return convert(argv.slice(1), out, err);
  const files: string[] = [];
  let paths: string[] = [];
  try { paths = parseArgs(argv).paths; } catch { /* usage errors are reported by run */ }
  for (const p of paths) try { collect(p, files); } catch { /* reported by run */ }
  return run(argv, out, await importFiles(files));
}

if (require.main === module) main(process.argv.slice(2)).then(code => { process.exitCode = code; });
