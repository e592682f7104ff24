// Issue 3 on synthetic reports (helpers/synth.ts, every layout): prose that agrees with the tables
// raises nothing; each kind of disagreement raises its code on the exact figure.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { consistentData, synthReport, SYNTH_LAYOUTS, type SynthData, type SynthLayout } from './helpers/synth';
import { apply, at, findings, textAt } from './narrative-helpers';
import type { Finding } from '../../server/src/core/types';

const COMPACT = '（一）主动公开。（二）依申请公开。（三）政府信息管理。（四）政府信息公开平台建设。（五）监督保障：开展考核、社会评议，无责任追究情况。';
// Tables: R01 24, R02 2, R03 11, R04 3, 不予公开 1, 无法提供 7, 不予处理 2, 其他处理 1, R24 25, R25 1;
// K5 2, K10 1, K15 1; B 2/1/15.
const APPS = '全年新收政府信息公开申请24件，上年结转2件，办结25件，结转下年度继续办理1件。其中予以公开11件，部分公开3件，不予公开1件，无法提供7件，不予处理2件，其他处理1件。被申请行政复议2件，提起行政诉讼2件（未经复议直接起诉1件，复议后起诉1件）。';
const MGMT = '本年制发行政规范性文件2件，废止1件，现行有效15件。';
const SUPERVISION = '开展考核和社会评议，无责任追究情况。';

interface Parts { apps?: string; mgmt?: string; platform?: string | null; supervision?: string; extra?: string }

function overview(p: Parts): string {
  const parts = [
    '（一）主动公开情况', `本年主动公开政府信息500条。${p.extra ?? ''}`,
    '（二）依申请公开情况', p.apps ?? APPS,
    '（三）政府信息管理情况', p.mgmt ?? MGMT,
    ...(p.platform === null ? [] : ['（四）政府信息公开平台建设情况', p.platform ?? '加强政府网站平台建设。']),
    `（${p.platform === null ? '四' : '五'}）监督保障情况`, p.supervision ?? SUPERVISION,
  ];
  return parts.join('\n\n');
}

function report(p: Parts = {}, layout: SynthLayout = 'tab', data: SynthData = consistentData()): string {
  return synthReport(data, layout).replace(COMPACT, overview(p));
}

function only(text: string, code: string): Finding {
  const f = findings(text).filter(x => x.code === code);
  assert.equal(f.length, 1, `${code}: ${findings(text).map(at).join(', ')}`);
  return f[0];
}

test('prose that agrees with the tables raises nothing, in every layout', () => {
  for (const layout of SYNTH_LAYOUTS) {
    assert.deepEqual(findings(report({}, layout)).map(at), [], layout);
    assert.deepEqual(findings(synthReport(consistentData(), layout)).map(at), [], `${layout} (compact overview)`);
  }
});

test('a wrong figure: error on the digits, the table figure as the fix, related cells', () => {
  const cases: [string, string, number, string][] = [
    ['全年新收政府信息公开申请23件。', '23', 24, 'R01.C7'],
    ['全年新收政府信息公开申请24件，上年结转3件。', '3', 2, 'R02.C7'],
    ['共办结申请26件。', '26', 25, 'R24.C7'],
    ['收到申请24件，结转下年度继续办理0件。', '0', 1, 'R25.C7'],
    ['收到申请24件，予以公开12件。', '12', 11, 'R03.C7'],
    ['收到申请24件，不予公开2件。', '2', 1, 'R05.C7'],
    ['因政府信息公开被申请行政复议3件。', '3', 2, 'K5'],
    ['行政诉讼3件。', '3', 2, 'K10'],
    ['复议后起诉2件。', '2', 1, 'K15'],
  ];
  for (const [apps, digits, expected, firstCell] of cases) {
    const text = report({ apps });
    const f = only(text, 'narrative-mismatch');
    assert.equal(f.severity, 'error', apps);
    assert.equal(textAt(text, f.range), digits, apps);
    assert.equal(f.expected, expected, apps);
    assert.equal(f.cells![0], firstCell, apps);
    assert.ok(f.related!.length >= 1, apps);
    assert.equal(f.fixes![0].edits[0].newText, String(expected), apps);
    assert.equal(findings(apply(text, f.fixes![0].edits)).filter(x => x.code === 'narrative-mismatch').length, 0, apps);
  }
});

