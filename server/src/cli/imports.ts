// Word, web-page and PDF files in the CLI: `xxgk check` reads them through the lazily loaded
// import bundle before the (synchronous) check, and `xxgk convert FILE [-o OUT]` writes the
// canonical tab-layout text that reads back to the same model.

import * as fs from 'fs';
import type { ReportModel } from '../core/model';
import type { Finding } from '../core/types';
import { importFormatOf, loadImporter } from '../import/lazy';
import type { Converted, SourceLoc } from '../import/import-entry';

/** A converted file, or the reader's one message (`reason`: why, e.g. `not-report`). */
export interface ImportedFile { text?: string; conv?: Converted; error?: string; reason?: string }

/** Where a finding of an imported file stands in the original, in words and as data. */
export function sourceOf(conv: Converted, model: ReportModel, f: Finding, locale: 'zh-cn' | 'en'): { where: string; loc: SourceLoc } | null {
  return loadImporter().describeFinding(conv, model, f, locale);
}

/** Word, web-page and PDF files are read whole into memory: the same limit as text files. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export async function importFiles(files: string[]): Promise<Map<string, ImportedFile>> {
  const out = new Map<string, ImportedFile>();
  for (const file of files) {
    const format = importFormatOf(file);
    if (!format) continue;
    // A file that cannot be opened, a FIFO or a device is left to the check, which names its error.
    let stat: fs.Stats;
    try { stat = fs.statSync(file); } catch { continue; }
    if (!stat.isFile()) continue;
    if (stat.size > MAX_IMPORT_BYTES) { out.set(file, { error: `文件过大（上限 ${MAX_IMPORT_BYTES / 1024 / 1024} MiB） / file too large` }); continue; }
    const importer = loadImporter();
    try {
      const conv = await importer.importBytes(fs.readFileSync(file), format);
      out.set(file, { text: conv.text, conv });
    } catch (e) {
      if (e instanceof importer.ImportError) out.set(file, { error: e.message, reason: e.reason });
      else out.set(file, { error: `无法读取 / cannot read: ${(e as Error).message}` });
    }
  }
  return out;
}

export const CONVERT_USAGE = `用法 / usage: xxgk convert FILE [-o OUT]
  FILE  Word (.docx)、网页 (.html/.htm) 或 PDF 文件 / a .docx, .html/.htm or .pdf file
  -o    写入的文本文件，默认输出到标准输出 / text file to write (default: standard output)`;

/** `write`: standard output, written as is; `err`: one message (a line). */
export async function convert(argv: string[], write: (s: string) => void, err: (s: string) => void): Promise<number> {
  let file: string | undefined, output: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '-o' || argv[i] === '--output') output = argv[++i];
    else if (argv[i].startsWith('--output=')) output = argv[i].slice(9);
    else if (!file && !argv[i].startsWith('-')) file = argv[i];
    else { err(`未知参数 / unexpected argument: ${argv[i]}\n${CONVERT_USAGE}`); return 2; }
  }
  if (!file || (output !== undefined && !output)) { err(`缺少文件 / no FILE given\n${CONVERT_USAGE}`); return 2; }
  if (!importFormatOf(file)) { err(`${file}: 只能转换 .docx、.html、.htm、.pdf / only .docx, .html, .htm, .pdf can be converted`); return 2; }
  if (!fs.existsSync(file)) { err(`${file}: 文件不存在 / no such file`); return 2; }
  const result = (await importFiles([file])).get(file);
  if (!result) { err(`${file}: error 不是普通文件 / not a regular file`); return 2; }
  if (result.error) { err(`${file}: error ${result.error}`); return 2; }
  const text = result.text!.endsWith('\n') ? result.text! : `${result.text}\n`;
  if (output) fs.writeFileSync(output, text); else write(text);
  return 0;
}
