// `xxgk check` end to end through the built dist/cli.js: formats, exit codes, encodings, --fix.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { readReport, REPORT_NAMES, REPORTS, reportPath } from './helpers/fixtures';
import { consistentData, synthReport } from './helpers/synth';

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
  assert.ok(sarif.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === 'number-malformed'));
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
