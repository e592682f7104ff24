// Word, web-page and PDF readers: every cell of tables 二/三/四 from files laid out like the official
// template (merged cells), where each cell came from, seeded defects found at the right place,
// convert → check round trips, and one clear message for files that hold no readable report. The
// three real PDFs are read in the conformance suite (test/corpus/import-pdfs.test.ts).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { analyze } from '../../server/src/core/analyze';
import { tablesJson } from '../../server/src/cli/output';
import { main } from '../../server/src/cli/cli';
import { T3_COLS, T3_ROW_IDS } from '../../server/src/core/schema';
import { describeCell, describeFinding, importBytes, locateCells } from '../../server/src/import/import-entry';
import { buildView } from '../../client/src/preview/view';
import { previewStrings } from '../../client/src/common/strings';
import type { ImportFormat } from '../../server/src/import/import-entry';
import { consistentData, type SynthData } from './helpers/synth';
import { cellPlaces, docxOf, officialReport, toDocx, toHtml } from './helpers/official';
import { encryptedPdf, imageOnlyPdf } from './helpers/pdf';
import { importFailure as failure } from './helpers/import-failure';

function expectedTables(d: SynthData) {
  return {
    t2: Object.fromEntries(['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'L1', 'P1', 'P2', 'F1'].map((id, i) => [id, d.t2[i]])),
    t3: Object.fromEntries(T3_ROW_IDS.map(r => [r, Object.fromEntries(T3_COLS.map((c, i) => [c, d.t3[r][i]]))])),
    t4: Object.fromEntries(d.t4.map((v, i) => [`K${i + 1}`, v])),
  };
}

const TABLE_CODES = /^(t[234]|label|table)/;

const FORMS: [string, ImportFormat, (d: SynthData, defects?: Parameters<typeof officialReport>[1]) => Uint8Array][] = [
  ['Word', 'docx', (d, x) => toDocx(officialReport(d, x))],
  ['saved web page', 'html', (d, x) => Buffer.from(toHtml(officialReport(d, x)))],
  ['HTML fragment', 'html', (d, x) => Buffer.from(toHtml(officialReport(d, x), false))],
];

for (const [name, format, make] of FORMS) {
  test(`${name}: every cell of tables 二/三/四 from the template's merged cells, no table finding`, async () => {
    const data = consistentData();
    const imported = await importBytes(make(data), format);
    const a = analyze(imported.text);
    assert.deepEqual(tablesJson(a.model), expectedTables(data));
    assert.deepEqual(a.findings.filter(f => TABLE_CODES.test(f.code)).map(f => `${f.code} ${f.message}`), []);
    assert.deepEqual(a.model.sections.map(s => s.index), [1, 2, 3, 4, 5, 6]);
  });

  test(`${name}: every value cell is located at its table, row and grid column`, async () => {
    const data = consistentData();
    const blocks = officialReport(data);
    const imported = await importBytes(make(data), format);
    const located = locateCells(imported, analyze(imported.text).model);
    const places = cellPlaces(blocks);
    assert.equal(places.size, 10 + 25 * 7 + 15);
    for (const [id, place] of places) {
      const loc = located.get(id);
      assert.ok(loc, id);
      assert.deepEqual({ table: loc.table, row: loc.row, column: loc.column }, place, id);
    }
  });

  test(`${name}: a wrong total is found at its cell in the original`, async () => {
    const data = consistentData();
    data.t3.R24[6] += 1;
    const imported = await importBytes(make(data), format);
    const a = analyze(imported.text);
    const f = a.findings.find(x => x.code === 't3-row-sum' && x.cells?.[0] === 'R24.C7');
    assert.ok(f, a.findings.map(x => `${x.code} ${x.cells}`).join('\n'));
    const place = cellPlaces(officialReport(data)).get('R24.C7')!;
    const where = describeFinding(imported, a.model, f)!;
    assert.deepEqual({ table: where.loc.table, row: where.loc.row, column: where.loc.column }, place);
    assert.match(where.where, new RegExp(`^表三 第${place.row}行 第${place.column}列.*（七）总计 / 总计$`));
    // The balance relation lists 一、本年新收 first but stands on the wrong total: named by the latter.
    const balance = a.findings.find(x => x.code === 't3-balance')!;
    assert.deepEqual(balance.cells?.[0], 'R01.C7');
    assert.match(describeFinding(imported, a.model, balance)!.where, new RegExp(`^表三 第${place.row}行 .*（七）总计 / 总计$`));
  });

  test(`${name}: a missing row of table 三 is reported and the other rows still read`, async () => {
    const data = consistentData();
    const imported = await importBytes(make(data, { dropT3: ['R18'] }), format);
    const a = analyze(imported.text);
    const missing = a.findings.filter(f => f.code === 't3-missing-row');
    assert.equal(missing.length, 1, a.findings.map(f => f.code).join(' '));
    assert.match(missing[0].message, /公开出版物/);
    assert.ok(describeFinding(imported, a.model, missing[0])!.where.startsWith('表三'));
    const t3 = tablesJson(a.model).t3!;
    assert.deepEqual(t3.R17, expectedTables(data).t3.R17);
    assert.deepEqual(t3.R19, expectedTables(data).t3.R19);
  });
}

test('web page: navigation, breadcrumbs, share buttons, footer and scripts are left out; &nbsp; cells are empty', async () => {
  const imported = await importBytes(Buffer.from(toHtml(officialReport(consistentData()))), 'html');
  for (const chrome of ['分享到', '备案号', '当前位置', '栏目', 'var x']) assert.ok(!imported.text.includes(chrome), chrome);
  assert.ok(!/\u00a0/.test(imported.text));
  assert.equal(imported.text.split('\n').filter(l => l.includes('一、总体情况')).length, 1);
});

test('web page saved in GB2312 with &nbsp; filler cells reads the same cells', async () => {
  const data = consistentData();
  const page = toHtml(officialReport(data)).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').replace(/<\/tr>/g, '<td>&nbsp;</td></tr>');
  const imported = await importBytes(iconv.encode(page, 'gb18030'), 'html');
  assert.deepEqual(tablesJson(analyze(imported.text).model), expectedTables(data));
});

for (const headingStyle of [false, true]) {
  test(`Word: list numbering is printed in the headings (一、总体情况), numbered ${headingStyle ? 'by their heading style' : 'on the paragraph'}`, async () => {
    const imported = await importBytes(toDocx(officialReport(consistentData()), headingStyle), 'docx');
    assert.match(imported.text, /^一、总体情况$/m);
    assert.match(imported.text, /^六、其他需要报告的事项$/m);
    assert.deepEqual(analyze(imported.text).model.sections.map(s => s.index), [1, 2, 3, 4, 5, 6]);
  });
}

test('convert → check: the written text reads back to the same model, and check names the Word location', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-import-'));
  const data = consistentData();
  data.t4[4] = 3; // 行政复议 总计 1 + 1 ≠ 3
  const docx = path.join(dir, 'report.docx');
  fs.writeFileSync(docx, toDocx(officialReport(data)));
  const txt = path.join(dir, 'report.txt');
  assert.equal(await main(['convert', docx, '-o', txt], () => {}, () => {}), 0);
  const direct: string[] = [], converted: string[] = [], text: string[] = [];
  await main(['check', '--format', 'json', docx], s => direct.push(s));
  await main(['check', '--format', 'json', txt], s => converted.push(s));
  await main(['check', docx], s => text.push(s));
  // Output is written as each file is done: the chunks together are the whole output.
  const [d] = JSON.parse(direct.join('')), [c] = JSON.parse(converted.join(''));
  assert.deepEqual(d.tables, c.tables);
  assert.deepEqual(d.diagnostics.map((x: { code: string }) => x.code), c.diagnostics.map((x: { code: string }) => x.code));
  const sum = d.diagnostics.find((x: { code: string }) => x.code === 't4-sum');
  assert.deepEqual({ table: sum.source.table, row: sum.source.row, column: sum.source.column }, { table: 3, row: 4, column: 5 });
  assert.match(text.join(''), /t4-sum .*\[表四 第4行 第5列（Word 第3个表格） 行政复议 \/ 总计\]/);
  const sarif: string[] = [];
  await main(['check', '--format', 'sarif', docx], s => sarif.push(s));
  assert.equal(JSON.parse(sarif.join('')).runs[0].results.find((r: { ruleId: string }) => r.ruleId === 't4-sum').properties.source.table, 3);
  fs.rmSync(dir, { recursive: true });
});


// ---- Files that hold no readable report -------------------------------------------------------

test('one clear message for damaged, encrypted and image-only PDFs', async () => {
  assert.equal((await failure(Buffer.from('%PDF-1.4\nnot really a pdf'), 'pdf')).message, '文件已损坏，无法读取 / the file is damaged');
  assert.equal((await failure(encryptedPdf(), 'pdf')).reason, 'encrypted');
  const scanned = await failure(imageOnlyPdf(), 'pdf');
  assert.equal(scanned.reason, 'scanned');
  assert.match(scanned.message, /^扫描件，无法读取文字/);
  assert.match(scanned.localized('en'), /^scanned images only/);
});


test('one clear message for a damaged, an encrypted and a non-report Word file', async () => {
  assert.equal((await failure(Buffer.from('PK\x03\x04 broken zip'), 'docx')).reason, 'damaged');
  const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(500), Buffer.from('EncryptedPackage', 'utf16le')]);
  assert.equal((await failure(ole, 'docx')).message, '文件已加密，无法读取 / the file is encrypted');
  const letter = await failure(docxOf(['尊敬的各位同事：', '下周三下午召开部门例会，请准时参加。', '办公室']), 'docx');
  assert.equal(letter.reason, 'not-report');
});

