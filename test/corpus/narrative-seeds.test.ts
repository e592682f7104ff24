// Issue 3 on the five seeds, end to end through analyze(): the findings of spec §7 (001-2…6,
// 002-1, 003-10/11, 004-2…6, 004-10/11/17, 000-9/10), their exact ranges, and no false alarms.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readSeed } from './shared';
import { at, findings, textAt } from '../unit/narrative-helpers';

test('seeds 000 and 002: the prose agrees with the tables; nothing above information', () => {
  for (const s of ['000', '002']) {
    const f = findings(readSeed(s));
    assert.deepEqual(f.filter(x => x.severity !== 'information').map(at), [], s);
    assert.ok(!f.some(x => x.code.startsWith('narrative-') && x.code !== 'narrative-wording'), s);
  }
});

test('seed 000: `人大提案` wording (000-9) and a fee item that only says `无` (000-10)', () => {
  const text = readSeed('000');
  const f = findings(text);
  assert.deepEqual(f.map(at), ['101:1 structure-fee-statement information', '107:23 narrative-wording information']);
  assert.equal(textAt(text, f[1].range), '人大提案');
  assert.equal(f[1].fixes![0].edits[0].newText, '人大代表建议');
  assert.equal(textAt(text, f[0].fixes![0].edits[0].range), '无。');
});

test('seed 001: 受理 110 = 100 + 10 reads two ways (001-5); 行政诉讼 8 ≠ 4 + 8 (001-6)', () => {
  const text = readSeed('001');
  const f = findings(text);
  const ambiguous = f.find(x => x.code === 'narrative-ambiguous')!;
  assert.equal(at(ambiguous), '10:202 narrative-ambiguous warning');
  assert.equal(textAt(text, ambiguous.range), '110');
  assert.equal(ambiguous.expected, 100);
  assert.match(ambiguous.message, /100 \+ 上年结转 10/);
  assert.deepEqual(ambiguous.fixes!.map(x => x.edits[0].newText), ['100', '（含上年结转10件）']);
  const mismatch = f.find(x => x.code === 'narrative-mismatch')!;
  assert.equal(at(mismatch), '10:261 narrative-mismatch error');
  assert.equal(textAt(text, mismatch.range), '8');
  assert.deepEqual([mismatch.expected, mismatch.delta], [12, -4]);
  assert.deepEqual(mismatch.cells, ['K10', 'K15']);
  assert.match(mismatch.message, /4 \+ 8 = 12/);
  assert.match(mismatch.message, /复议后起诉/); // 8 is the after-reconsideration figure
  assert.deepEqual(mismatch.related!.map(r => textAt(text, r.range)), ['4', '8']);
  assert.deepEqual(mismatch.fixes!.map(x => [x.edits[0].newText, x.preferred]), [['12', false]]);
});

test('seed 001: statistical period missing (001-2), 平台建设 missing (001-3), 考核/评议/追究 missing (001-4)', () => {
  const text = readSeed('001');
  assert.deepEqual(findings(text).map(at), [
    '1:1 structure-period-missing information',
    '6:1 structure-overview-aspect warning',
    '10:202 narrative-ambiguous warning',
    '10:261 narrative-mismatch error',
    '13:1 structure-supervision warning',
  ]);
  const [period, aspect, , , supervision] = findings(text);
  assert.deepEqual(period.fixes![0].edits, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, newText: '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n' }]);
  assert.match(aspect.message, /政府信息公开平台建设/);
  assert.equal(aspect.fixes![0].edits[0].newText, '(五)政府信息公开平台建设情况\n'); // the report's own half-width brackets
  assert.equal(textAt(text, supervision.range), '(四)加强监督保障工作');
  assert.match(supervision.message, /工作考核、社会评议、责任追究$/);
});

test('seed 002: only the statistical period (002-1); the negated `未收到…申请` agrees with R01 = 0', () => {
  assert.deepEqual(findings(readSeed('002')).map(at), ['3:1 structure-period-missing information']);
});

test('seed 003: period missing (003-11); 收费项目 is not 信息处理费 (003-10); 收到 5 件 agrees', () => {
  const text = readSeed('003');
  const f = findings(text);
  assert.deepEqual(f.map(at), ['3:1 structure-period-missing information', '94:1 structure-fee-statement information']);
  assert.match(f[1].message, /收费/);
});

test('seed 004: 全年无…行政复议 vs K5 = 3 (004-5), 行政诉讼 unmentioned (004-6), 3337 vs 3428 (004-2)', () => {
  const text = readSeed('004');
  const f = findings(text);
  assert.deepEqual(f.map(at), [
    '15:117 narrative-sum warning',
    '21:121 narrative-wording information',
    '21:152 narrative-negation error',
    '21:152 narrative-missing-mention warning',
    '29:4 narrative-wording information',
    '35:1 structure-supervision warning',
    '107:1 structure-fee-statement warning',
  ]);
  const [sum, wording, negation, mention, platform, supervision, fee] = f;
  assert.equal(textAt(text, sum.range), '3337');
  assert.deepEqual([sum.expected, sum.delta], [3428, -91]);
  assert.deepEqual(sum.related!.map(r => textAt(text, r.range)), ['1872', '1344', '180', '32']);
  assert.equal(textAt(text, wording.range), '下半年'); // 004-4
  assert.equal(wording.fixes![0].edits[0].newText, '下年度');
  assert.equal(textAt(text, negation.range), '无因政府信息公开引起的行政复议');
  assert.deepEqual([negation.expected, negation.cells], [3, ['K5']]);
  assert.equal(negation.fixes![0].edits[0].newText, '因政府信息公开引起的行政复议3件');
  assert.deepEqual(mention.cells, ['K10', 'K15']);
  assert.equal(mention.fixes![0].edits[0].newText, '，提起行政诉讼1件');
  assert.equal(textAt(text, platform.range), '政府信息平台建设'); // 004-10
  assert.match(supervision.message, /社会评议、责任追究$/); // 004-11: 考核 is there
  assert.equal(textAt(text, fee.fixes![0].edits[0].range), '无。'); // 004-17
});

test('English messages', () => {
  const f = findings(readSeed('001'), { locale: 'en' });
  assert.match(f.find(x => x.code === 'narrative-mismatch')!.message, /table 4 gives .*4 \+ 8 = 12/);
  assert.match(f.find(x => x.code === 'narrative-ambiguous')!.message, /reads two ways/);
});

test('user levels apply to issue-3 codes', () => {
  const f = findings(readSeed('004'), { levels: { 'narrative-negation': 'warning', 'narrative-sum': 'off' } });
  assert.equal(f.find(x => x.code === 'narrative-negation')!.severity, 'warning');
  assert.ok(!f.some(x => x.code === 'narrative-sum'));
});
