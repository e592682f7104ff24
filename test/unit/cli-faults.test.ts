// `xxgk check --fix` under failure: the write layer is injected (run() with a wrapped `fs`) to fail
// midway, fill the disk, rename badly or see the file changed by someone else. The original is
// byte-identical every time, no temporary file is left, the rest of the batch is still fixed.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decode, EncodeError, spliceEdits } from '../../server/src/cli/decode';
import { type Io, run } from '../../server/src/cli/cli';
import { consistentData, synthReport } from './helpers/synth';

function fixable(): string {
  const data = consistentData();
  data.t3.R24[0] = 25;
  return synthReport(data, 'tab');
}

/** A folder with a.txt and b.txt, both fixable. */
function batch() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-faults-'));
  const text = fixable();
  for (const name of ['a.txt', 'b.txt']) fs.writeFileSync(path.join(dir, name), text);
  return { dir, a: path.join(dir, 'a.txt'), b: path.join(dir, 'b.txt'), text };
}

function errno(code: string): Error { return Object.assign(new Error(`${code}: injected`), { code }); }

interface Hooks { midWrite?: () => void; fsync?: () => void; rename?: () => void }

/** The real fs; on the temporary file of a.txt, `midWrite` runs when half the bytes are written
 * (it throws to make the write fail midway), `fsync` and `rename` before those calls. */
function injected(hooks: Hooks): Io {
  const temps = new Set<number>();
  return {
    ...fs,
    openSync: ((p: string, ...rest: unknown[]) => {
      const fd = (fs.openSync as (...a: unknown[]) => number)(p, ...rest);
      if (path.basename(p).startsWith('.a.txt.xxgk-')) temps.add(fd);
      return fd;
    }) as typeof fs.openSync,
    writeSync: ((fd: number, buffer: Buffer, offset: number, length: number) => {
      if (!temps.has(fd) || !hooks.midWrite) return fs.writeSync(fd, buffer, offset, length);
      const half = fs.writeSync(fd, buffer, offset, Math.ceil(length / 2));
      hooks.midWrite();
      return half + fs.writeSync(fd, buffer, offset + half, length - half);
    }) as typeof fs.writeSync,
    fsyncSync: ((fd: number) => {
      if (temps.has(fd)) hooks.fsync?.();
      fs.fsyncSync(fd);
    }) as typeof fs.fsyncSync,
    closeSync: ((fd: number) => {
      temps.delete(fd); // the number is reused for the next file opened
      fs.closeSync(fd);
    }) as typeof fs.closeSync,
    renameSync: ((from: string, to: string) => {
      if (path.basename(String(from)).startsWith('.a.txt.xxgk-')) hooks.rename?.();
      fs.renameSync(from, to);
    }) as typeof fs.renameSync,
  };
}

function check(io: Io, ...paths: string[]) {
  let out = '';
  const code = run(['check', '--fix', ...paths], { io, write: s => { out += s; } });
  return { code, out };
}

function assertFixed(file: string, text: string) {
  assert.equal(fs.readFileSync(file, 'utf8'), text.replace('（七）总计\t25', '（七）总计\t21'));
}

function assertNoTemp(dir: string) {
  assert.deepEqual(fs.readdirSync(dir).filter(n => n.endsWith('.tmp')), []);
}

test('a write failing midway (EIO) leaves the original byte-identical; the rest of the batch is fixed; exit 2', () => {
  const { dir, a, b, text } = batch();
  const before = fs.readFileSync(a);
  const r = check(injected({ midWrite: () => { throw errno('EIO'); } }), dir);
  assert.equal(r.code, 2);
  assert.match(r.out, /a\.txt: error EIO: injected/);
  assert.ok(fs.readFileSync(a).equals(before));
  assertFixed(b, text);
  assertNoTemp(dir);
});

