// Crawler and page metadata (`标题:`, `发布时间:`, `文号:`, `发布机构:`, `栏目:`, navigation) is never
// the title and never prose: a report with such lines gets exactly the findings it gets without them.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { isShellLine } from '../../server/src/core/find-sections';
import { consistentData, synthReport } from './helpers/synth';

const META = [
  '首页 > 政务公开 > 政府信息公开年报',
  '标题：关于印发某某县人民政府办公室2023年工作要点的通知',
  '发布机构：某某县人民政府办公室',
  '发布时间：2025-01-20 10:32',
  '文号：某政办〔2025〕3号',
  '栏目：政府信息公开年报',
  '浏览次数：1234',
  '来源：县政府办公室  字号：大 中 小  打印  关闭',
  '',
];

const codes = (text: string) => analyze(text).findings.map(f => `${f.code}:${f.severity}`).sort();

test('metadata lines change no finding and are never the title', () => {
  const body = synthReport(consistentData(), 'tab');
  const withMeta = META.join('\n') + body;
  assert.deepEqual(codes(withMeta), codes(body));
  const { model } = analyze(withMeta);
  assert.equal(model.title?.text, '某某县人民政府2024年政府信息公开工作年度报告');
});

test('metadata is no claim: figures and wordings on metadata lines are never compared with the tables', () => {
  const body = synthReport(consistentData(), 'tab');
  const meta = '发布机构：某某县人民政府办公室\n所属栏目：依申请公开 本年度受理申请30件\n来源：本机关 本年度未收到政府信息公开申请\n浏览次数：24\n';
  const loud = analyze(meta + body).findings.filter(f => f.severity === 'error' || f.severity === 'warning');
  assert.deepEqual(loud, []);
});

test('a metadata word at the start of a sentence of the body is still prose', () => {
  assert.equal(isShellLine('来源：县政府办公室'), true);
  assert.equal(isShellLine('打印 关闭'), true);
  assert.equal(isShellLine('来源于群众的意见建议，我们逐条研究办理，全年共办理申请24件。'), false);
  assert.equal(isShellLine('标题栏目设置更加合理，首页改版后访问更便捷，群众满意度进一步提升。'), false);
});
