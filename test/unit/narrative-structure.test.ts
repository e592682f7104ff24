// Required content and dates (spec §1.3, §1.4, §5.3): overview aspects, supervision results,
// information processing fees, statistical period, years and the publication deadline.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { consistentData, synthReport } from './helpers/synth';
import { apply, at, findings, textAt } from './narrative-helpers';
import type { Finding } from '../../server/src/core/types';

const base = () => synthReport(consistentData(), 'tab');
const COMPACT = '（一）主动公开。（二）依申请公开。（三）政府信息管理。（四）政府信息公开平台建设。（五）监督保障：开展考核、社会评议，无责任追究情况。';
const TITLE = '某某县人民政府2024年政府信息公开工作年度报告';
const PERIOD = '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。';
const HEADINGS = ['（一）主动公开情况', '（二）依申请公开情况', '（三）政府信息管理情况', '（四）政府信息公开平台建设情况', '（五）监督保障情况'];

/** The overview written as sub-headings, each followed by a sentence. */
function withHeadings(headings: string[], supervision = '开展考核和社会评议，无责任追究情况。'): string {
  return base().replace(COMPACT, headings.map((h, i) => `${h}\n\n${i === headings.length - 1 ? supervision : '相关工作有序开展。'}`).join('\n\n'));
}

const codes = (text: string, prefix: string) => findings(text).filter(f => f.code.startsWith(prefix));
function one(text: string, code: string): Finding {
  const f = findings(text).filter(x => x.code === code);
  assert.equal(f.length, 1, `${code}: ${findings(text).map(at).join(', ')}`);
  return f[0];
}
const cleared = (text: string, f: Finding) => findings(apply(text, f.fixes![0].edits)).filter(x => x.code === f.code).length === 0;

test('S-OV-1: a missing aspect among the sub-headings → warning and a sub-heading to add', () => {
  assert.deepEqual(findings(withHeadings(HEADINGS)).map(at), []);
  const text = withHeadings(HEADINGS.filter(h => !h.includes('平台')).map((h, i) => h.replace(/（.）/, `（${'一二三四'[i]}）`)));
  const f = one(text, 'structure-overview-aspect');
  assert.equal(f.severity, 'warning');
  assert.equal(textAt(text, f.range), '一、总体情况');
  assert.equal(f.fixes![0].edits[0].newText, '（五）政府信息公开平台建设情况\n\n');
  assert.ok(cleared(text, f));
});

test('S-OV-1: sub-heading wording varies (加大…力度, 网站建设, 信息资源规范化管理)', () => {
  const varied = ['（一）加大主动公开力度', '（二）规范办理政府信息公开申请', '（三）加强政府信息资源规范化管理', '（四）加强政府网站建设', '（五）强化监督保障'];
  assert.deepEqual(codes(withHeadings(varied), 'structure-overview'), []);
});

test('S-OV-1 without sub-headings: the section text is searched; no sub-heading fix is offered', () => {
  const text = base().replace(COMPACT, '本年主动公开信息，办理依申请公开，加强政府信息管理，强化监督保障，开展考核、社会评议，无责任追究。');
  const f = one(text, 'structure-overview-aspect');
  assert.match(f.message, /平台建设/);
  assert.equal(f.fixes, undefined);
});

test('S-OV-1 without sub-headings: aspects known by their usual content; a finding is worded as a guess', () => {
  const text = base().replace(COMPACT, '发布政策文件58件，做好政策解读；动态清理规范性文件；依托网站平台加强监督，开展考核、社会评议，无责任追究。');
  const f = one(text, 'structure-overview-aspect');
  assert.match(f.message, /似乎没有写到“依申请公开”方面（按关键词判断，请核实）/);
  assert.equal(f.severity, 'warning');
});

