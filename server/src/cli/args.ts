// Command-line arguments of `xxgk check`.

export interface CheckArgs {
  format: 'text' | 'json' | 'sarif';
  encoding: 'auto' | 'utf8' | 'gb18030';
  locale: 'zh-cn' | 'en';
  fix: boolean;
  exitZero: boolean;
  paths: string[];
}

export class UsageError extends Error {}

export const USAGE = `用法 / usage: xxgk check [--format text|json|sarif] [--encoding auto|utf8|gb18030] [--locale zh-cn|en] [--fix] [--exit-zero] PATH...
  PATH       报告文件或目录（目录中查找 .txt、.md、.xxgk、.docx、.html、.htm、.pdf） / files or folders (.txt, .md, .xxgk, .docx, .html, .htm, .pdf inside)
  --format   输出格式，默认 text / output format (default text)
  --encoding 文件编码，默认自动识别 UTF-8 / UTF-16 / GB18030 / file encoding (default auto)
  --locale   消息语言，默认 zh-cn / message language (default zh-cn)
  --fix      就地写入安全修复（保留编码、BOM 和换行符） / write safe fixes in place (keeps encoding, BOM, line ends)
  --exit-zero 有错误时也以 0 退出 / exit 0 even when errors are found
       xxgk convert FILE [-o OUT]   把 Word / 网页 / PDF 转成规范文本 / write a .docx, .html or .pdf as canonical text
退出码 / exit code: 1 = 有错误级问题 / error findings, 2 = 用法或读取错误 / usage or read error, 0 = 其他 / otherwise`;

export function parseArgs(argv: string[]): CheckArgs {
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(command ? `未知命令 / unknown command: ${command}` : '缺少命令 / missing command');
  const out: CheckArgs = { format: 'text', encoding: 'auto', locale: 'zh-cn', fix: false, exitZero: false, paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (allowed: string[]) => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (!v || !allowed.includes(v)) throw new UsageError(`${a.split('=')[0]} 的取值应为 / must be one of: ${allowed.join(', ')}`);
      return v;
    };
    if (a.startsWith('--format')) out.format = value(['text', 'json', 'sarif']) as CheckArgs['format'];
    else if (a.startsWith('--encoding')) out.encoding = value(['auto', 'utf8', 'gb18030']) as CheckArgs['encoding'];
    else if (a.startsWith('--locale')) out.locale = value(['zh-cn', 'en']) as CheckArgs['locale'];
    else if (a === '--fix') out.fix = true;
    else if (a === '--exit-zero') out.exitZero = true;
    else if (a.startsWith('-')) throw new UsageError(`未知选项 / unknown option: ${a}`);
    else out.paths.push(a);
  }
  if (!out.paths.length) throw new UsageError('缺少文件或目录 / no PATH given');
  return out;
}
