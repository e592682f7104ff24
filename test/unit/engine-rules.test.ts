// Each table rule on synthetic variants of a consistent report: one defect at a time.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/fix/edits';
import type { Finding } from '../../server/src/core/types';
import { consistentData, synthReport } from './helpers/synth';
import { readReport } from './helpers/fixtures';

const base = () => synthReport(consistentData(), 'tab');
const codes = (text: string) => analyze(text).findings.map(f => f.code);
function only(text: string, code: string): Finding {
  const found = analyze(text).findings.filter(f => f.code === code);
  assert.equal(found.length, 1, `${code}: ${JSON.stringify(analyze(text).findings.map(f => f.code))}`);
  return found[0];
}
/** Applies the finding's first fix and checks that it clears the finding and adds no error. */
function fixClears(text: string, f: Finding) {
  const fixed = applyEdits(text, f.fixes![0].edits);
  const after = analyze(fixed).findings;
  assert.ok(!after.some(x => x.code === f.code && x.range.start.line === f.range.start.line), `${f.code} still reported`);
  assert.equal(after.filter(x => x.severity === 'error').length, 0);
  return fixed;
}
function replaceCell(text: string, rowLabel: string, col: number, value: string): string {
  return text.split('\n').map(line => {
    if (!line.includes(rowLabel)) return line;
    const cells = line.split('\t');
    cells[cells.length - 7 + col] = value;
    return cells.join('\t');
  }).join('\n');
}

test('the consistent base report has no finding above information', () => {
  assert.deepEqual(analyze(base()).findings.filter(f => f.severity !== 'information' && f.severity !== 'hint'), []);
});

test('number-malformed: `00` and letter O, with a fix to the plain number', () => {
  for (const bad of ['00', 'O']) {
    const text = replaceCell(base(), '重复申请', 2, bad);
    const f = only(text, 'number-malformed');
    assert.equal(f.fixes![0].edits[0].newText, '0');
    fixClears(text, f);
  }
});

test('number-malformed: two numbers in a one-number cell (`1 41`) in tables 二, 三 and 四: that cell left unread, the rest read', () => {
  const t3 = replaceCell(base(), '重复申请', 0, '1 41');
  const f3 = only(t3, 'number-malformed');
  assert.match(f3.message, /一格里写了不止一个数：“1 41”/);
  assert.deepEqual(f3.cells, ['R17.C1']);
  const m3 = analyze(t3).model.t3!.rows.R17!.cells;
  assert.equal(m3.C1.value, null);
  assert.equal(m3.C7.value, 2, 'the other cells of the row are read');
  const t2 = base().replace('行政许可\t120', '行政许可\t1 20');
  assert.deepEqual(only(t2, 'number-malformed').cells, ['L1']);
  const t4 = base().replace(/^1\t1\t0\t0\t2\t/m, '1\t1\t0\t0\t1 1\t');
  assert.deepEqual(only(t4, 'number-malformed').cells, ['K5']);
  assert.equal(analyze(t4).model.t4!.cells.K6.value, 0, 'table 四 is still read');
});

test('number-malformed: letters for digits (`l`, `O`) in tables 二 and 四, fixed to the digits', () => {
  const cases: [string, string, string][] = [
    [base().replace('行政许可\t120', '行政许可\tl2O'), 'L1', '120'],
    [base().replace(/^1\t1\t0\t0\t2\t/m, 'l\t1\t0\t0\t2\t'), 'K1', '1'],
    [base().replace(/^1\t1\t0\t0\t2\t/m, '1\t1\tO\t0\t2\t'), 'K3', '0'],
  ];
  for (const [text, id, digits] of cases) {
    const f = only(text, 'number-malformed');
    assert.deepEqual(f.cells, [id]);
    assert.equal(f.fixes![0].edits[0].newText, digits);
    fixClears(text, f);
  }
});

test('number-decimal and number-negative in count cells; decimals allowed in 万元', () => {
  assert.ok(codes(replaceCell(base(), '重复申请', 0, '2.5')).includes('number-decimal'));
  assert.ok(codes(replaceCell(base(), '重复申请', 2, '-1')).includes('number-negative'));
  assert.ok(!codes(base()).includes('number-decimal')); // F1 = 12.5 万元
});