test('check reports an unreadable file once and goes on with the others', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-import-'));
  fs.writeFileSync(path.join(dir, 'a.pdf'), imageOnlyPdf());
  fs.writeFileSync(path.join(dir, 'b.html'), toHtml(officialReport(consistentData())));
  const out: string[] = [];
  assert.equal(await main(['check', dir], s => out.push(s)), 2);
  assert.match(out.join(''), /a\.pdf: error 扫描件，无法读取文字/);
  assert.match(out.join(''), /2 个文件 \/ files: 0 error\(s\)/);
  fs.rmSync(dir, { recursive: true });
});

test('in a folder: a Word letter and a web page that hold no report are skipped; jsonl and sarif name the Word location; --fix leaves the file alone', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-import-'));
  const data = consistentData();
  data.t4[4] = 3;
  const docx = path.join(dir, 'report.docx');
  fs.writeFileSync(docx, toDocx(officialReport(data)));
  fs.writeFileSync(path.join(dir, 'letter.docx'), docxOf(['尊敬的各位同事：', '下周三下午召开部门例会，请准时参加。', '办公室']));
  fs.writeFileSync(path.join(dir, 'notes.html'), '<html><body><h1>会议纪要</h1><p>今天讨论了预算。</p></body></html>');
  const text: string[] = [];
  assert.equal(await main(['check', dir], s => text.push(s)), 1);
  assert.match(text.join(''), /letter\.docx: skipped 不是政府信息公开工作年度报告/);
  assert.match(text.join(''), /notes\.html: skipped /);
  assert.match(text.join(''), /1 个文件 \/ files: 1 error\(s\).*; 2 个跳过 \/ skipped/);
  const jsonl: string[] = [];
  await main(['check', '--format', 'jsonl', dir], s => jsonl.push(s));
  const lines = jsonl.join('').trim().split('\n').map(l => JSON.parse(l));
  assert.deepEqual(lines.map(l => [path.basename(l.file), Boolean(l.skipped)]), [['letter.docx', true], ['notes.html', true], ['report.docx', false]]);
  const sum = lines[2].diagnostics.find((x: { code: string }) => x.code === 't4-sum');
  assert.deepEqual({ format: sum.source.format, table: sum.source.table, row: sum.source.row, column: sum.source.column }, { format: 'docx', table: 3, row: 4, column: 5 });
  const sarif: string[] = [];
  await main(['check', '--format', 'sarif', dir], s => sarif.push(s));
  const run = JSON.parse(sarif.join('')).runs[0];
  assert.equal(run.results.find((r: { ruleId: string }) => r.ruleId === 't4-sum').properties.source.row, 4);
  assert.equal(run.invocations[0].toolExecutionNotifications.filter((n: { level: string }) => n.level === 'note').length, 2);
  // Named on the command line, the letter gets its one message (exit 2) instead of being skipped.
  const letter: string[] = [];
  assert.equal(await main(['check', path.join(dir, 'letter.docx')], s => letter.push(s)), 2);
  assert.match(letter.join(''), /letter\.docx: error 不是政府信息公开工作年度报告（未找到标题、章节或表格）/);
  const before = fs.readFileSync(docx);
  assert.equal(await main(['check', '--fix', docx], () => {}), 1);
  assert.ok(fs.readFileSync(docx).equals(before));
  fs.rmSync(dir, { recursive: true });
});

