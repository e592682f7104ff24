// `xxgk check` end to end through the built dist/cli.js: formats, exit codes, encodings, --fix.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { ALL_CODES, codeInfo } from '../../server/src/core/registry';
import { readReport, REPORT_NAMES, REPORTS, reportPath } from './helpers/fixtures';
import { consistentData, FAMILIES, synthFamily, synthReport } from './helpers/synth';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
function xxgk(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function tmp(name: string, content: Buffer | string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-cli-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

test('json: all seven fixture reports with the spec §11 fields and correct tables', () => {
  const r = xxgk('check', '--format', 'json', REPORTS);
  assert.equal(r.code, 1); // pipe-web, table-defects and split-label have errors
  const out = JSON.parse(r.out);
  assert.deepEqual(out.map((f: { file: string }) => path.basename(f.file)), REPORT_NAMES.map(n => `${n}.txt`));
  for (const f of out) {
    assert.deepEqual(Object.keys(f), ['file', 'report', 'tables', 'diagnostics']);
    assert.equal(f.report.year, f.file.endsWith('2023.txt') ? 2023 : 2024);
    assert.equal(Object.keys(f.tables.t3).length, 25);
    for (const d of f.diagnostics) assert.deepEqual(Object.keys(d).filter(k => k !== 'cells'), ['code', 'severity', 'message', 'range']);
  }
  const of = (name: string) => out[REPORT_NAMES.indexOf(name)];
  assert.equal(of('tab-normalise').tables.t2.F1, 45.5);
  assert.equal(of('pipe-web').tables.t4.K15, 3);
  assert.equal(of('table-defects').tables.t3.R01.C6, null);
  assert.equal(of('split-label').tables.t3.R01.C1, 90);
  assert.deepEqual(out.map((f: { report: { issuerKind: string } }) => f.report.issuerKind), ['government', 'government', 'government', 'government', 'government', 'department', 'department']);
  assert.ok(of('pipe-web').diagnostics.some((d: { code: string; cells?: string[] }) => d.code === 'number-malformed' && d.cells?.[0] === 'R10.C6'));
});

test('text: compiler-style lines; exit 0 on a report without errors', () => {
  const r = xxgk('check', reportPath('tab-normalise'));
  assert.equal(r.code, 0);
  assert.match(r.out, /tab-normalise\.txt:3:19 information title-spacing /);
  const bad = xxgk('check', reportPath('pipe-web'));
  assert.equal(bad.code, 1);
  assert.match(bad.out, /:43:35 error number-malformed /);
  assert.equal(xxgk('check', '--exit-zero', reportPath('pipe-web')).code, 0);
});

test('sarif 2.1.0 with 1-based regions', () => {
  const r = xxgk('check', '--format', 'sarif', reportPath('pipe-web'));
  const sarif = JSON.parse(r.out);
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs[0].tool.driver.version, JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')).version);
  const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'number-malformed');
  assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 43, startColumn: 35, endLine: 43, endColumn: 37 });
  assert.equal(result.level, 'error');
  const rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[] = sarif.runs[0].tool.driver.rules;
  assert.deepEqual(rules.map(x => x.id), ALL_CODES, 'every registered code, in registry order');
  for (const x of sarif.runs[0].results) assert.equal(rules[x.ruleIndex].id, x.ruleId);
  const rule = rules.find(x => x.id === 'number-malformed')!;
  assert.equal(rule.shortDescription.text, codeInfo('number-malformed').zh);
  assert.equal(rule.fullDescription.text, codeInfo('number-malformed').en);
  assert.equal(rule.helpUri, 'https://github.com/xxgk-report/xxgk-report#rule-number-malformed');
  assert.equal(rules.find(x => x.id === 'number-empty')!.defaultConfiguration.level, 'note');
});

