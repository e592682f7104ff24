// The three real PDFs of ../shared/fixtures/pdf (conformance suite): every cell of tables 二/三/四
// as the engine reads them from their pdftotext text, the same table findings, where each cell
// came from, and a real PDF cut short or with bytes flipped reported as damaged.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import { tablesJson } from '../../server/src/cli/output';
import { describeFinding, importBytes, locateCells } from '../../server/src/import/import-entry';
import { SHARED } from './shared';
import { importFailure as failure } from '../unit/helpers/import-failure';

/** The label typos each PDF really prints (行政止公开 for 行政法规禁止公开); stacked or wrapped header words are no typo. */
const PDFS: [string, string[]][] = [['001_huaian_shi_2024', []], ['002_hongze_qu_2023', ['2.其他法律行政止公开']], ['003_hongze_qu_2024', ['2.其他法律行政止公开']]];
const pdfDir = path.join(SHARED, 'fixtures', 'pdf');

for (const [name, typos] of PDFS) {
  const file = path.join(pdfDir, `${name}.pdf`);
  test(`PDF ${name}: every cell of tables 二/三/四 as the engine reads them from the pdftotext text`, { skip: !fs.existsSync(file) && 'shared PDFs absent' }, async () => {
    const imported = await importBytes(fs.readFileSync(file), 'pdf');
    const a = analyze(imported.text);
    const reference = analyze(fs.readFileSync(path.join(SHARED, 'fixtures', 'pdftotext', `${name}.txt`), 'utf8'));
    const tables = tablesJson(a.model);
    assert.ok(tables.t2 && tables.t3 && tables.t4);
    assert.deepEqual(tables, tablesJson(reference.model));
    const relations = (x: typeof a) => x.findings.filter(f => /^t[34]-(sum|row-sum|balance|col)/.test(f.code)).map(f => `${f.code} ${f.cells}`).sort();
    assert.deepEqual(relations(a), relations(reference));
    for (const [id, loc] of locateCells(imported, a.model)) assert.ok(loc.page && loc.box, id);
    assert.deepEqual(a.findings.filter(f => f.code === 'label-typo' || f.code === 'label-truncated').map(f => /“([^”]+)”/.exec(f.message)![1]), typos);
  });
}

test('PDF 002: the two zero totals of table 四 are found on page 4', { skip: !fs.existsSync(path.join(pdfDir, '002_hongze_qu_2023.pdf')) && 'shared PDFs absent' }, async () => {
  const imported = await importBytes(fs.readFileSync(path.join(pdfDir, '002_hongze_qu_2023.pdf')), 'pdf');
  const a = analyze(imported.text);
  // Table 三 goes on over the page break: its rows are read from pages 3 and 4, no page number between.
  const located = locateCells(imported, a.model);
  assert.equal(located.get('R05.C1')!.page, 3);
  assert.equal(located.get('R16.C1')!.page, 4);
  assert.ok(!/^\s*-\s*\d+\s*-\s*$/m.test(imported.text));
  const sums = a.findings.filter(f => f.code === 't4-sum');
  assert.deepEqual(sums.map(f => f.cells![0]).sort(), ['K15', 'K5']);
  for (const f of sums) assert.match(describeFinding(imported, a.model, f)!.where, /^第4页 表四 第\d+行 行政(复议|诉讼·复议后起诉) \/ 总计$/);
});

test('a real PDF cut short or with bytes flipped is reported as damaged', { skip: !fs.existsSync(path.join(pdfDir, '001_huaian_shi_2024.pdf')) && 'shared PDFs absent' }, async () => {
  const bytes = fs.readFileSync(path.join(pdfDir, '001_huaian_shi_2024.pdf'));
  assert.equal((await failure(bytes.subarray(0, bytes.length >> 1), 'pdf')).reason, 'damaged');
  const flipped = Buffer.from(bytes);
  for (let i = 2000; i < flipped.length; i += 997) flipped[i] ^= 0x5a;
  assert.equal((await failure(flipped, 'pdf')).reason, 'damaged');
});
