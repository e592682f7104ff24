// `xxgk check`: the same engine as the language server, for folders of reports (CI, batch review).

import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../core/analyze';
import { fixAll } from '../core/fix/fixAll';
import type { ReportModel } from '../core/model';
import { findPrevious } from '../core/narrative';
import { CheckArgs, parseArgs, USAGE, UsageError } from './args';
import { decode, DecodeError, Decoded, encode } from './decode';
import { FileResult, toJson, toSarif, toText } from './output';

/** package.json's version, put in by esbuild (`define`, esbuild.js). */
declare const XXGK_VERSION: string;

const EXTENSIONS = new Set(['.txt', '.md', '.xxgk']);
const MAX_BYTES = 50 * 1024 * 1024;

function collect(p: string, out: string[]) {
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

export function run(argv: string[], out: (s: string) => void = s => process.stdout.write(s + '\n')): number {
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
      const d = decode(fs.readFileSync(file), args.encoding);
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
    if (args.fix) {
      const fixed = fixAll(d.text, text => analyze(text, options).findings);
      if (fixed.applied) {
        d.text = fixed.text;
        fs.writeFileSync(file, encode(d));
      }
    }
    const a = analyze(d.text, options);
    results.push({ file, model: a.model, findings: a.findings });
  }
  results.sort((a, b) => a.file.localeCompare(b.file));
  out(args.format === 'json' ? toJson(results) : args.format === 'sarif' ? toSarif(results, XXGK_VERSION) : toText(results));
  if (results.some(r => r.error)) return 2;
  if (!args.exitZero && results.some(r => r.findings.some(f => f.severity === 'error'))) return 1;
  return 0;
}

if (require.main === module) process.exitCode = run(process.argv.slice(2));