test('usage errors and unreadable files exit 2 with a clear message', () => {
  assert.equal(xxgk('check').code, 2);
  assert.equal(xxgk('check', '--format', 'xml', 'x').code, 2);
  const missing = xxgk('check', '/nonexistent/report.txt');
  assert.equal(missing.code, 2);
  assert.match(missing.out, /文件不存在/);
  const binary = xxgk('check', tmp('b.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0x00])));
  assert.equal(binary.code, 2);
  assert.match(binary.out, /不是文本文件/);
});

test('encodings: GB18030 and UTF-16 with BOM read the same as UTF-8', () => {
  const text = readReport('split-label');
  const expected = JSON.parse(xxgk('check', '--format', 'json', reportPath('split-label')).out)[0].tables;
  for (const bytes of [iconv.encode(text, 'gb18030'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')])]) {
    const out = JSON.parse(xxgk('check', '--format', 'json', tmp('r.txt', bytes)).out)[0];
    assert.deepEqual(out.tables, expected);
  }
});

test('--fix writes the safe fixes and keeps encoding, BOM and CRLF', () => {
  const data = consistentData();
  data.t3.R24[0] = 25;
  const text = synthReport(data, 'tab').replace(/\n/g, '\r\n');
  const file = tmp('fix.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(text, 'utf8')]));
  assert.equal(xxgk('check', file).code, 1);
  const r = xxgk('check', '--fix', file);
  assert.equal(r.code, 0, r.out);
  const bytes = fs.readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const fixed = bytes.subarray(3).toString('utf8');
  assert.equal(fixed.split('\r\n').length, text.split('\r\n').length);
  assert.ok(!/[^\r]\n/.test(fixed));
  assert.equal(fixed, text.replace('（七）总计\t25', '（七）总计\t21'));

  const gb = tmp('gb.txt', iconv.encode(readReport('pipe-web'), 'gb18030'));
  xxgk('check', '--fix', gb);
  const bytesAfter = fs.readFileSync(gb);
  const after = iconv.decode(bytesAfter, 'gb18030');
  assert.ok(iconv.encode(after, 'gb18030').equals(bytesAfter), 'still GB18030');
  assert.ok(after.includes('6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'));
  assert.ok(after.includes('第二十条第（一）项'), 'labels normalised to the official full-width form');
  // Prose is never rewritten by --fix: the text/table contradiction (001-6) is left to the author.
  assert.deepEqual(xxgk('check', gb).out.match(/ error [a-z-]+/g), [' error narrative-mismatch']);
});

test('cross-year: last year\'s report of the same issuer is found among the files checked together', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-years-'));
  const data = consistentData();
  fs.writeFileSync(path.join(dir, 'a.txt'), synthReport(data, 'tab'));
  const last = consistentData();
  last.t3.R25 = [3, 0, 0, 0, 0, 0, 3]; // carried forward 3, but this year says 2 were carried over
  fs.writeFileSync(path.join(dir, 'b.txt'), synthReport(last, 'tab').replace(/2024/g, '2023'));
  const out = JSON.parse(xxgk('check', '--format', 'json', dir).out);
  const thisYear = out.find((f: { report: { year: number } }) => f.report.year === 2024);
  const carry = thisYear.diagnostics.filter((d: { code: string }) => d.code === 'crossyear-carryover');
  assert.deepEqual(carry.map((d: { cells: string[] }) => d.cells[0]), ['R02.C1', 'R02.C7']);
  const alone = JSON.parse(xxgk('check', '--format', 'json', path.join(dir, 'a.txt')).out)[0];
  assert.ok(!alone.diagnostics.some((d: { code: string }) => d.code === 'crossyear-carryover'));
});

function fixableReport(): string {
  const data = consistentData();
  data.t3.R24[0] = 25;
  return synthReport(data, 'tab');
}
const FIXED = (text: string) => text.replace('（七）总计\t25', '（七）总计\t21');

test('--fix replaces the file atomically: the mode is kept, a symlink is written through, no temporary file is left', () => {
  const text = fixableReport();
  const file = tmp('mode.txt', text);
  fs.chmodSync(file, 0o640);
  const link = path.join(path.dirname(file), 'link.txt');
  fs.symlinkSync(file, link);
  assert.equal(xxgk('check', '--fix', link).code, 0);
  assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link is still a link');
  assert.equal(fs.readFileSync(file, 'utf8'), FIXED(text));
  assert.equal(fs.statSync(file).mode & 0o777, 0o640);
  assert.deepEqual(fs.readdirSync(path.dirname(file)).sort(), ['link.txt', 'mode.txt']);
});

test('--fix on a read-only file: reported for that file, the rest of the batch is fixed, exit 2', () => {
  const text = fixableReport();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-ro-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), text);
  fs.writeFileSync(path.join(dir, 'b.txt'), text);
  fs.chmodSync(path.join(dir, 'a.txt'), 0o444);
  const r = xxgk('check', '--fix', dir);
  assert.equal(r.code, 2);
  assert.match(r.out, /a\.txt: error 文件只读，未写入/);
  assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), text);
  assert.equal(fs.readFileSync(path.join(dir, 'b.txt'), 'utf8'), FIXED(text));
});

