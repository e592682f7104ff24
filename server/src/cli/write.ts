// Replacing a report file without ever losing it: the new bytes go to a temporary file in the same
// folder, are flushed to disk, then renamed over the original (atomic on one file system), keeping
// the file mode; a symlink is written through to its target. A file changed on disk since it was
// read, or marked read-only, is not replaced. Every file-system call goes through `WriteLayer`, so
// tests inject failures (a write failing midway, a full disk, a concurrent change).

import type * as Crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export type WriteLayer = Pick<typeof fs,
  'readFileSync' | 'statSync' | 'realpathSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'chmodSync' | 'renameSync' | 'unlinkSync'>;

/** What the file was when it was read: replaced only if it still is. */
export interface Snapshot { size: number; mtimeMs: number; sha256: string }

/** The file is left as it is: `message` is `changed` or `readonly`. */
export class WriteRefused extends Error {}

let crypto: typeof Crypto | undefined;

export function snapshot(bytes: Buffer, stat: fs.Stats): Snapshot {
  // node:crypto is loaded at the first fix written: a check alone never hashes, and loading it took
  // 2–4 ms of every start of the CLI and of each of its threads.
  crypto ??= require('crypto') as typeof Crypto;
  return { size: stat.size, mtimeMs: stat.mtimeMs, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}

function unchanged(io: WriteLayer, target: string, before: Snapshot): fs.Stats {
  const stat = io.statSync(target);
  if (stat.size !== before.size || stat.mtimeMs !== before.mtimeMs || snapshot(io.readFileSync(target), stat).sha256 !== before.sha256) {
    throw new WriteRefused('changed');
  }
  return stat;
}

export function replaceFile(file: string, bytes: Buffer, before: Snapshot, io: WriteLayer = fs): void {
  const target = io.realpathSync(file);
  const stat = unchanged(io, target, before);
  if ((stat.mode & 0o222) === 0) throw new WriteRefused('readonly');
  const mode = stat.mode & 0o7777;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.xxgk-${process.pid}-${Date.now().toString(36)}.tmp`);
  const fd = io.openSync(temp, 'wx', mode);
  try {
    try {
      for (let at = 0; at < bytes.length;) at += io.writeSync(fd, bytes, at, bytes.length - at);
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
    io.chmodSync(temp, mode);
    // Checked again at the last moment: an editor may have saved the file while we worked.
    unchanged(io, target, before);
    io.renameSync(temp, target);
  } catch (e) {
    try { io.unlinkSync(temp); } catch { /* already gone: nothing to clean up */ }
    throw e;
  }
}
