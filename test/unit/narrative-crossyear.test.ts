// Cross-year (spec §5.2): pairing with last year's report, 上年结转 = last year's 结转下年度
// (T3-X1), and the continuity of 现行有效 (T2-6).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { findPrevious, issuerMatch } from '../../server/src/core/narrative/pairing';
import { consistentData, synthReport } from './helpers/synth';
import { readReport, REPORT_NAMES } from './helpers/fixtures';
import { apply, at, findings, textAt } from './narrative-helpers';

const model = (text: string) => analyze(text).model;
const SPACED_2023 = readReport('spaced-2023');
const SPACED_2024 = readReport('spaced-2024');

test('issuer names: the same body across wordings, never a government and its office', () => {
  assert.equal(issuerMatch('洪泽区人民政府', '洪泽区人民政府'), 2);
  assert.equal(issuerMatch('淮安市洪泽区人民政府', '洪泽区人民政府'), 1);
  assert.equal(issuerMatch('绥中县', '绥中县人民政府'), 2);
  assert.equal(issuerMatch('凤泉区人民政府办公室', '凤泉区人民政府'), 0);
  assert.equal(issuerMatch('西湖区', '东湖区'), 0);
  assert.equal(issuerMatch('新区', '某市高新区'), 0);
});

test('findPrevious pairs spaced-2024 with spaced-2023 among all fixture reports, and nothing else', () => {
  const all = REPORT_NAMES.map(n => model(readReport(n)));
  const pairs = all.map(m => findPrevious(all, m)).map(p => p ? REPORT_NAMES[all.indexOf(p)] : null);
  assert.deepEqual(Object.fromEntries(REPORT_NAMES.map((n, i) => [n, pairs[i]]).filter(([, p]) => p)), { 'spaced-2024': 'spaced-2023' });
});

test('findPrevious prefers the exact name over a name under a higher-level place', () => {
  const a = model(SPACED_2023), b = model(SPACED_2023.replace('青川区人民政府\n', '某某市青川区人民政府\n')), cur = model(SPACED_2024);
  assert.equal(findPrevious([b, a, cur], cur), a);
  assert.equal(findPrevious([b, cur], cur), b, 'the name under a higher-level place is still the same issuer');
});

test('findPrevious also reads the issuer of a title that opens with the year', () => {
  const prev = model(SPACED_2023.replace('青川区人民政府\n    2023 年政府信息公开工作年度报告', '2023 年度青川区人民政府政府信息公开工作年度报告'));
  assert.equal(prev.year, 2023);
  assert.equal(findPrevious([prev], model(SPACED_2024)), prev);
});

test('spaced-2023 → spaced-2024: carry-over and 现行有效 both continue, no finding; a broken carry-over is found', () => {
  const previous = model(SPACED_2023);
  assert.deepEqual(findings(SPACED_2024, { previous }).filter(f => f.code.startsWith('crossyear-')).map(at), []);
  const lines = SPACED_2023.split('\n');
  const i = lines.findIndex(l => l.includes('四、结转下年度继续办理'));
  lines[i] = lines[i].replace(/2(\s+)0(\s+)0(\s+)0(\s+)0(\s+)0(\s+)2$/, '3$10$20$30$40$50$63');
  assert.notEqual(lines.join('\n'), SPACED_2023);
  const f = findings(SPACED_2024, { previous: model(lines.join('\n')) }).filter(x => x.code === 'crossyear-carryover');
  assert.deepEqual(f.map(x => [x.cells![0], x.expected]), [['R02.C1', 3], ['R02.C7', 3]]);
});

/** This year: R02 = [2,0,0,0,0,0,2], B = 2/1/15 (helpers/synth.ts). */
const thisYear = synthReport(consistentData(), 'tab');
function lastYear(r25: number[], b3: number): string {
  const data = consistentData();
  data.t3.R25 = r25;
  data.t3.R01 = data.t3.R01.map((v, i) => v + r25[i] - consistentData().t3.R25[i]); // keep table 3 balanced
  data.t2[5] = b3;
  return synthReport(data, 'tab').replace('2024', '2023').replace(/2024年/g, '2023年');
}

test('T3-X1: each R02 cell that differs from last year R25 → warning with last year\'s figure as the fix', () => {
  const previous = model(lastYear([1, 0, 0, 0, 0, 0, 1], 14));
  assert.equal(previous.year, 2023);
  const f = findings(thisYear, { previous }).filter(x => x.code === 'crossyear-carryover');
  assert.deepEqual(f.map(x => [x.cells![0], x.expected, x.delta, x.severity]), [['R02.C1', 1, 1, 'warning'], ['R02.C7', 1, 1, 'warning']]);
  assert.equal(textAt(thisYear, f[0].range), '2');
  assert.equal(f[0].range.start.line, thisYear.split('\n').findIndex(l => l.includes('二、上年结转')));
  assert.equal(f[0].fixes![0].edits[0].newText, '1');
  assert.equal(findings(apply(thisYear, f[0].fixes![0].edits), { previous }).filter(x => x.code === 'crossyear-carryover').length, 1);
});

test('T2-6: last year in force + issued − repealed ≠ in force → information with the difference', () => {
  assert.deepEqual(findings(thisYear, { previous: model(lastYear([2, 0, 0, 0, 0, 0, 2], 14)) }).map(at), []);
  const f = findings(thisYear, { previous: model(lastYear([2, 0, 0, 0, 0, 0, 2], 20)) });
  assert.deepEqual(f.map(x => x.code), ['crossyear-effective']);
  assert.deepEqual([f[0].severity, f[0].expected, f[0].delta, f[0].cells], ['information', 21, -6, ['B1', 'B2', 'B3']]);
  assert.equal(textAt(thisYear, f[0].range), '15');
  assert.match(f[0].message, /20 \+ 2 − 1 = 21/);
});

test('no cross-year check against a report that is not last year\'s, or across the 2021 format change', () => {
  const twoYearsAgo = model(lastYear([5, 0, 0, 0, 0, 0, 5], 40).replace(/2023/g, '2022'));
  assert.equal(findings(thisYear, { previous: twoYearsAgo }).length, 0);
  const old = model(lastYear([2, 0, 0, 0, 0, 0, 2], 40).replace(/2024/g, '2020').replace(/2023/g, '2020'));
  const cur2021 = thisYear.replace(/2024/g, '2021');
  assert.ok(!findings(cur2021, { previous: old }).some(f => f.code === 'crossyear-effective'));
});