test('--fix keeps every byte outside the edits: GB18030 bytes the decoder does not round-trip (A3 A0, a lone 0x80) stay', () => {
  const text = fixableReport();
  // In untouched prose: A3 A0 decodes to U+3000 (re-encoded A1 A1), 0x80 to € (re-encoded A2 E3).
  const [prose, rest] = text.split('（二）依申请公开。');
  const [middle, tail] = rest.split('（七）总计\t25');
  const gb = (s: string) => iconv.encode(s, 'gb18030');
  const odd = Buffer.from([0xa3, 0xa0, 0x80]);
  const file = tmp('odd.txt', Buffer.concat([gb(prose), odd, gb('（二）依申请公开。' + middle + '（七）总计\t25' + tail)]));
  const r = xxgk('check', '--fix', file);
  assert.equal(r.code, 0, r.out);
  const after = fs.readFileSync(file);
  const expected = Buffer.concat([gb(prose), odd, gb('（二）依申请公开。' + middle + '（七）总计\t21' + tail)]);
  assert.ok(after.equals(expected), 'only the edited digit changed');
});

test('--fix in UTF-16 LE and BE with CRLF: BOM and every byte outside the edit kept', () => {
  const text = fixableReport().replace(/\n/g, '\r\n');
  for (const [enc, bom] of [['utf16le', [0xff, 0xfe]], ['utf16be', [0xfe, 0xff]]] as const) {
    const file = tmp('u16.txt', Buffer.concat([Buffer.from(bom), iconv.encode(text, enc)]));
    assert.equal(xxgk('check', '--fix', file).code, 0, enc);
    assert.ok(fs.readFileSync(file).equals(Buffer.concat([Buffer.from(bom), iconv.encode(FIXED(text), enc)])), enc);
  }
});

test('a forced encoding that does not decode cleanly is an error for that file, and --fix writes nothing', () => {
  const file = tmp('u.txt', fixableReport());
  const before = fs.readFileSync(file);
  const r = xxgk('check', '--encoding', 'gb18030', '--fix', file);
  assert.equal(r.code, 2);
  assert.match(r.out, /不能按 GB18030 解码/);
  assert.ok(fs.readFileSync(file).equals(before));
});

test('NUL bytes anywhere (not only in the first 8 KB) mean binary; Big5 is refused, GB18030 is not taken for Big5', () => {
  const late = tmp('late.txt', Buffer.concat([Buffer.from(readReport('tab-normalise').repeat(4)), Buffer.from([0x00, 0x01])]));
  assert.ok(fs.statSync(late).size > 8192);
  const r = xxgk('check', late);
  assert.equal(r.code, 2);
  assert.match(r.out, /不是文本文件（含有 NUL 字节）/);
  const traditional = '某某縣人民政府2024年政府信息公開工作年度報告\n一、總體情況\n本年度，我縣認真貫徹落實《中華人民共和國政府信息公開條例》，政府信息公開工作有序開展。\n二、主動公開政府信息情況\n';
  const big5 = xxgk('check', tmp('big5.txt', iconv.encode(traditional, 'big5')));
  assert.equal(big5.code, 2);
  assert.match(big5.out, /看起来是 Big5（繁体）编码/);
  for (const name of REPORT_NAMES) {
    const gb = xxgk('check', tmp('gb.txt', iconv.encode(readReport(name), 'gb18030')));
    assert.doesNotMatch(gb.out, /Big5/, name);
  }
});

test('file names: a newline is escaped in the text format; SARIF URIs are percent-encoded', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-names-'));
  const odd = path.join(dir, 'a\nb 报告#1.txt');
  fs.writeFileSync(odd, readReport('pipe-web'));
  const text = xxgk('check', odd).out;
  assert.ok(text.split('\n').filter(l => l).every(l => l.startsWith(JSON.stringify(odd)) || /个文件 \/ files/.test(l)), text);
  const sarif = JSON.parse(xxgk('check', '--format', 'sarif', odd).out);
  const uri: string = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
  assert.equal(uri, new URL(`file://${dir}/a%0Ab%20%E6%8A%A5%E5%91%8A%231.txt`).href);
  assert.equal(decodeURIComponent(new URL(uri).pathname), odd);
  const relative = spawnSync(process.execPath, [CLI, 'check', '--format', 'sarif', path.basename(odd)], { cwd: dir, encoding: 'utf8' });
  assert.equal(JSON.parse(relative.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'a%0Ab%20%E6%8A%A5%E5%91%8A%231.txt');
});