test('number-empty: `—` is read as 0 with an information and a fix', () => {
  const text = replaceCell(base(), '重复申请', 2, '—');
  const f = only(text, 'number-empty');
  assert.equal(f.severity, 'information');
  fixClears(text, f);
});

test('number-unit: 元 in the 万元 cell is converted; 万元 is dropped', () => {
  const yuan = base().replace('行政事业性收费\t12.5', '行政事业性收费\t125000元');
  const f = only(yuan, 'number-unit');
  assert.equal(f.severity, 'error');
  assert.equal(f.fixes![0].edits[0].newText, '12.5');
  const wan = base().replace('行政事业性收费\t12.5', '行政事业性收费\t12.5万元');
  assert.equal(only(wan, 'number-unit').severity, 'information');
});

test('number-format: thousands separators', () => {
  const text = base().replace('行政许可\t120', '行政许可\t1,200');
  assert.equal(only(text, 'number-format').fixes![0].edits[0].newText, '1200');
});

test('label-typo: a fixed label with a typo, fixed to the official wording', () => {
  const text = base().replace('本年废止件数', '本年度止件数');
  fixClears(text, only(text, 'label-typo'));
});

test('outdated-template: 2019 trial labels in table 二', () => {
  const text = base().replace('本年制发件数', '本年新制作数量');
  assert.equal(only(text, 'outdated-template').severity, 'error');
});

test('t3-missing-row and t3-duplicate-row', () => {
  const lines = base().split('\n');
  const i = lines.findIndex(l => l.includes('重复申请'));
  const missing = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
  const f = only(missing, 't3-missing-row');
  assert.match(f.message, /2\.重复申请/);
  // The fix writes the row like its neighbour, with the values that make every relation hold.
  assert.equal(applyEdits(missing, f.fixes![0].edits), base());
  const dup = [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)].join('\n');
  assert.equal(only(dup, 't3-duplicate-row').range.start.line, i + 1);
});

test('t3-row-order: a sub-item printed before its predecessor', () => {
  const lines = base().split('\n');
  const a = lines.findIndex(l => l.includes('2.重复申请')), b = lines.findIndex(l => l.includes('3.要求提供公开出版物'));
  [lines[a], lines[b]] = [lines[b], lines[a]];
  assert.equal(only(lines.join('\n'), 't3-row-order').severity, 'warning');
});

test('t3-missing-column: rows with six numbers and no 其他 header; the fix inserts C7 − (C1…C5)', () => {
  const all = base().split('\n');
  const from = all.indexOf('三、收到和处理政府信息公开申请情况'), to = all.indexOf('四、政府信息公开行政复议、行政诉讼情况');
  const lines = all.map((line, i) => {
    if (i < from || i > to) return line;
    const cells = line.split('\t');
    if (cells.length >= 8 && /^\d+$/.test(cells[cells.length - 2])) cells.splice(cells.length - 2, 1);
    return cells.join('\t').replace('\t其他', '');
  });
  const text = lines.join('\n');
  const f = only(text, 't3-missing-column');
  assert.deepEqual(f.cells, ['C6']);
  const fixed = fixClears(text, f);
  assert.equal(analyze(fixed).model.t3!.rows.R01!.cells.C6.value, 1);
});

test('t3-missing-values: a row with too few numbers keeps null cells', () => {
  const text = base().split('\n').map(l => l.includes('重复申请') ? l.split('\t').slice(0, -2).join('\t') : l).join('\n');
  only(text, 't3-missing-values');
  assert.equal(analyze(text).model.t3!.rows.R17!.cells.C1.value, null);
});

test('t4-column-count: 14 numbers leave table 四 unread', () => {
  const text = base().replace(/\n1\t1\t0\t0\t2\t0\t0\t1\t0\t1\t1\t0\t0\t0\t1\n/, '\n1\t1\t0\t0\t2\t0\t0\t1\t0\t1\t1\t0\t0\t0\n');
  only(text, 't4-column-count');
  assert.equal(analyze(text).model.t4!.cells.K1.value, null);
});

test('t2-effective-lt-issued (T2-4) and t2-rules-authority (T2-5)', () => {
  const lower = base().replace('行政规范性文件\t2\t1\t15', '行政规范性文件\t2\t1\t1');
  only(lower, 't2-effective-lt-issued');
  const rules = base().replace('规章\t0\t0\t0', '规章\t1\t0\t1');
  const authority = analyze(rules).findings.filter(f => f.code === 't2-rules-authority');
  assert.deepEqual(authority.map(f => f.cells![0]), ['A1', 'A3']);
  assert.ok(!codes(rules.replace('某某县人民政府', '某某市人民政府')).includes('t2-rules-authority'));
});

