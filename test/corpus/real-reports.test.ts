// Assertions on the real reports in ../shared that used to run with the unit tests: claims,
// pairing of years, paragraphs, detection, fixes and numbering on the seeds (spec §7) and the
// pdftotext fixtures, kept exactly as they were.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { detectReport } from '../../server/src/core/detect';
import { analyze, parseReport } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/fix/edits';
import { fixAll } from '../../server/src/core/fix/fixAll';
import { findPrevious } from '../../server/src/core/narrative/pairing';
import { buildParagraphs, rangeIn } from '../../server/src/core/narrative/prose';
import { tokenize } from '../../server/src/core/narrative/tokens';
import { apply, at, checkNarrativeFixes, claimsOf, findings, textAt } from '../unit/narrative-helpers';
import { readFixture, readSeed, reportsIn } from './shared';

const REAL = [...reportsIn('seeds'), ...reportsIn('fixtures/pdftotext')];
const model = (text: string) => analyze(text).model;
const HONGZE_2023 = readFixture('002_hongze_qu_2023.txt');
const HONGZE_2024 = readFixture('003_hongze_qu_2024.txt');
const splits = (text: string) => analyze(text).findings.filter(f => f.code === 'paragraph-split');
function paragraphs(text: string) {
  const { model, tableLines, src } = parseReport(text);
  return buildParagraphs(src, model, tableLines);
}
/** The paragraph containing `needle`, and the source range of `needle` in it. */
function find(text: string, needle: string) {
  const p = paragraphs(text).find(x => x.text.includes(needle));
  assert.ok(p, needle);
  const at = p.text.indexOf(needle);
  return { p, range: rangeIn(p, at, at + needle.length) };
}
const count = (text: string, code: string) => findings(text).filter(f => f.code === code).length;
const codes = (text: string) => analyze(text).findings.map(f => f.code);

test('seeds: every request, result and case figure of the prose', () => {
  assert.deepEqual(claimsOf(readSeed('000')), ['received=10', 'review=1', 'litigation=0']);
  assert.deepEqual(claimsOf(readSeed('001')), ['received=110', 'disclosed=9', 'refused=2', 'partly=11', 'carriedOut=10', 'review=12', 'litigation=8']);
  assert.deepEqual(claimsOf(readSeed('002')), ['received=0!']);
  assert.deepEqual(claimsOf(readSeed('003')), ['received=5']);
  assert.deepEqual(claimsOf(readSeed('004')), ['received=132', 'carriedIn=0', 'completed=132', 'carriedOut=0', 'review=0!', 'B1=1', 'B2=9', 'B3=19']);
});

test('pdftotext 淮安: results of reconsiderations and lawsuits, a key word after its figure', () => {
  assert.deepEqual(claimsOf(readFixture('001_huaian_shi_2024.txt')), [
    'A1=1', 'received=3119', 'completed=3050', 'carriedIn=34', 'carriedOut=103',
    'review=351', 'review.1=72', 'review.2=64', 'review.3=178', 'review.4=37',
    'litigation=46', 'litigation.1=25', 'litigation.2=5', 'litigation.3=9', 'litigation.4=7',
  ]);
});

test('findPrevious pairs 洪泽区 2024 with 2023 among all reports, and nothing else', () => {
  const all = [...['000', '001', '002', '003', '004'].map(s => model(readSeed(s))), model(readFixture('001_huaian_shi_2024.txt')), model(HONGZE_2023), model(HONGZE_2024)];
  const pairs = all.map(m => findPrevious(all, m)).map(p => p ? all.indexOf(p) : -1);
  assert.deepEqual(pairs, [-1, -1, -1, -1, -1, -1, -1, 6]);
});

test('findPrevious prefers the exact name over a name under a higher-level place', () => {
  const a = model(HONGZE_2023), b = model(HONGZE_2023.replace('洪泽区人民政府\n', '淮安市洪泽区人民政府\n')), cur = model(HONGZE_2024.replace('淮安市洪泽区人民政府', '洪泽区人民政府'));
  assert.equal(findPrevious([b, a, cur], cur), a);
});

test('findPrevious also reads the issuer of a title that opens with the year', () => {
  const prev = model(HONGZE_2023.replace('洪泽区人民政府\n      2023 年政府信息公开工作年度报告', '2023 年度洪泽区人民政府政府信息公开工作年度报告'));
  assert.equal(prev.year, 2023);
  assert.equal(findPrevious([prev], model(HONGZE_2024)), prev);
});

test('洪泽区 2023 → 2024 (real pair): carry-over and 现行有效 both continue, no finding', () => {
  const previous = model(HONGZE_2023);
  assert.deepEqual(findings(HONGZE_2024, { previous }).filter(f => f.code.startsWith('crossyear-')).map(at), []);
});

test('seeds 000 and 004: the page-break splits of spec 000-4, 004-3 and 004-8', () => {
  assert.deepEqual(splits(readSeed('000')).map(f => f.range.start.line + 1), [27, 95]);
  assert.deepEqual(splits(readSeed('004')).map(f => f.range.start.line + 1), [15, 25]);
  assert.deepEqual(splits(readSeed('001')), []);
});