test('options: unknown or misspelt options exit 2 with a message; --version prints the package version', () => {
  for (const bad of ['--formatx=json', '--fixx', '--fix=yes', '--locale-x', '-f']) {
    const r = xxgk('check', bad, reportPath('tab-normalise'));
    assert.equal(r.code, 2, bad);
    assert.match(r.err, /未知选项 \/ unknown option/, bad);
    // The usage names every command: check, convert, --version.
    assert.match(r.err, /xxgk convert FILE \[-o OUT\]/, bad);
    assert.match(r.err, /xxgk --version/, bad);
  }
  assert.equal(xxgk('check', '--format=jsonl', reportPath('tab-normalise')).code, 0);
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
  for (const args of [['--version'], ['check', '--version']]) {
    const v = xxgk(...args);
    assert.equal(v.code, 0);
    assert.equal(v.out.trim(), pkg.version);
  }
});

test('folders: a dangling symlink and a symlink loop are that entry\'s error; non-reports are skipped; the rest is checked', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-tree-'));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'sub', 'r.txt'), readReport('tab-normalise'));
  fs.writeFileSync(path.join(dir, 'README.md'), '# 年报\n\n这里存放政府信息公开工作年度报告。\n\n## 用法\n\n运行 xxgk check。\n');
  fs.writeFileSync(path.join(dir, 'notes.txt'), '待办：核对表三数字。\n');
  fs.writeFileSync(path.join(dir, 'draft.xxgk'), '草稿\n'); // a .xxgk is a report by its name
  fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
  fs.symlinkSync(dir, path.join(dir, 'sub', 'loop'));
  fs.symlinkSync('self.txt', path.join(dir, 'self.txt'));
  // A FIFO would block a run that reads it.
  assert.equal(spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]).status, 0);
  const r = xxgk('check', '--format', 'json', dir);
  assert.equal(r.code, 2);
  const out = JSON.parse(r.out) as { file: string; error?: string; skipped?: string; report: unknown }[];
  const by = (name: string) => out.find(f => f.file === path.join(dir, name))!;
  assert.match(by('dangling.txt').error!, /符号链接指向的文件不存在 \/ dangling symbolic link/);
  assert.match(by('self.txt').error!, /符号链接循环 \/ symbolic link loop/);
  assert.match(by('sub/loop').error!, /符号链接循环 \/ symbolic link loop/);
  assert.match(by('README.md').skipped!, /不是政府信息公开工作年度报告，已跳过/);
  assert.match(by('notes.txt').skipped!, /已跳过/);
  assert.ok(by('sub/r.txt').report);
  assert.match(by('pipe.txt').error!, /不是普通文件 \/ not a regular file/);
  assert.ok(by('draft.xxgk').report && !by('draft.xxgk').skipped);
  assert.equal(out.length, 8);
  const text = xxgk('check', dir).out;
  assert.match(text, /notes\.txt: skipped /);
  assert.match(text, /个文件 \/ files: .*; 2 个跳过 \/ skipped/);
  // A file named on the command line is checked even when it does not look like a report.
  assert.doesNotMatch(xxgk('check', path.join(dir, 'notes.txt')).out, /skipped/);
});

test('every report layout in a folder is checked, none skipped (fixtures, bare-CR and flattened families)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-layouts-'));
  for (const family of FAMILIES) fs.writeFileSync(path.join(dir, `${family}.txt`), synthFamily(consistentData(), family));
  for (const folder of [REPORTS, dir]) {
    const out = JSON.parse(xxgk('check', '--format', 'json', folder).out) as { file: string; skipped?: string }[];
    assert.ok(out.length >= 7, folder);
    assert.deepEqual(out.filter(f => f.skipped).map(f => path.basename(f.file)), [], folder);
  }
});