test('the readers are a bundle of their own: the extension, server and CLI bundles do not hold them', { skip: !fs.existsSync(path.resolve(__dirname, '../../../dist/import.js')) && 'not built' }, () => {
  const dist = path.resolve(__dirname, '../../../dist');
  const libraries = ['WorkerMessageHandler', 'parse5', 'xmldom', 'fflate'];
  const readers = fs.readFileSync(path.join(dist, 'import.js'), 'utf8');
  for (const library of libraries) assert.ok(readers.includes(library), `${library} in import.js`);
  for (const f of ['extension.js', 'server.js', 'cli.js']) {
    const code = fs.readFileSync(path.join(dist, f), 'utf8');
    for (const library of libraries) assert.ok(!code.includes(library), `${library} in ${f}`);
  }
});

test('the preview names where each cell of an imported Word file came from', async () => {
  const data = consistentData();
  const imported = await importBytes(toDocx(officialReport(data)), 'docx');
  const { model, findings } = analyze(imported.text);
  const origins = new Map([...locateCells(imported, model).keys()].map(id => [id, describeCell(imported, model, id)!]));
  const zhBundle = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
  const view = buildView(model, findings, 'zh-cn', previewStrings(m => zhBundle[m] ?? m), origins);
  const place = cellPlaces(officialReport(data)).get('R24.C7')!;
  assert.match(view.cells['R24.C7'].title, new RegExp(`\\n原文件中的位置：表三 第${place.row}行 第${place.column}列（Word 第${place.table}个表格）\\n`));
  assert.doesNotMatch(buildView(model, findings, 'zh-cn', previewStrings(m => zhBundle[m] ?? m)).cells['R24.C7'].title, /原文件/);
});
