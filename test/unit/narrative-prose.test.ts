// Prose paragraphs: fragments split by page breaks and hard wraps are joined, tables, titles and
// page numbers left out, and every character maps back to its exact place in the source.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseReport } from '../../server/src/core/analyze';
import { buildParagraphs, positionIn, rangeIn } from '../../server/src/core/narrative/prose';
import { tokenize } from '../../server/src/core/narrative/tokens';
import { readReport, REPORT_NAMES } from './helpers/fixtures';
import { textAt } from './narrative-helpers';

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

test('split-label: `共制发行政规范性文件 2 件，` ¶¶ `废止 4 件` is one paragraph; `4` maps to line 27', () => {
  const text = readReport('split-label');
  const { p, range } = find(text, '2 件，废止 4 件，现行有效文件 25 件');
  assert.equal(p.firstLine, 24);
  assert.equal(p.lastLine, 26);
  const four = p.text.indexOf('4 件，现行');
  assert.deepEqual(rangeIn(p, four, four + 1), { start: { line: 26, character: 3 }, end: { line: 26, character: 4 } });
  assert.equal(textAt(text, range), text.split('\n')[24].slice(-4) + '\n\n' + '废止 4 件，现行有效文件 25 件');
});

test('tab-normalise: a word split by a page break (`各项制` ¶¶ `度`) is joined; sub-headings stand alone', () => {
  const text = readReport('tab-normalise');
  assert.ok(find(text, '各项制度，规范公开流程').p.firstLine === 89);
  const heads = paragraphs(text).filter(p => p.heading && p.section === 1).map(p => p.text);
  assert.deepEqual(heads, ['一、总体情况', '（一）政府信息主动公开情况', '（二）政府信息依申请公开情况', '（三）政府信息管理情况', '（四）政府信息公开平台建设情况', '（五）监督保障情况']);
});

test('no paragraph holds a table row, the title or a section heading together with body text', () => {
  for (const name of REPORT_NAMES) {
    for (const p of paragraphs(readReport(name))) {
      assert.ok(!/\t|\|/.test(p.text), `${name}: ${p.text.slice(0, 30)}`);
      assert.ok(!p.text.includes('年度报告') || !p.text.includes('总体情况'), name);
    }
  }
});

test('pdftotext-like: hard-wrapped lines and page numbers (`-1-`) do not break a paragraph', () => {
  const text = readReport('spaced-2024');
  const { range } = find(text, '建设“一网通办”政务服务体系');
  assert.equal(range.start.line, 9);
  assert.equal(range.end.line, 12); // across the blank line and the `-1-` page number on line 12
  const { p } = find(text, '政府信息公开行政复议 3件');
  const n = tokenize(p.text).nums.find(x => x.value === 3 && p.text.slice(x.end, x.end + 1) === '件')!;
  assert.deepEqual(rangeIn(p, n.start, n.end), { start: { line: 15, character: 4 }, end: { line: 15, character: 5 } });
});

test('digits on either side of a line break stay two numbers; full-width digits read as digits', () => {
  const doc = '某县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n全年共 12\n34 件，收到申请１２件。\n';
  const p = paragraphs(doc).find(x => x.text.includes('全年'))!;
  assert.deepEqual(tokenize(p.text).nums.map(n => n.value), [34, 12]);
  assert.ok(p.text.includes('12 34'));
  const at = p.text.indexOf('12件');
  assert.equal(textAt(doc, rangeIn(p, at, at + 2)), '１２');
});

test('CRLF text: positions count characters of the line, not of the EOL', () => {
  const doc = '某县人民政府2024年政府信息公开工作年度报告\r\n一、总体情况\r\n共收到申请\r\n5 件。\r\n';
  const p = paragraphs(doc).find(x => x.text.includes('收到'))!;
  assert.equal(p.text, '共收到申请5 件。');
  assert.deepEqual(positionIn(p, p.text.indexOf('5')), { line: 3, character: 0 });
});

test('Markdown copies: heading marks and emphasis are not part of the text; `- 2 -` is a page number', () => {
  const doc = '# 某县人民政府2024年政府信息公开工作年度报告\n\n## 一、总体情况\n\n### （二）依申请公开情况\n\n**全年收到申请**\n\n- 2 -\n\n5 件。\n';
  const ps = paragraphs(doc);
  const head = ps.find(p => p.text.startsWith('（二）'))!;
  assert.equal(head.heading, true);
  const body = ps.find(p => p.text.includes('收到'))!;
  assert.equal(body.text, '全年收到申请5 件。');
  assert.deepEqual(positionIn(body, 0), { line: 6, character: 2 });
});
