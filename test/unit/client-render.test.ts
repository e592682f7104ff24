// The preview's DOM (client/src/preview/webview/render.ts) in jsdom: official layout with merged
// headers, escaping of every report string, in-place patches, cursor highlight, charts.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { analyze } from '../../server/src/core/analyze';
import { T3_NOTE } from '../../client/src/common/grid';
import { diffView, mergePatch } from '../../client/src/common/view-diff';
import type { ViewState } from '../../client/src/common/preview-protocol';
import { previewStrings } from '../../client/src/common/strings';
import { buildView } from '../../client/src/preview/view';
import { applyPatch, renderAll, setHighlight } from '../../client/src/preview/webview/render';
import { readReport } from './helpers/fixtures';

const s = previewStrings(m => m);

function dom() {
  const { window } = new JSDOM('<!DOCTYPE html><div id="root"></div>');
  return window.document.getElementById('root') as HTMLElement;
}
function stateOf(text: string): ViewState {
  const { model, findings } = analyze(text);
  return buildView(model, findings, 'zh-cn', s);
}
const span = (e: Element | null) => e && [Number(e.getAttribute('rowspan') ?? 1), Number(e.getAttribute('colspan') ?? 1)];
const th = (root: HTMLElement, table: string, text: string) => [...root.querySelectorAll(`table.${table} th`)].find(e => e.textContent === text) ?? null;

test('table 三: three header rows with the official merges, 25 rows, 175 value cells', () => {
  const root = dom();
  renderAll(root, stateOf(readReport('pipe-web')), s);
  const t3 = root.querySelector('table.t3')!;
  assert.equal(t3.querySelectorAll('thead tr').length, 3);
  assert.equal(t3.querySelectorAll('tbody tr').length, 25);
  assert.equal(t3.querySelectorAll('td[data-id]').length, 175);
  assert.deepEqual(span(th(root, 't3', T3_NOTE)), [3, 3]);
  assert.deepEqual(span(th(root, 't3', '申请人情况')), [1, 7]);
  assert.deepEqual(span(th(root, 't3', '自然人')), [2, 1]);
  assert.deepEqual(span(th(root, 't3', '法人或其他组织')), [1, 5]);
  assert.deepEqual(span(th(root, 't3', '三、本年度办理结果')), [22, 1]);
  assert.deepEqual(span(th(root, 't3', '（三）不予公开')), [8, 1]);
  assert.deepEqual(span(th(root, 't3', '（六）其他处理')), [3, 1]);
  assert.deepEqual(span(th(root, 't3', '一、本年新收政府信息公开申请数量')), [1, 3]);
  assert.equal(th(root, 't3', '三、本年度办理结果')!.className, 'label group');
  assert.equal(th(root, 't3', '1.属于国家秘密')!.className, 'label');
  assert.equal(th(root, 't3', '自然人')!.className, '');
  assert.equal(t3.querySelector('td[data-id="R01.C1"]')!.textContent, '45');
  assert.equal(t3.querySelector('td[data-id="R24.C7"]')!.textContent, '50');
});

test('tables 二 and 四: block headers across four columns, single values across three, 15 results', () => {
  const root = dom();
  renderAll(root, stateOf(readReport('pipe-web')), s);
  assert.deepEqual(span(th(root, 't2', '第二十条第（五）项')), [1, 4]);
  assert.deepEqual(span(root.querySelector('td[data-id="L1"]')), [1, 3]);
  assert.equal(root.querySelector('td[data-id="L1"]')!.textContent, '5200');
  assert.equal(root.querySelectorAll('table.t2 td').length, 10);
  assert.deepEqual(span(th(root, 't4', '行政诉讼')), [1, 10]);
  assert.deepEqual(span(th(root, 't4', '复议后起诉')), [1, 5]);
  assert.deepEqual([...root.querySelectorAll('table.t4 td')].map(e => e.textContent), ['3', '0', '1', '1', '5', '1', '0', '0', '1', '2', '2', '0', '1', '0', '3']);
});