test('the fix joins the pieces and removes only the line breaks between them', () => {
  const text = readSeed('004');
  const f = splits(text)[1];
  const fixed = applyEdits(text, f.fixes![0].edits);
  assert.ok(fixed.includes('共制发行政规范性文件 1 件，废止 9 件'));
  assert.equal(fixed.length, text.length - 2); // the two line ends around one blank line
  assert.deepEqual(splits(fixed).map(x => x.range.start.line + 1), [15]);
});

test('seed 004: `共制发行政规范性文件 1 件，` ¶¶ `废止 9 件` is one paragraph; `9` maps to line 27', () => {
  const text = readSeed('004');
  const { p, range } = find(text, '1 件，废止 9 件，现行有效文件 19 件');
  assert.equal(p.firstLine, 24);
  assert.equal(p.lastLine, 26);
  const nine = p.text.indexOf('9 件，现行');
  assert.deepEqual(rangeIn(p, nine, nine + 1), { start: { line: 26, character: 3 }, end: { line: 26, character: 4 } });
  assert.equal(textAt(text, range), text.split('\n')[24].slice(-4) + '\n\n' + '废止 9 件，现行有效文件 19 件');
});

test('seed 000: a word split by a page break (`各项制` ¶¶ `度`) is joined; sub-headings stand alone', () => {
  const text = readSeed('000');
  assert.ok(find(text, '各项制度，规范公开流程').p.firstLine === 94);
  const heads = paragraphs(text).filter(p => p.heading && p.section === 1).map(p => p.text);
  assert.deepEqual(heads, ['一、总体情况', '（一）政府信息主动公开情况', '（二）政府信息依申请公开情况', '（三）政府信息管理情况', '（四）政府信息公开平台建设情况', '（五）监督保障情况']);
});

test('no paragraph holds a table row, the title or a section heading together with body text', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    for (const p of paragraphs(readSeed(s))) {
      assert.ok(!/\t|\|/.test(p.text), `${s}: ${p.text.slice(0, 30)}`);
      assert.ok(!p.text.includes('年度报告') || !p.text.includes('总体情况'), s);
    }
  }
});

test('pdftotext: hard-wrapped lines and page numbers (`-1-`) do not break a paragraph', () => {
  const text = readFixture('001_huaian_shi_2024.txt');
  const { range } = find(text, '建设‘四最’一流营商环境');
  assert.equal(range.start.line, 21);
  assert.equal(range.end.line, 24); // across the blank line and the `-1-` page number on line 24
  const { p } = find(text, '政府信息公开行政复议 351件');
  const n = tokenize(p.text).nums.find(x => x.value === 351)!;
  assert.deepEqual(rangeIn(p, n.start, n.end), { start: { line: 32, character: 27 }, end: { line: 32, character: 30 } });
});

test('every seed and pdftotext fixture is a report, with its title and all six sections', () => {
  assert.ok(REAL.length >= 8);
  for (const [file, text] of REAL) {
    const d = detectReport(text);
    assert.equal(d.isReport, true, file);
    assert.match(d.title ?? '', /政府信息公开工作年度报告$/, file);
    assert.deepEqual(d.sections, [0, 1, 2, 3, 4, 5], file);
  }
});

test('a title split over two lines is joined (seed 004) and spaces are ignored (seed 000)', () => {
    assert.equal(detectReport(readSeed('004')).title, '绥中县2024年政府信息公开工作年度报告');
  assert.equal(detectReport(readSeed('000')).title, '西塞山区2024年政府信息公开工作年度报告');
});

test('fix-all converges and leaves seed 004 without table errors', () => {
  const { text, applied } = fixAll(readSeed('004'), t => analyze(t).findings);
  assert.ok(applied >= 2);
  const errors = analyze(text).findings.filter(f => f.severity === 'error' && /^(t[234]-|label-|number-)/.test(f.code));
  assert.deepEqual(errors, []);
});

test('every issue-3 fix on the seeds clears its finding and adds no other issue-3 finding', () => {
  const checked = reportsIn('seeds').reduce((n, [name, text]) => n + checkNarrativeFixes(name, text), 0);
  assert.ok(checked >= 15, `only ${checked} fixes checked`);
});

test('fixes on a CRLF document insert CRLF line breaks', () => {
  const text = readSeed('004').replace(/\n/g, '\r\n');
  const f = findings(text);
  const supervision = f.find(x => x.code === 'structure-supervision')!;
  assert.match(supervision.fixes![0].edits[0].newText, /^\r\n\r\n本年度/);
  const period = findings(readSeed('002').replace(/\n/g, '\r\n')).find(x => x.code === 'structure-period-missing')!;
  assert.match(period.fixes![0].edits[0].newText, /止。\r\n\r\n$/);
  assert.equal(count(apply(text, supervision.fixes![0].edits), 'structure-supervision'), 0);
});

test('numbering-mixed (004-12): full- and half-width sub-heading numbers; the fix makes them full-width', () => {
  const text = readSeed('004');
  const [f, ...more] = analyze(text).findings.filter(x => x.code === 'numbering-mixed');
  assert.equal(more.length, 0);
  assert.equal(f.range.start.line, 18);
  const fixed = applyEdits(text, f.fixes![0].edits);
  assert.ok(fixed.includes('（二）依申请公开方面') && fixed.includes('（三）政府信息管理方面'));
  assert.ok(!codes(fixed).includes('numbering-mixed'));
});