test('Chinese numerals: compared, and the fix keeps Chinese numerals', () => {
  const text = report({ apps: '全年新收政府信息公开申请二十五件，办结二十五件。' });
  const f = only(text, 'narrative-mismatch');
  assert.equal(textAt(text, f.range), '二十五');
  assert.equal(f.fixes![0].edits[0].newText, '二十四');
});

test('a figure split from its words by a page break is checked on its own line', () => {
  const text = report({ mgmt: '本年制发行政规范性文件2件，\n\n\n废止3件，现行有效15件。' });
  const f = only(text, 'narrative-mismatch');
  assert.equal(textAt(text, f.range), '3');
  assert.equal(text.split('\n')[f.range.start.line], '废止3件，现行有效15件。');
  assert.deepEqual(f.cells, ['B2']);
});

test('negation contradicted by table 四: error on the words, rewrite fix; the other kind of case unmentioned', () => {
  const text = report({ apps: '全年新收政府信息公开申请24件。全年未发生行政复议。' });
  const neg = only(text, 'narrative-negation');
  assert.equal(textAt(text, neg.range), '未发生行政复议');
  assert.equal(neg.fixes![0].edits[0].newText, '发生行政复议2件');
  const mention = only(text, 'narrative-missing-mention');
  assert.equal(mention.severity, 'warning');
  assert.equal(mention.expected, 2);
  const fixed = apply(text, [...neg.fixes![0].edits, ...mention.fixes![0].edits]);
  assert.ok(fixed.includes('全年发生行政复议2件，提起行政诉讼2件。'));
  assert.deepEqual(findings(fixed).map(at), []);
});

test('new + carried over: a warning explaining both readings, silent when the text says so', () => {
  const text = report({ apps: '全年受理政府信息公开申请26件。' });
  const f = only(text, 'narrative-ambiguous');
  assert.equal(textAt(text, f.range), '26');
  assert.match(f.message, /24 \+ 上年结转 2/);
  assert.deepEqual(findings(report({ apps: '全年受理政府信息公开申请26件（含上年结转2件）。' })).map(at), []);
  // 办理 = 办结 + 结转下年度
  assert.equal(only(report({ apps: '收到申请24件，共办理26件。' }), 'narrative-ambiguous').expected, 25);
});

test('the same figure stated twice differently: conflict warning pointing at the first', () => {
  const text = report({ apps: '全年新收政府信息公开申请24件。', extra: '全年共新收政府信息公开申请20件。' });
  const f = only(text, 'narrative-conflict');
  assert.equal(f.severity, 'warning');
  assert.equal(textAt(text, f.range), '24');
  assert.equal(textAt(text, f.related![0].range), '20');
});

test('parts after 其中 adding up to more than the total', () => {
  const text = report({ extra: '发布信息100条，其中：政策文件60条、工作动态50条。' });
  const f = only(text, 'narrative-sum');
  assert.equal(textAt(text, f.range), '100');
  assert.deepEqual([f.expected, f.severity], [110, 'warning']);
  assert.deepEqual(findings(report({ extra: '发布信息110条，其中：政策文件60条、工作动态50条。' })).map(at), []);
  // A request count's breakdown is judged by table 3, not here.
  assert.ok(!findings(report({ apps: '收到申请24件，其中：予以公开11件、部分公开3件、无法提供7件、不予处理2件、其他处理1件、不予公开1件。' })).some(x => x.code === 'narrative-sum'));
});

test('parts after 其中 end at the sentence, at 另, 此外 or another 其中; figures in brackets are no parts', () => {
  const sum = (extra: string) => findings(report({ extra })).filter(x => x.code === 'narrative-sum').map(x => x.expected);
  // Brackets of either width: the figure inside belongs to the part before it.
  assert.deepEqual(sum('发布信息100条，其中：政策文件60条（含图解30条）、工作动态50条。'), [110]);
  assert.deepEqual(sum('发布信息100条，其中：政策文件60条(含图解30条)、工作动态50条。'), [110]);
  // A figure after a stop is no part: 60 + 30 ≤ 100. Without the stop (a comma) it is: 60 + 30 + 50.
  assert.deepEqual(sum('发布信息100条，其中：政策文件60条、工作动态30条，通知50条。'), [140]);
  for (const stop of ['。', '；', ';', '！', '!', '？', '?', '，另有', '，此外', '，其中图解']) {
    assert.deepEqual(sum(`发布信息100条，其中：政策文件60条、工作动态30条${stop}通知50条。`), [], stop);
  }
  // A closing bracket the parts did not open ends them too.
  assert.deepEqual(sum('（发布信息100条，其中：政策文件60条、工作动态30条）通知50条。'), []);
});
