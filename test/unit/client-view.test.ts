// The preview's view state, diffs and source mapping (client/src/preview/view.ts, diff.ts,
// locate.ts), computed from the engine's analysis of the fixture reports.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import { toSource } from '../../server/src/core/text';
import type { Range } from '../../server/src/core/types';
import { diffView, mergePatch } from '../../client/src/common/view-diff';
import { cellAt, rangeOf } from '../../client/src/preview/locate';
import { previewStrings } from '../../client/src/common/strings';
import { buildView } from '../../client/src/preview/view';
import { readReport } from './helpers/fixtures';
import { consistentData, synthFamily, synthReport } from './helpers/synth';
import { T3_ROWS, isCellId } from '../../server/src/core/schema';
import { relationEquation } from '../../server/src/core/relation-wording';
import { explainCell } from '../../server/src/core/explain';
import { allCells } from '../../server/src/core/model';

const ROOT = path.resolve(__dirname, '../../..');
const zhBundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
const zh = previewStrings(m => zhBundle[m] ?? m);
const en = previewStrings(m => m);

function view(text: string, locale: 'zh-cn' | 'en' = 'zh-cn') {
  const { model, findings } = analyze(text, { locale });
  return { model, findings, view: buildView(model, findings, locale, locale === 'en' ? en : zh) };
}
const textAt = (text: string, r: Range) => toSource(text).lines[r.start.line].slice(r.start.character, r.end.character);

test('table-defects: the culprit of a failed relation is marked, the other cells lightly, all with the relation in the tooltip', () => {
  const { view: v, findings } = view(readReport('table-defects'));
  const sum = findings.find(f => f.code === 't3-result-sum' && f.cells?.includes('R24.C1'))!;
  assert.ok(sum, 't3-result-sum on column C1');
  assert.match(v.cells['R24.C1'].cls, /\bsev-error\b/);
  assert.match(v.cells['R03.C1'].cls, /\brel-error\b/);
  assert.doesNotMatch(v.cells['R03.C2'].cls, /error/);
  for (const id of ['R24.C1', 'R03.C1']) {
    assert.ok(v.cells[id].title.includes(sum.message), id);
    assert.match(v.cells[id].title, /✗ 自然人：（七）总计 = （一）予以公开 \+ .* \(共 21 项\) {2}\(6 ≠ 1\)/);
  }
  assert.match(v.cells['R24.C1'].title, /^（七）总计 \/ 自然人\n/);
});

test('a relation is worded in the preview as in the hover (core relation-wording)', () => {
  const text = readReport('table-defects');
  const { model, findings } = analyze(text);
  const { view: v } = view(text);
  const balance = model.relations.find(r => r.code === 't3-balance' && r.left[0] === 'R01.C1')!;
  const equation = relationEquation(balance, 'zh-cn');
  assert.equal(equation, '自然人：一、本年新收政府信息公开申请数量 + 二、上年结转政府信息公开申请数量 = （七）总计 + 四、结转下年度继续办理');
  const cell = allCells(model).get('R01.C1')!;
  assert.ok(explainCell(model, findings, cell, 'zh-cn').includes(equation), 'hover');
  assert.ok(v.cells['R01.C1'].title.includes(equation), 'preview');
  const k = model.relations.find(r => r.code === 't4-sum');
  if (k) assert.match(relationEquation(k, 'zh-cn'), /^行政复议：总计 = 结果维持 \+ 结果纠正 \+ 其他结果 \+ 尚未审结$/);
});

test('table-defects: the missing 其他 column shows ? cells, the note names it, category rows with numbers are flagged', () => {
  const { view: v } = view(readReport('table-defects'));
  assert.deepEqual(v.cells['R01.C6'], { text: '?', cls: 'v null', title: '一、本年新收政府信息公开申请数量 / 其他\n缺失' });
  assert.equal(v.tables.t3, '版式：制表符分隔；缺少列：其他');
  assert.match(v.cells['cat:refuse'].cls, /sev-error/);
  assert.match(v.cells['cat:refuse'].title, /^此分类行带有数值，而官方格式中分类行不填数：3 0 0 0 0 \? 0\n/);
  assert.match(v.cells['row:R06'].title, /^报告原文：2\.其他法律法规禁止公开\n\[错误\] /);
  assert.match(v.cells['row:R06'].cls, /sev-error/);
});

test('summary: title, issuer kind, year and counts by severity; problems sorted by severity then line', () => {
  const { view: v, findings } = view(readReport('pipe-web'));
  assert.equal(v.summary.title, '南湖区人民政府2024年度政府信息公开工作年度报告');
  assert.equal(v.summary.issuerKind, 'government');
  assert.equal(v.summary.year, 2024);
  assert.equal(v.summary.publishDate, '2025-01-20');
  for (const sev of ['error', 'warning', 'information', 'hint'] as const) assert.equal(v.summary.counts[sev], findings.filter(f => f.severity === sev).length);
  const rank = { error: 0, warning: 1, information: 2, hint: 3 };
  assert.ok(v.findings.every((f, i) => i === 0 || rank[v.findings[i - 1].severity] < rank[f.severity] || (rank[v.findings[i - 1].severity] === rank[f.severity] && v.findings[i - 1].line <= f.line)));
  assert.deepEqual(v.findings.map(f => findings[f.index].message).sort(), findings.map(f => f.message).sort());
});

