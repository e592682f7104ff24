// Command-line arguments of `xxgk check`.

import { availableParallelism } from 'os';

export interface CheckArgs {
  format: 'text' | 'json' | 'jsonl' | 'sarif';
  encoding: 'auto' | 'utf8' | 'gb18030';
  locale: 'zh-cn' | 'en';
  fix: boolean;
  exitZero: boolean;
  /** Threads checking files at once, as given; null: by default (`threads`). */
  jobs: number | null;
  paths: string[];
}

export class UsageError extends Error {}

export const USAGE = `用法 / usage: xxgk check [--format text|json|jsonl|sarif] [--encoding auto|utf8|gb18030] [--locale zh-cn|en] [--fix] [--exit-zero] [--jobs N] PATH...
       xxgk convert FILE [-o OUT]
       xxgk --version
  PATH       报告文件或目录（目录中查找 .txt、.md、.xxgk、.docx、.html、.htm、.pdf，不是年度报告的文件跳过） / files or folders (.txt, .md, .xxgk, .docx, .html, .htm, .pdf inside; files that are not reports are skipped)
  --format   输出格式，默认 text；jsonl 每个文件一行 / output format (default text; jsonl: one line per file)
  --encoding 文件编码，默认自动识别 UTF-8 / UTF-16 / GB18030 / file encoding (default auto)
  --locale   消息语言，默认 zh-cn / message language (default zh-cn)
  --fix      安全修复写回文件（原子替换；编辑以外的字节不变；Word / 网页 / PDF 不改写） / write safe fixes (atomic replace; bytes outside the edits unchanged; .docx/.html/.pdf left alone)
  --exit-zero 有错误时也以 0 退出 / exit 0 even when errors are found
  --jobs     同时检查的线程数，默认为 CPU 核数（每 2000 个文件至多一个线程）；输出顺序不变 / threads checking at once (default: number of cores, at most one per 2,000 files); output order unchanged
  --version  显示版本 / print the version
  convert    把 Word / 网页 / PDF 转成规范文本（-o 写入文件，默认标准输出） / write a .docx, .html or .pdf as canonical text (-o OUT, default standard output)
退出码 / exit code: 1 = 有错误级问题 / error findings, 2 = 用法、读取或写入错误 / usage, read or write error, 0 = 其他 / otherwise`;

const VALUES: Record<string, string[]> = {
  '--format': ['text', 'json', 'jsonl', 'sarif'],
  '--encoding': ['auto', 'utf8', 'gb18030'],
  '--locale': ['zh-cn', 'en'],
};

/** Files a worker thread must have to repay its start-up: each loads and compiles the engine anew,
 * ~0.5 s of processor time on a 2-core machine, where one thread does ~700 reports/s once warm
 * (measured: 500 reports 405 reports/s on two workers, 497 on one thread; 4,000 the same;
 * 20,000 ×1.24 on two workers). */
export const FILES_PER_THREAD = 2000;

/** How many threads check `files` files: `--jobs` as given, else one per core but no more than
 * one per FILES_PER_THREAD files. */
export function threads(args: Pick<CheckArgs, 'jobs'>, files: number): number {
  const wanted = args.jobs ?? Math.min(availableParallelism(), Math.floor(files / FILES_PER_THREAD));
  return Math.max(1, Math.min(wanted, files));
}

/** `version` when asked for the version, else the arguments of `check`. */
export function parseArgs(argv: string[]): CheckArgs | 'version' {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') return 'version';
  if (command !== 'check') throw new UsageError(command ? `未知命令 / unknown command: ${command}` : '缺少命令 / missing command');
  const out: CheckArgs = { format: 'text', encoding: 'auto', locale: 'zh-cn', fix: false, exitZero: false, jobs: null, paths: [] };
  let onlyPaths = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (onlyPaths || !a.startsWith('-') || a === '-') { out.paths.push(a); continue; }
    if (a === '--') { onlyPaths = true; continue; }
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(0, eq) : a;
    const allowed = VALUES[name];
    if (allowed) {
      const v = eq >= 0 ? a.slice(eq + 1) : rest[++i];
      if (!v || !allowed.includes(v)) throw new UsageError(`${name} 的取值应为 / must be one of: ${allowed.join(', ')}`);
      if (name === '--format') out.format = v as CheckArgs['format'];
      else if (name === '--encoding') out.encoding = v as CheckArgs['encoding'];
      else out.locale = v as CheckArgs['locale'];
    } else if (name === '--jobs') {
      const v = eq >= 0 ? a.slice(eq + 1) : rest[++i];
      if (!v || !/^[1-9][0-9]{0,2}$/.test(v)) throw new UsageError('--jobs 的取值应为 1 到 999 的整数 / must be a whole number from 1 to 999');
      out.jobs = Number(v);
    } else if (eq < 0 && a === '--fix') out.fix = true;
    else if (eq < 0 && a === '--exit-zero') out.exitZero = true;
    else if (eq < 0 && a === '--version') return 'version';
    else throw new UsageError(`未知选项 / unknown option: ${a}`);
  }
  if (!out.paths.length) throw new UsageError('缺少文件或目录 / no PATH given');
  return out;
}
