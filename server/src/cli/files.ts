// The files of a run: found in folders, read within limits, decoded; what goes wrong with one
// becomes that file's message (Chinese / English), never the end of the run.

import type * as fs from 'fs';
import * as path from 'path';
import type { CheckArgs } from './args';
import { decode, DecodeError, type Decoded, EncodeError } from './decode';
import { WriteRefused, type WriteLayer } from './write';
import type { ImportedFile } from './imports';

const EXTENSIONS = new Set(['.txt', '.md', '.xxgk', '.docx', '.html', '.htm', '.pdf']);
const MAX_BYTES = 50 * 1024 * 1024;

/** Every file-system call of a run: the real `fs`, or a test's layer with injected failures. */
export type Io = WriteLayer & Pick<typeof fs, 'readdirSync' | 'lstatSync'>;

/** A file to check; `inFolder`: found in a folder (a .txt, .md or imported .docx/.html/.htm/.pdf
 * is checked only if it reads as a report; a .xxgk is one by its name, as in the editor). */
export interface Entry { file: string; inFolder: boolean; error?: string }

export const SKIPPED = '不是政府信息公开工作年度报告，已跳过 / not an annual report, skipped';

export function errorMessage(e: unknown, io: Io, file: string): string {
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
    let children: fs.Dirent[];
    try { children = io.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)); } catch (e) {
      out.push({ file: dir, inFolder: true, error: errorMessage(e, io, dir) });
      return;
    }
    for (const child of children) {
      const { name } = child;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const file = path.join(dir, name);
      try {
        // The entry's own type, but where a symbolic link leads for a link (one stat call).
        const isDirectory = child.isSymbolicLink() || (!child.isFile() && !child.isDirectory()) ? io.statSync(file).isDirectory() : child.isDirectory();
        if (isDirectory) {
          const real = io.realpathSync(file);
          if (ancestors.has(real)) throw Object.assign(new Error('loop'), { code: 'ELOOP' });
          walk(file, new Set(ancestors).add(real));
        } else if (EXTENSIONS.has(path.extname(name).toLowerCase())) out.push({ file, inFolder: true });
      } catch (e) {
        out.push({ file, inFolder: true, error: errorMessage(e, io, file) });
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

export function read(file: string, io: Io, encoding: CheckArgs['encoding']): { bytes: Buffer; stat: fs.Stats; decoded: Decoded } {
  const stat = readable(file, io);
  const bytes = io.readFileSync(file);
  return { bytes, stat, decoded: decode(bytes, encoding) };
}

/** Thrown for an imported file whose reader refused it (one clear message). */
export class ImportFailed extends Error {
  constructor(message: string, readonly notReport: boolean) { super(message); }
}

/** A Word, web-page or PDF file's converted text, as `main` read it before the run. */
export function imported(file: string, io: Io, converted: Map<string, ImportedFile> | undefined): ImportedFile & { text: string } {
  readable(file, io);
  const pre = converted?.get(file);
  if (!pre) throw new Error('无法读取 / cannot read: Word / 网页 / PDF 文件须经 xxgk 命令行读取 / .docx, .html, .pdf files are read by the xxgk command');
  if (pre.error !== undefined) throw new ImportFailed(pre.error, pre.reason === 'not-report');
  return pre as ImportedFile & { text: string };
}