test('summary strip, problem list and the two charts', () => {
  const root = dom();
  const state = stateOf(readReport('table-defects'));
  renderAll(root, state, s);
  assert.equal(root.querySelector('.summary .title')!.textContent, '西湖区人民政府办公室2024年政府信息公开工作年度报告');
  assert.deepEqual([...root.querySelectorAll('.summary .meta span')].map(e => e.textContent), ['Government department', 'Year 2024']);
  assert.equal(root.querySelector('.count.sev-error b')!.textContent, String(state.summary.counts.error));
  assert.equal(root.querySelectorAll('.problems li').length, state.findings.length);
  assert.equal(root.querySelector('.problems li')!.getAttribute('data-finding'), String(state.findings[0].index));
  assert.equal(root.querySelectorAll('svg').length, 2);
  assert.equal(root.querySelectorAll('svg rect.bar').length, 12);
  assert.deepEqual([...root.querySelectorAll('.chart-1 text.label')].map(e => e.textContent), ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
  assert.ok(root.querySelectorAll('td.null').length >= 25, 'the missing 其他 column');
});

test('a table missing from the report shows a note instead of an empty grid', () => {
  const root = dom();
  const state = stateOf('某某局2024年政府信息公开工作年度报告\n\n一、总体情况\n\n正文。\n');
  renderAll(root, state, s);
  assert.equal(root.querySelectorAll('table').length, 0);
  assert.deepEqual([...root.querySelectorAll('section.table .missing')].map(e => e.textContent), Array(3).fill(s.tableMissing));
  assert.ok(state.findings.length > 0, 'missing sections are reported');
  assert.equal(root.querySelectorAll('.problems li[data-finding]').length, state.findings.length);
});

test('report strings are text, never markup: <script> and <img onerror> show as characters', () => {
  const evil = '<script>alert(1)</script><img src=x onerror="alert(2)">';
  const state = stateOf(readReport('tab-normalise'));
  state.summary.title = evil;
  state.cells['A1'] = { text: evil, cls: 'v', title: `"${evil}` };
  state.tables.t2 = evil;
  state.charts[0].bars[0].label = evil;
  state.findings = [{ index: 0, severity: 'error', code: evil, message: evil, line: 3 }];
  const root = dom();
  renderAll(root, state, s);
  assert.equal(root.querySelectorAll('script, img').length, 0);
  assert.equal(root.querySelector('.summary .title')!.textContent, evil);
  assert.equal(root.querySelector('td[data-id="A1"]')!.textContent, evil);
  assert.equal(root.querySelector('td[data-id="A1"]')!.getAttribute('title'), `"${evil}`);
  assert.equal(root.querySelector('section[data-table="t2"] .note')!.textContent, evil);
  assert.equal(root.querySelector('.problems .msg')!.textContent, evil);
  assert.equal(root.querySelector('.chart-0 text.label')!.textContent, evil);
  assert.ok(root.innerHTML.includes('&lt;script&gt;'));
});

test('patches update cells in place: same elements, other cells untouched, highlight kept', () => {
  const before = readReport('tab-normalise');
  const a = stateOf(before);
  const b = stateOf(before.replace('行政处罚\t300', '行政处罚\t301'));
  const root = dom();
  renderAll(root, a, s);
  const p1 = root.querySelector('td[data-id="P1"]')!, p2 = root.querySelector('td[data-id="P2"]')!;
  const section = root.querySelector('section[data-table="t3"]')!;
  assert.equal(setHighlight(root, 'P1'), p1);
  const patch = diffView(a, b)!;
  applyPatch(root, mergePatch(a, patch), patch, s);
  assert.equal(root.querySelector('td[data-id="P1"]'), p1);
  assert.equal(p1.textContent, '301');
  assert.ok(p1.classList.contains('cursor'), 'highlight survives the patch');
  assert.equal(root.querySelector('td[data-id="P2"]'), p2);
  assert.equal(root.querySelector('section[data-table="t3"]'), section);
  setHighlight(root, 'K1');
  assert.ok(!p1.classList.contains('cursor'));
  assert.ok(root.querySelector('td[data-id="K1"]')!.classList.contains('cursor'));
  assert.equal(setHighlight(root, null), null);
  assert.equal(root.querySelectorAll('.cursor').length, 0);
});

test('patches follow classes, summary and problems; a table that disappears and returns is rebuilt', () => {
  const report = readReport('tab-normalise');
  const lines = report.split('\n');
  const i = lines.findIndex(l => l.startsWith('（七）总计'));
  lines[i] = lines[i].replace('\t8\t', '\t9\t');
  const a = stateOf(report), b = stateOf(lines.join('\n'));
  const root = dom();
  renderAll(root, a, s);
  let state = a;
  const step = (next: ViewState) => {
    const patch = diffView(state, next)!;
    state = mergePatch(state, patch);
    applyPatch(root, state, patch, s);
  };
  step(b);
  assert.ok(root.querySelector('td[data-id="R24.C1"]')!.classList.contains('sev-error'));
  assert.equal(root.querySelector('.count.sev-error b')!.textContent, String(b.summary.counts.error));
  assert.equal(root.querySelectorAll('.problems li').length, b.findings.length);
  const fresh = renderAllCopy(b);
  assert.equal(root.innerHTML, fresh.innerHTML, 'patched DOM equals a fresh render');

  step({ ...b, tables: { ...b.tables, t4: null } });
  assert.equal(root.querySelector('section[data-table="t4"] table'), null);
  assert.ok(root.querySelector('section[data-table="t4"] .missing'));
  step(b);
  assert.equal(root.querySelector('section[data-table="t4"] td[data-id="K1"]')!.textContent, '1');
});

function renderAllCopy(state: ViewState): HTMLElement {
  const root = dom();
  renderAll(root, state, s);
  return root;
}