test('a full disk (ENOSPC from the write layer) is reported for that file; the original is intact', () => {
  const { dir, a, b, text } = batch();
  const before = fs.readFileSync(a);
  const r = check(injected({ midWrite: () => { throw errno('ENOSPC'); } }), dir);
  assert.equal(r.code, 2);
  assert.match(r.out, /a\.txt: error 磁盘已满 \/ no space left on device/);
  assert.ok(fs.readFileSync(a).equals(before));
  assertFixed(b, text);
  assertNoTemp(dir);
});

test('fsync or rename failing leaves the original intact and no temporary file', () => {
  for (const hooks of [{ fsync: () => { throw errno('EIO'); } }, { rename: () => { throw errno('EXDEV'); } }]) {
    const { dir, a, b, text } = batch();
    const before = fs.readFileSync(a);
    const r = check(injected(hooks), dir);
    assert.equal(r.code, 2);
    assert.match(r.out, /a\.txt: error (EIO|EXDEV): injected/);
    assert.ok(fs.readFileSync(a).equals(before));
    assertFixed(b, text);
    assertNoTemp(dir);
  }
});

test('a file changed on disk while the run works on it is not overwritten: the other writer\'s bytes stay', () => {
  const { dir, a, b, text } = batch();
  const theirs = text.replace('一、总体情况', '一、总体情况（已由他人修改）');
  // Someone saves a.txt while our temporary copy is being written.
  const r = check(injected({ midWrite: () => fs.writeFileSync(a, theirs) }), dir);
  assert.equal(r.code, 2);
  assert.match(r.out, /a\.txt: error 文件在读取后已被修改，未写入/);
  assert.equal(fs.readFileSync(a, 'utf8'), theirs);
  assertFixed(b, text);
  assertNoTemp(dir);
});

test('a file changed with the same size and time is still seen (content hash)', () => {
  const { dir, a, b, text } = batch();
  const { mtime, atime } = fs.statSync(a);
  const r = check(injected({ midWrite: () => {
    fs.writeFileSync(a, text.replace('一、总体情况', '一、总体概况'));
    fs.utimesSync(a, atime, mtime);
  } }), dir);
  assert.equal(r.code, 2);
  assert.match(r.out, /a\.txt: error 文件在读取后已被修改/);
  assert.ok(fs.readFileSync(a, 'utf8').includes('一、总体概况'));
  assertFixed(b, text);
});

test('an unreadable subfolder (EACCES) is that entry\'s error; the rest of the folder is checked', () => {
  const { dir, b } = batch();
  const locked = path.join(dir, 'locked');
  fs.mkdirSync(locked);
  fs.writeFileSync(path.join(locked, 'c.txt'), fixable());
  const io: Io = { ...fs, readdirSync: ((p: string, ...rest: unknown[]) => {
    if (p === locked) throw errno('EACCES');
    return (fs.readdirSync as (...a: unknown[]) => string[])(p, ...rest);
  }) as typeof fs.readdirSync };
  let out = '';
  const code = run(['check', '--format', 'jsonl', dir], { io, write: s => { out += s; } });
  assert.equal(code, 2);
  const lines = out.trim().split('\n').map(l => JSON.parse(l));
  assert.deepEqual(lines.map(l => path.basename(l.file)), ['a.txt', 'b.txt', 'locked']); // file order
  assert.match(lines[2].error, /没有权限 \/ permission denied/);
  assert.ok(lines.find(l => l.file === b).report);
});

test('fixes that cannot be written without changing other bytes are refused (spliceEdits checks the result)', () => {
  const bytes = Buffer.from('一、总体情况\n正文\n');
  const d = decode(bytes);
  const edit = { start: 7, end: 9, newText: '内容' };
  assert.equal(spliceEdits(bytes, d, [edit], '一、总体情况\n内容\n').toString(), '一、总体情况\n内容\n');
  assert.throws(() => spliceEdits(bytes, d, [edit], '一、总体情况\n别的\n'), EncodeError);
});
