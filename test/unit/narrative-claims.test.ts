// Claims read from the prose: what each figure counts, on the fixture reports and on phrasing variants.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readReport } from './helpers/fixtures';
import { claimsOf } from './narrative-helpers';

/** A minimal report whose 依申请公开 part says `body`. */
const doc = (body: string, sub = '（二）依申请公开情况') =>
  `某某县人民政府2024年政府信息公开工作年度报告\n\n一、总体情况\n\n${sub}\n\n${body}\n\n二、主动公开政府信息情况\n`;

test('fixture reports: every request, result and case figure of the prose', () => {
  assert.deepEqual(claimsOf(readReport('tab-normalise')), ['received=8', 'review=1', 'litigation=0']);
  assert.deepEqual(claimsOf(readReport('pipe-web')), ['received=60', 'disclosed=7', 'refused=2', 'partly=9', 'carriedOut=10', 'review=5', 'litigation=3']);
  assert.deepEqual(claimsOf(readReport('zero-dept')), ['received=0!']);
  assert.deepEqual(claimsOf(readReport('table-defects')), ['received=6']);
  assert.deepEqual(claimsOf(readReport('split-label')), ['received=90', 'carriedIn=0', 'completed=90', 'carriedOut=0', 'review=0!', 'B1=2', 'B2=4', 'B3=25']);
  assert.deepEqual(claimsOf(readReport('spaced-2023')), ['received=15', 'carriedIn=1']);
});

test('spaced-2024 (pdftotext-like): results of reconsiderations and lawsuits, across hard wraps', () => {
  assert.deepEqual(claimsOf(readReport('spaced-2024')), [
    'received=22', 'carriedIn=2', 'completed=22', 'carriedOut=2',
    'review=3', 'review.1=1', 'review.2=1', 'review.4=1',
    'litigation=3', 'litigation.1=1', 'litigation.3=1', 'litigation.4=1', 'B1=3', 'B2=2', 'B3=12',
  ]);
});

test('Chinese numerals', () => {
  assert.deepEqual(claimsOf(doc('全年共收到政府信息公开申请十二件，办结十一件，结转下年度一件，予以公开两件。')),
    ['received=12', 'completed=11', 'carriedOut=1', 'disclosed=2']);
  assert.deepEqual(claimsOf(doc('本年度新收申请一百零五件。')), ['received=105']);
});

test('negations: prefix, postfix, and what is not one', () => {
  assert.deepEqual(claimsOf(doc('全年未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。')), ['review=0!', 'litigation=0!']);
  assert.deepEqual(claimsOf(doc('全年无行政复议和行政诉讼案件。')), ['review=0!', 'litigation=0!']);
  assert.deepEqual(claimsOf(doc('行政复议、行政诉讼均未发生。')), ['review=0!', 'litigation=0!']);
  assert.deepEqual(claimsOf(doc('我局未收到政府信息公开申请。')), ['received=0!']);
  assert.deepEqual(claimsOf(doc('本年度行政复议、行政诉讼均为0件。')), ['review=0', 'litigation=0']);
  // About results or about a category, not about the cases.
  assert.deepEqual(claimsOf(doc('全年未发生行政复议被纠错的情况，无一例行政诉讼败诉。')), []);
  assert.deepEqual(claimsOf(doc('对无正当理由大量反复申请的，依法不予处理。')), []);
  assert.deepEqual(claimsOf(doc('2024 年未发生因政务信息公开被责任追究事件。')), []);
});

test('lists: `分别`, `各`, `、` and key words joined by `并`', () => {
  assert.deepEqual(claimsOf(doc('行政复议、行政诉讼分别为 2 件、1 件。')), ['review=2', 'litigation=1']);
  assert.deepEqual(claimsOf(doc('行政复议和行政诉讼各 1 件。')), ['review=1', 'litigation=1']);
  assert.deepEqual(claimsOf(doc('予以公开 9 件、部分公开 11 件、不予公开 2 件、无法提供 3 件、不予处理 1 件、其他处理 1 件。')),
    ['disclosed=9', 'partly=11', 'refused=2', 'unable=3', 'ignored=1', 'otherHandled=1']);
  assert.deepEqual(claimsOf(doc('收到并办理政府信息公开申请 8 件。')), ['received=8']);
});

test('qualified lawsuits, topics within a sentence, a key word after the figure', () => {
  assert.deepEqual(claimsOf(doc('被申请行政复议 3 件，其中结果纠正 1 件；未经复议直接起诉 2 件，行政复议后起诉 1 件，复议后起诉的结果维持 1 件。')),
    ['review=3', 'review.2=1', 'litDirect=2', 'litAfter=1', 'litAfter.1=1']);
  assert.deepEqual(claimsOf(doc('共收到申请 20 件，其中 1 件为上年结转。')), ['received=20', 'carriedIn=1']);
  assert.deepEqual(claimsOf(doc('受理政府信息公开申请 20 件，结转至2025年继续办理 2 件。')), ['received=20', 'carriedOut=2']);
  // `维持` without a reconsideration or lawsuit in the sentence counts nothing.
  assert.deepEqual(claimsOf(doc('收到申请 5 件。维持 2 件。')), ['received=5']);
});

test('规章 and 行政规范性文件: issued, repealed, in force', () => {
  const text = doc('本年制发行政规范性文件 2 件，废止 1 件，现行有效 15 件；制定规章 1 件。清理规范性文件 100 件，完善规章制度 3 件。', '（三）政府信息管理情况');
  assert.deepEqual(claimsOf(text), ['B1=2', 'B2=1', 'B3=15', 'A1=1']);
  assert.deepEqual(claimsOf(doc('现行有效规范性文件 120 件。', '（三）政府信息管理情况')), ['B3=120']);
});

test('figures that are no request counts: letters, messages, proposals, approximations, idioms', () => {
  assert.deepEqual(claimsOf(doc('已收到并处理市长信箱受理派单共计2084件。')), []);
  assert.deepEqual(claimsOf(doc('处理网民留言 30 件，收到人大代表建议 12 件。')), []);
  assert.deepEqual(claimsOf(doc('收到政府信息公开申请 100 余件。')), []);
  assert.deepEqual(claimsOf(doc('收到申请数量较上年增加 10 件，自条例施行以来累计受理申请 500 件。')), []);
  assert.deepEqual(claimsOf(doc('受理后实行一件一档，最多跑一次，高效办成一件事。')), []);
  // Without a request context (no `申请` before, no 依申请 heading) `办理` counts nothing.
  assert.deepEqual(claimsOf(doc('办理人大代表建议和政协提案 30 件，办理群众来信 5 件。', '（一）主动公开情况')), []);
  assert.deepEqual(claimsOf(doc('全年办理各类事项 30 件，答复 12 件。', '（一）主动公开情况')), []);
});