test('jsonl: one object per line; json: one valid array written file by file', () => {
  const dir = REPORTS;
  const lines = xxgk('check', '--format', 'jsonl', dir).out.trim().split('\n').map(l => JSON.parse(l));
  const array = JSON.parse(xxgk('check', '--format', 'json', dir).out);
  assert.equal(lines.length, REPORT_NAMES.length);
  assert.deepEqual(lines, array);
  assert.deepEqual(JSON.parse(xxgk('check', '--format', 'json', fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-empty-'))).out), []);
});

/** A folder of `n` small reports r00000.txt …; returns the name of the i-th. */
function manyReports(n: number): (i: number) => string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-many-'));
  const report = (i: number) => [`某某局${i}2024年政府信息公开工作年度报告`, '一、总体情况', '本年度工作正常开展。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项', '无。'].join('\n');
  const name = (i: number) => path.join(dir, `r${String(i).padStart(5, '0')}.txt`);
  for (let i = 0; i < n; i++) fs.writeFileSync(name(i), report(i));
  return name;
}

test('a run over thousands of files prints results as it goes and exits normally', async () => {
  const N = 3000;
  const name = manyReports(N);
  const dir = path.dirname(name(0));
  const child = spawn(process.execPath, [CLI, 'check', '--format', 'jsonl', dir]);
  let out = '';
  let first = true;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (s: string) => {
    // The first results are out while the last file is still to be checked: remove it now, and
    // its result says so (a run that printed at the end would have read it long before).
    if (first) { first = false; fs.rmSync(name(N - 1)); }
    out += s;
  });
  const code = await new Promise<number | null>(resolve => child.on('close', resolve));
  const lines = out.trim().split('\n').map(l => JSON.parse(l));
  assert.equal(lines.length, N);
  assert.equal(lines[N - 1].file, name(N - 1));
  assert.match(lines[N - 1].error, /文件不存在/);
  assert.equal(lines.filter((l: { report: unknown }) => l.report).length, N - 1);
  assert.equal(code, 2);
});

test('output closed early (xxgk check … | head): the run stops quietly, no EPIPE crash', async () => {
  const name = manyReports(500);
  const child = spawn(process.execPath, [CLI, 'check', '--format', 'jsonl', path.dirname(name(0))]);
  let err = '';
  child.stderr.on('data', s => { err += s; });
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>(resolve => child.on('close', resolve));
  assert.equal(err, '');
  assert.equal(code, 0);
});

test('cross-year pairing by issuer index: a name with the higher-level place in front matches either way; another issuer does not', () => {
  const data = consistentData();
  const last = consistentData();
  last.t3.R25 = [3, 0, 0, 0, 0, 0, 3];
  const lastYear = synthReport(last, 'tab').replace(/2024/g, '2023');
  for (const [thisName, lastName, paired] of [['淮安市某某县', '某某县', true], ['某某县', '淮安市某某县', true], ['某某县', '另一县', false]] as const) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-pair-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), synthReport(data, 'tab').replace('某某县', thisName));
    fs.writeFileSync(path.join(dir, 'b.txt'), lastYear.replace('某某县', lastName));
    const out = JSON.parse(xxgk('check', '--format', 'json', dir).out);
    const thisYear = out.find((f: { report: { year: number } }) => f.report.year === 2024);
    assert.equal(thisYear.diagnostics.some((d: { code: string }) => d.code === 'crossyear-carryover'), paired, `${thisName} / ${lastName}`);
  }
});

test('--jobs: worker threads give the same output, in the same order, as one thread (errors, skips, cross-year pairs)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-jobs-'));
  for (const name of REPORT_NAMES) fs.writeFileSync(path.join(dir, `${name}.txt`), readReport(name));
  const last = consistentData();
  last.t3.R25 = [3, 0, 0, 0, 0, 0, 3];
  fs.writeFileSync(path.join(dir, 'y2024.txt'), synthReport(consistentData(), 'tab'));
  fs.writeFileSync(path.join(dir, 'y2023.txt'), synthReport(last, 'tab').replace(/2024/g, '2023'));
  fs.writeFileSync(path.join(dir, 'notes.txt'), '待办：核对表三数字。\n');
  fs.writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0x41, 0, 0x42]));
  for (const format of ['jsonl', 'text', 'sarif']) {
    const one = xxgk('check', '--format', format, '--jobs', '1', dir);
    assert.equal(one.code, 2); // bin.txt cannot be read
    for (const jobs of ['2', '3', '16']) {
      const many = xxgk('check', '--format', format, '--jobs', jobs, dir);
      assert.equal(many.code, one.code);
      assert.equal(many.out, one.out, `--jobs ${jobs}, ${format}`);
    }
  }
  const lines = xxgk('check', '--format', 'jsonl', '--jobs', '3', dir).out.trim().split('\n').map(l => JSON.parse(l));
  // Every file in file order, errors and skips included; then the cross-year findings, which wait
  // for every file (last year's report may be any of them).
  const files = lines.filter(l => !('previous' in l)).map(l => path.basename(l.file));
  assert.deepEqual(files, [...files].sort());
  assert.ok(files.includes('bin.txt') && files.includes('notes.txt'));
  const crossYear = lines.slice(files.length);
  assert.ok(crossYear.every(l => 'previous' in l), 'cross-year objects come last');
  const thisYear = crossYear.find(l => l.file.endsWith('y2024.txt'));
  assert.equal(path.basename(thisYear.previous), 'y2023.txt');
  assert.deepEqual(thisYear.diagnostics.filter((d: { code: string }) => d.code === 'crossyear-carryover').map((d: { cells: string[] }) => d.cells[0]), ['R02.C1', 'R02.C7']);
  assert.ok(!lines.find(l => l.file.endsWith('y2024.txt') && !('previous' in l)).diagnostics.some((d: { code: string }) => d.code.startsWith('crossyear-')));
});

