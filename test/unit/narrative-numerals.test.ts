// Numbers in prose: Chinese numerals both ways, and which figures count as claims.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseChinese, toChinese } from '../../server/src/core/narrative/numerals';
import { tokenize } from '../../server/src/core/narrative/tokens';

test('Chinese numerals: common forms', () => {
  const cases: [string, number][] = [['十', 10], ['十二', 12], ['两', 2], ['二十', 20], ['二十五', 25], ['一百零五', 105], ['一千零二十', 1020], ['两万三千', 23000], ['三百', 300], ['零', 0]];
  for (const [s, n] of cases) assert.equal(parseChinese(s), n, s);
});

test('Chinese numerals: runs that are no numeral', () => {
  for (const s of ['三四', '一二', '百', '万', '十百', '']) assert.equal(parseChinese(s), null, s);
});

test('toChinese writes what parseChinese reads, 0 … 30000', () => {
  assert.equal(toChinese(12), '十二');
  assert.equal(toChinese(105), '一百零五');
  assert.equal(toChinese(1020), '一千零二十');
  assert.equal(toChinese(10000), '一万');
  for (let n = 0; n <= 30000; n += n < 2000 ? 1 : 7) assert.equal(parseChinese(toChinese(n)), n, String(n));
});

const tok = (s: string) => tokenize(s).nums.map(n => `${n.value}${n.unit}${n.approx ? '~' : ''}${n.chinese ? 'c' : ''}`);

test('figures keep their counting word; people are not requests', () => {
  assert.deepEqual(tok('全年收到群众依申请公开信息 20 人 10 次'), ['20人', '10次']);
  assert.deepEqual(tok('共收到申请十二件，办结两件'), ['12件c', '2件c']);
  assert.deepEqual(tok('接待群众 50 人次'), ['50人次']);
  assert.deepEqual(tok('共 1,234 件'), ['1234件']);
});

test('approximate figures are marked and never exact', () => {
  assert.deepEqual(tok('公开政府信息 1570 余条'), ['1570条~']);
  assert.deepEqual(tok('约 30 件，近 20 件，100 件左右，超过 5 件'), ['30件~', '20件~', '100件~', '5件~']);
});

test('idioms, ordinals, dates, rates and numbers without a counting word are no figures', () => {
  assert.deepEqual(tok('高效办成一件事，一次性告知，最多跑一次，一件一档，件件有回音'), []);
  assert.deepEqual(tok('第一次会议，2024 年 1 月 1 日，办结率 100%，12345 热线'), []);
  assert.deepEqual(tok('无一例行政复议纠错'), []);
});