test('S-OV-2: a government report lacking 社会评议 → warning naming it; departments are exempt', () => {
  const text = withHeadings(HEADINGS, '将政务公开纳入绩效考核，无责任追究情况。');
  const f = one(text, 'structure-supervision');
  assert.equal(textAt(text, f.range), '（五）监督保障情况');
  assert.match(f.message, /缺少：社会评议$/);
  assert.match(f.fixes![0].edits[0].newText, /^\n\n本年度政府信息公开社会评议结果：……。$/);
  assert.ok(cleared(text, f));
  assert.deepEqual(codes(text.replace(TITLE, '某某县财政局2024年政府信息公开工作年度报告'), 'structure-supervision'), []);
});

test('fees (§1.4): missing → warning for a government, information for a department, warning when fee notices were sent', () => {
  const noFee = base().replace('本年度未收取信息处理费。', '无。');
  const gov = one(noFee, 'structure-fee-statement');
  assert.equal(gov.severity, 'warning');
  assert.equal(gov.fixes![0].edits[0].newText, '本年度未收取信息处理费。');
  assert.ok(cleared(noFee, gov));
  const dept = noFee.replace(TITLE, '某某县财政局2024年政府信息公开工作年度报告');
  assert.equal(one(dept, 'structure-fee-statement').severity, 'information');
  const data = consistentData();
  data.t3.R22 = [1, 0, 0, 0, 0, 0, 1];
  data.t3.R23 = [0, 0, 0, 0, 0, 0, 0];
  const notices = one(synthReport(data, 'tab').replace('本年度未收取信息处理费。', '无。').replace(TITLE, '某某县财政局2024年政府信息公开工作年度报告'), 'structure-fee-statement');
  assert.equal(notices.severity, 'warning');
  assert.deepEqual(notices.cells, ['R22.C7']);
});

test('statistical period: missing → information with the sentence; wrong dates → warning fixing only the wrong figures', () => {
  const missing = base().replace(PERIOD + '\n\n', '');
  const f = one(missing, 'structure-period-missing');
  assert.equal(f.severity, 'information');
  assert.equal(f.fixes![0].edits[0].newText, PERIOD + '\n\n');
  assert.ok(cleared(missing, f));
  const wrong = base().replace(PERIOD, '本报告中所列数据的统计期限自2023年1月1日起至2024年12月30日止。');
  const w = one(wrong, 'structure-period-wrong');
  assert.equal(w.severity, 'warning');
  assert.equal(textAt(wrong, w.range), '2023年1月1日起至2024年12月30日');
  assert.deepEqual(w.fixes![0].edits.map(e => [textAt(wrong, e.range), e.newText]), [['2023', '2024'], ['30', '31']]);
  assert.ok(cleared(wrong, w));
  // Wrapped by pdftotext between the two dates.
  assert.deepEqual(codes(base().replace(PERIOD, '报告中所列数据统计期限自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止。'), 'structure-period'), []);
});

test('N12: a sentence of the overview opening with another year → warning; plans are fine', () => {
  const text = base().replace(COMPACT, `2023 年，我县持续推进政务公开。2025 年，我县将继续深化公开。${COMPACT}`);
  const f = one(text, 'structure-year-mismatch');
  assert.equal(textAt(text, f.range), '2023');
  assert.equal(f.fixes![0].edits[0].newText, '2024');
});

test('publication date: after 31 March (government) or 31 January (department) → information; within the year → warning', () => {
  const dated = (date: string, title = TITLE) => base().replace(TITLE, `${title}\n发布时间: ${date}`);
  assert.deepEqual(codes(dated('2025-03-20'), 'structure-publish'), []);
  const late = one(dated('2025-04-10'), 'structure-publish-late');
  assert.equal(late.severity, 'information');
  assert.equal(textAt(dated('2025-04-10'), late.range), '2025-04-10');
  const dept = '某某县财政局2024年政府信息公开工作年度报告';
  assert.deepEqual(codes(dated('2025-01-20', dept), 'structure-publish'), []);
  assert.equal(one(dated('2025-02-10', dept), 'structure-publish-late').severity, 'information');
  assert.equal(one(dated('2024-12-30'), 'structure-year-mismatch').severity, 'warning');
});
