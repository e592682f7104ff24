// Issue 3 on the fixture reports, end to end through analyze(): the kinds of finding of spec §7
// (statistical period, overview aspects, supervision, ambiguous and contradicting figures, sums,
// negations, wording, fee statements), their exact ranges and fixes, and no false alarms. The same
// assertions on the real seeds are in test/corpus/narrative-seeds.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readReport } from './helpers/fixtures';
import { at, findings, textAt } from './narrative-helpers';

test('tab-normalise and zero-dept: the prose agrees with the tables; nothing above information', () => {
  for (const name of ['tab-normalise', 'zero-dept']) {
    const f = findings(readReport(name));
    assert.deepEqual(f.filter(x => x.severity !== 'information').map(at), [], name);
    assert.ok(!f.some(x => x.code.startsWith('narrative-') && x.code !== 'narrative-wording'), name);
  }
});

test('tab-normalise: `人大提案` wording and a fee item that only says `无`', () => {
  const text = readReport('tab-normalise');
  const f = findings(text);
  assert.deepEqual(f.map(at), ['96:1 structure-fee-statement information', '102:20 narrative-wording information']);
  assert.equal(textAt(text, f[1].range), '人大提案');
  assert.equal(f[1].fixes![0].edits[0].newText, '人大代表建议');
  assert.equal(textAt(text, f[0].fixes![0].edits[0].range), '无。');
});

test('pipe-web: 受理 60 = 50 + 10 reads two ways; 行政诉讼 3 ≠ 2 + 3', () => {
  const text = readReport('pipe-web');
  const f = findings(text);
  const ambiguous = f.find(x => x.code === 'narrative-ambiguous')!;
  assert.equal(at(ambiguous), '10:14 narrative-ambiguous warning');
  assert.equal(textAt(text, ambiguous.range), '60');
  assert.equal(ambiguous.expected, 50);
  assert.match(ambiguous.message, /50 \+ 上年结转 10/);
  assert.deepEqual(ambiguous.fixes!.map(x => x.edits[0].newText), ['50', '（含上年结转10件）']);
  const mismatch = f.find(x => x.code === 'narrative-mismatch')!;
  assert.equal(at(mismatch), '10:72 narrative-mismatch error');
  assert.equal(textAt(text, mismatch.range), '3');
  assert.deepEqual([mismatch.expected, mismatch.delta], [5, -2]);
  assert.deepEqual(mismatch.cells, ['K10', 'K15']);
  assert.match(mismatch.message, /2 \+ 3 = 5/);
  assert.match(mismatch.message, /复议后起诉/); // 3 is the after-reconsideration figure
  assert.deepEqual(mismatch.related!.map(r => textAt(text, r.range)), ['2', '3']);
  assert.deepEqual(mismatch.fixes!.map(x => [x.edits[0].newText, x.preferred]), [['5', false]]);
});

test('pipe-web: statistical period missing, 平台建设 missing, 考核/评议/追究 missing', () => {
  const text = readReport('pipe-web');
  assert.deepEqual(findings(text).map(at), [
    '1:1 structure-period-missing information',
    '6:1 structure-overview-aspect warning',
    '10:14 narrative-ambiguous warning',
    '10:72 narrative-mismatch error',
    '13:1 structure-supervision warning',
  ]);
  const [period, aspect, , , supervision] = findings(text);
  assert.deepEqual(period.fixes![0].edits, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, newText: '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n' }]);
  assert.match(aspect.message, /政府信息公开平台建设/);
  assert.equal(aspect.fixes![0].edits[0].newText, '(五)政府信息公开平台建设情况\n'); // the report's own half-width brackets
  assert.equal(textAt(text, supervision.range), '(四)加强监督保障工作');
  assert.match(supervision.message, /工作考核、社会评议、责任追究$/);
});

test('zero-dept: only the statistical period; the negated `未收到…申请` agrees with R01 = 0', () => {
  assert.deepEqual(findings(readReport('zero-dept')).map(at), ['3:1 structure-period-missing information']);
});

test('table-defects: period missing; 收费项目 is not 信息处理费; 收到 6 件 agrees', () => {
  const f = findings(readReport('table-defects'));
  assert.deepEqual(f.map(at), ['3:1 structure-period-missing information', '90:1 structure-fee-statement information']);
  assert.match(f[1].message, /收费/);
});

test('split-label: 全年无…行政复议 vs K5 = 2, 行政诉讼 unmentioned, 2150 vs 2190', () => {
  const text = readReport('split-label');
  const f = findings(text);
  assert.deepEqual(f.map(at), [
    '15:21 narrative-sum warning',
    '21:55 narrative-wording information',
    '21:65 narrative-negation error',
    '21:65 narrative-missing-mention warning',
    '29:4 narrative-wording information',
    '33:1 structure-supervision warning',
    '97:1 structure-fee-statement warning',
  ]);
  const [sum, wording, negation, mention, platform, supervision, fee] = f;
  assert.equal(textAt(text, sum.range), '2150');
  assert.deepEqual([sum.expected, sum.delta], [2190, -40]);
  assert.deepEqual(sum.related!.map(r => textAt(text, r.range)), ['1200', '800', '150', '40']);
  assert.equal(textAt(text, wording.range), '下半年');
  assert.equal(wording.fixes![0].edits[0].newText, '下年度');
  assert.equal(textAt(text, negation.range), '无因政府信息公开引起的行政复议');
  assert.deepEqual([negation.expected, negation.cells], [2, ['K5']]);
  assert.equal(negation.fixes![0].edits[0].newText, '因政府信息公开引起的行政复议2件');
  assert.deepEqual(mention.cells, ['K10', 'K15']);
  assert.equal(mention.fixes![0].edits[0].newText, '，提起行政诉讼1件');
  assert.equal(textAt(text, platform.range), '政府信息平台建设');
  assert.match(supervision.message, /社会评议、责任追究$/); // 考核 is there
  assert.equal(textAt(text, fee.fixes![0].edits[0].range), '无。');
});

test('English messages', () => {
  const f = findings(readReport('pipe-web'), { locale: 'en' });
  assert.match(f.find(x => x.code === 'narrative-mismatch')!.message, /table 4 gives .*2 \+ 3 = 5/);
  assert.match(f.find(x => x.code === 'narrative-ambiguous')!.message, /reads two ways/);
});

test('user levels apply to issue-3 codes', () => {
  const f = findings(readReport('split-label'), { levels: { 'narrative-negation': 'warning', 'narrative-sum': 'off' } });
  assert.equal(f.find(x => x.code === 'narrative-negation')!.severity, 'warning');
  assert.ok(!f.some(x => x.code === 'narrative-sum'));
});