test('sections: missing, duplicated, out of order, variant heading', () => {
  assert.ok(codes(base().replace('五、存在的主要问题及改进情况', '')).includes('section-missing'));
  assert.ok(codes(base() + '\n六、其他需要报告的事项\n').includes('section-duplicate'));
  const variant = base().replace('五、存在的主要问题及改进情况', '五、存在问题及改进情况');
  fixClears(variant, only(variant, 'section-heading-variant'));
  const swapped = base().replace('五、存在的主要问题及改进情况', 'X').replace('六、其他需要报告的事项', '五、存在的主要问题及改进情况').replace('X', '六、其他需要报告的事项');
  assert.ok(codes(swapped).includes('section-order'));
});

test('table rows like `四、结转下年度继续办理` are never taken for section headings', () => {
  const { model } = analyze(base());
  assert.deepEqual(model.sections.map(s => s.index), [1, 2, 3, 4, 5, 6]);
});

test('arithmetic: one wrong component is pointed at, with the component fix preferred', () => {
  const text = replaceCell(base(), '重复申请', 0, '5'); // R17.C1 2 → 5: the row and the column break
  const f = analyze(text).findings.filter(x => x.code === 't3-row-sum' || x.code === 't3-result-sum');
  assert.equal(f.length, 2);
  const cell = analyze(text).model.t3!.rows.R17!.cells.C1;
  for (const x of f) {
    assert.deepEqual(x.range, cell.range);
    assert.equal(x.fixes![0].kind, 'set-component');
    assert.equal(x.fixes![0].edits[0].newText, '2');
    assert.equal(x.delta, 3);
  }
  fixClears(text, f[0]);
});

test('a report with no tables and random bytes gives findings, not a crash', () => {
  const noise = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
  assert.doesNotThrow(() => analyze(noise));
  assert.ok(codes('').includes('section-missing'));
});

test('title with the year first, and markdown headings', () => {
  const text = base().replace('某某县人民政府2024年政府信息公开工作年度报告', '# 2024年度某某县人民政府政府信息公开工作年度报告')
    .replace(/^([一二三四五六]、)/gm, '## $1');
  const { model, findings } = analyze(text);
  assert.equal(model.title!.issuer, '某某县人民政府');
  assert.equal(model.issuerKind, 'government');
  assert.deepEqual(model.sections.map(s => s.index), [1, 2, 3, 4, 5, 6]);
  assert.equal(model.sections[0].range.start.character, 3);
  assert.deepEqual(findings.filter(f => f.severity === 'error'), []);
});

test('number-split: `2\t0` read as 20 when only that merge makes the row add up', () => {
  const text = base().replace('一、本年新收政府信息公开申请数量\t20\t3', '一、本年新收政府信息公开申请数量\t2\t0\t3');
  const f = only(text, 'number-split');
  assert.deepEqual(f.cells, ['R01.C1']);
  assert.equal(analyze(text).model.t3!.rows.R01!.cells.C1.value, 20);
  const fixed = fixClears(text, f);
  assert.equal(fixed, base());
});

test('malformed number tokens never throw', () => {
  assert.doesNotThrow(() => analyze(base().replace('行政许可\t120', '行政许可\t1.2.3')));
});

test('numbering-mixed: full- and half-width sub-heading numbers (split-label); the fix makes them full-width', () => {
  const text = readReport('split-label');
  const f = only(text, 'numbering-mixed');
  assert.equal(f.range.start.line, 18);
  const fixed = applyEdits(text, f.fixes![0].edits);
  assert.ok(fixed.includes('（二）依申请公开方面') && fixed.includes('（三）政府信息管理方面'));
  assert.ok(!codes(fixed).includes('numbering-mixed'));
});