test('cross-year findings printed after the run are the ones a check with last year\'s report gives: json (paired first) = jsonl + its cross-year objects, in every format', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-cross-'));
  const last = consistentData();
  last.t3.R25 = [3, 0, 0, 0, 0, 0, 3]; // carryover: this year says 2 (C1, C7)
  last.t2[5] = 20; // effective: 20 + 2 − 1 = 21, this year 15
  fs.writeFileSync(path.join(dir, 'a-2024.txt'), synthReport(consistentData(), 'cell-per-line', { crlf: true }));
  fs.writeFileSync(path.join(dir, 'b-2023.txt'), synthReport(last, 'pipe', { year: 2023 }));
  fs.writeFileSync(path.join(dir, 'c-other.txt'), synthReport(last, 'tab', { year: 2023, issuer: '另一县人民政府' }));
  const json = JSON.parse(xxgk('check', '--format', 'json', dir).out);
  const lines = xxgk('check', '--format', 'jsonl', dir).out.trim().split('\n').map(l => JSON.parse(l));
  const byPlace = (a: { range: { start: { line: number; character: number } } }, b: typeof a) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
  const crossYear = lines.filter(l => 'previous' in l);
  assert.deepEqual(crossYear.map(l => [path.basename(l.file), path.basename(l.previous)]), [['a-2024.txt', 'b-2023.txt']]);
  assert.deepEqual(crossYear[0].diagnostics.map((d: { code: string }) => d.code).sort(), ['crossyear-carryover', 'crossyear-carryover', 'crossyear-effective']);
  for (const element of json) {
    const own = lines.find(l => l.file === element.file && !('previous' in l));
    const extra = crossYear.find(l => l.file === element.file)?.diagnostics ?? [];
    assert.deepEqual([...own.diagnostics, ...extra].sort(byPlace), element.diagnostics, element.file);
  }
  const text = xxgk('check', '--format', 'text', dir).out.split('\n');
  const heading = text.findIndex(l => l.startsWith('跨年度核对'));
  assert.ok(heading > 0);
  const after = text.slice(heading + 1).filter(l => l.includes(' crossyear-'));
  assert.equal(after.length, 3);
  assert.ok(after.every(l => l.includes('a-2024.txt:') && l.endsWith(`[上年报告 / last year: ${path.join(dir, 'b-2023.txt')}]`)));
  assert.ok(!text.slice(0, heading).some(l => l.includes(' crossyear-')));
  // The summary counts them (the files' own findings here are errors only) but not as files.
  assert.match(text.find(l => l.includes('个文件 / files'))!, /^3 个文件 \/ files: \d+ error\(s\), 2 warning\(s\), 1 information\/hint\(s\)$/);
  const sarif = JSON.parse(xxgk('check', '--format', 'sarif', dir).out);
  assert.equal(sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId.startsWith('crossyear-')).length, 3);
});

test('--jobs takes a whole number from 1 to 999', () => {
  const file = reportPath('tab-normalise');
  for (const bad of ['0', '-1', '1.5', 'x', '1000']) {
    const r = xxgk('check', '--jobs', bad, file);
    assert.equal(r.code, 2, bad);
    assert.match(r.err, /--jobs/);
  }
  assert.equal(xxgk('check', '--exit-zero', '--jobs=4', file).code, 0);
  assert.match(xxgk('check', '--help-me', file).err, /--jobs N/);
});