test('pipe-web: the malformed 00 shows its source text; the charts sum the result groups and applicants', () => {
  const { view: v } = view(readReport('pipe-web'));
  assert.equal(v.cells['R10.C6'].text, '0');
  assert.match(v.cells['R10.C6'].title, /原文：00/);
  assert.match(v.cells['R10.C6'].cls, /sev-error/);
  assert.deepEqual(v.charts[0].bars.map(b => [b.label, b.value]), [['予以公开', 7], ['部分公开', 9], ['不予公开', 2], ['无法提供', 31], ['不予处理', 0], ['其他处理', 1]]);
  assert.deepEqual(v.charts[1].bars.map(b => b.value), [45, 5, 0, 0, 0, 0]);
});

test('English locale: English UI strings and cell labels, official Chinese table labels kept', () => {
  const { view: v } = view(readReport('table-defects'), 'en');
  assert.match(v.cells['R01.C6'].title, /^I\. new requests this year \/ other organisations\nMissing$/);
  assert.equal(v.tables.t3, 'Layout: tab-separated；Missing columns: 其他');
  assert.equal(v.cells['row:R01'].text, '一、本年新收政府信息公开申请数量');
});

test('the key set of cells is the same with or without tables, so diffs never drop a cell', () => {
  const empty = view('').view, full = view(readReport('tab-normalise')).view;
  assert.deepEqual(Object.keys(empty.cells).sort(), Object.keys(full.cells).sort());
  assert.deepEqual(empty.tables, { t2: null, t3: null, t4: null });
  assert.equal(Object.keys(full.cells).filter(isCellId).length, 200);
});

test('diff: a one-number edit patches the changed cells only; merging the patch gives the new state', () => {
  const before = readReport('tab-normalise');
  const after = before.replace('行政处罚\t300', '行政处罚\t301');
  assert.notEqual(before, after);
  const a = view(before).view, b = view(after).view;
  assert.equal(diffView(a, a), null);
  const patch = diffView(a, b)!;
  assert.deepEqual(Object.keys(patch.cells ?? {}), ['P1']);
  assert.equal(patch.cells!.P1.text, '301');
  assert.equal(patch.tables, undefined);
  assert.deepEqual(mergePatch(a, patch), b);
});

test('diff: breaking a total marks its relation cells and updates summary and problems', () => {
  const before = readReport('tab-normalise');
  const lines = before.split('\n');
  const i = lines.findIndex(l => l.startsWith('（七）总计'));
  lines[i] = lines[i].replace('\t8\t', '\t9\t');
  const a = view(before).view, b = view(lines.join('\n')).view;
  const patch = diffView(a, b)!;
  assert.ok(patch.cells!['R24.C1'], 'the edited cell');
  assert.match(patch.cells!['R24.C1'].cls, /sev-error/);
  assert.ok(patch.summary && patch.summary.counts.error > a.summary.counts.error);
  assert.ok(patch.findings);
  assert.deepEqual(mergePatch(a, patch), b);
});

test('locate: cell ids map to their source text and back', () => {
  const text = readReport('pipe-web');
  const { model } = analyze(text);
  const r = rangeOf(model, 'R01.C1')!;
  assert.equal(textAt(text, r), '45');
  assert.equal(cellAt(model, r.start), 'R01.C1');
  assert.equal(cellAt(model, r.end), 'R01.C1', 'cursor just after the number');
  assert.equal(textAt(text, rangeOf(model, 'R10.C6')!), '00');
  assert.equal(textAt(text, rangeOf(model, 'K15')!), '3');
  const label = rangeOf(model, 'row:R13')!;
  assert.match(textAt(text, label), /本机关不掌握相关政府信息/);
  assert.equal(cellAt(model, label.start), 'row:R13');
  assert.equal(cellAt(model, { line: 0, character: 2 }), null, 'the title is no cell');
  assert.equal(rangeOf(model, 'cat:refuse'), null);
  const defects = analyze(readReport('table-defects')).model;
  assert.match(textAt(readReport('table-defects'), rangeOf(defects, 'cat:refuse')!), /不予公开/);
});

test('cells the reader is unsure of show their printed text marked uncertain; blank cells show as blank', () => {
  const data = consistentData();
  for (const r of T3_ROWS) data.t3[r.id] = [0, ...data.t3[r.id].slice(0, 6)]; // a shifted column: a misread
  const shifted = view(synthReport(data, 'tab')).view;
  assert.match(shifted.cells['R01.C7'].cls, /\buncertain\b/);
  assert.equal(shifted.cells['R01.C7'].text, '1?');
  assert.match(shifted.cells['R01.C7'].title, /未能可靠读出，未作核对 — /);
  assert.doesNotMatch(shifted.cells['R01.C7'].cls, /sev-error/);
  const blank = view(synthFamily(consistentData(), 'blank-cells')).view;
  assert.match(blank.cells['K3'].cls, /\bblank\b/);
  assert.equal(blank.cells['K3'].text, '');
  assert.match(blank.cells['K3'].title, /原表空白，未作核对/);
  assert.equal(blank.cells['K1'].text, '1');
  const flat = view(synthFamily(consistentData(), 'flattened'), 'en').view;
  assert.match(flat.cells['B1'].cls, /\buncertain\b/);
  assert.match(flat.cells['B1'].title, /Uncertain reading, not checked/);
});