test('numbering-mixed: numbers after blanks and markdown marks are counted, each half-width one fixed in place', () => {
  const text = readReport('split-label');
  const lines = text.split('\n');
  const at = lines.findIndex(l => /^（[一二三四五六七八九十]+）/.test(l));
  // The first full-width sub-heading behind tabs, `#` marks and ideographic spaces; three half-width ones behind the same.
  const leads = ['\t ', '## ', '\u3000#\t', ' \u3000 '];
  const heads = lines.flatMap((l, i) => (/^[（(][一二三四五六七八九十]+[）)]/.test(l) ? [i] : []));
  assert.ok(heads.length >= 4 && heads[0] === at);
  heads.slice(0, 4).forEach((line, k) => { lines[line] = leads[k] + (k === 0 ? lines[line] : lines[line].replace(/^（(.+?)）/, '($1)')); });
  const edited = lines.join('\n');
  const f = only(edited, 'numbering-mixed');
  assert.deepEqual(f.fixes![0].edits.map(e => e.range.start), heads.slice(1, 4).map((line, k) => ({ line, character: leads[k + 1].length })));
  assert.ok(!codes(applyEdits(edited, f.fixes![0].edits)).includes('numbering-mixed'));
});

test('hints: cases without requests (T3-P2), more suits after reconsideration than reconsiderations (T4-P1)', () => {
  const data = consistentData();
  for (const id of Object.keys(data.t3) as (keyof typeof data.t3)[]) data.t3[id] = [0, 0, 0, 0, 0, 0, 0];
  const empty = synthReport(data, 'tab');
  assert.equal(only(empty, 'cases-without-requests').severity, 'hint');
  const t4 = consistentData();
  t4.t4 = [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2];
  const f = only(synthReport(t4, 'tab'), 'litigation-after-review');
  assert.deepEqual([f.severity, f.cells], ['hint', ['K15', 'K5']]);
  assert.ok(!codes(base()).includes('litigation-after-review'));
});

test('t3-missing-row fix in pipe and markdown layouts keeps every relation true', () => {
  for (const layout of ['pipe', 'markdown'] as const) {
    const full = synthReport(consistentData(), layout);
    const lines = full.split('\n');
    const i = lines.findIndex(l => l.includes('1.本机关不掌握相关政府信息'));
    const missing = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
    const f = only(missing, 't3-missing-row');
    const fixed = applyEdits(missing, f.fixes![0].edits);
    const after = analyze(fixed);
    assert.deepEqual(after.model.t3!.rows.R13!.cells.C7.value, 7, layout);
    assert.ok(after.model.relations.every(r => r.holds === true), layout);
  }
});

test('t3-extra-column and t2-extra-values: numbers beyond the columns are reported, the row read from its end', () => {
  const t3 = base().replace('2.重复申请\t2\t0', '2.重复申请\t9\t2\t0');
  const f = only(t3, 't3-extra-column');
  assert.equal(f.severity, 'error');
  assert.equal(t3.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), '9');
  assert.deepEqual(Object.values(analyze(t3).model.t3!.rows.R17!.cells).map(c => c.value), [2, 0, 0, 0, 0, 0, 2]);
  const t2 = base().replace('行政许可\t120', '行政许可\t120\t7');
  assert.equal(only(t2, 't2-extra-values').range.start.character, '行政许可\t120\t'.length);
  assert.equal(analyze(t2).model.t2!.cells.L1.value, 120);
});

test('number-out-of-range: digits above 2^53 are never read rounded, so a wrong sum of huge numbers cannot pass', () => {
  // 9007199254740993 + 0 + … = 9007199254740993, but the total says …992: as doubles both are …992.
  const huge = replaceCell(replaceCell(base(), '（七）总计', 0, '9007199254740992'), '一、本年新收政府信息公开申请数量', 0, '9007199254740993');
  assert.equal(Number('9007199254740993'), Number('9007199254740992'), 'the premise: doubles cannot tell them apart');
  const found = analyze(huge).findings.filter(f => f.code === 'number-out-of-range');
  assert.deepEqual(found.map(f => f.cells), [['R01.C1'], ['R24.C1']]);
  assert.ok(found.every(f => f.severity === 'error'));
  assert.equal(analyze(huge).model.t3!.rows.R01!.cells.C1.value, null);
  // Just below the limit, digits are read exactly and the wrong sum is reported as before.
  const safe = replaceCell(replaceCell(base(), '（七）总计', 0, '9007199254740990'), '一、本年新收政府信息公开申请数量', 0, '9007199254740991');
  assert.ok(!codes(safe).includes('number-out-of-range'));
  assert.ok(analyze(safe).findings.some(f => f.severity === 'error' && f.cells?.includes('R24.C1')), 'the wrong total is reported');
});
