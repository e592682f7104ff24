// Issue 10: the sentence table of prose-cases.ts, every sentence in a synthetic report with known
// tables. Each must raise exactly the prose findings listed (none for a trap), a guess must be
// worded and levelled as one, and the score printed by `npm run prose-eval` is computed here too.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { CASES, caseFindings, caseReport, HELD_OUT, score, type ProseCase } from './prose-cases';
import { textAt } from './narrative-helpers';

const codes = (c: ProseCase) => [...new Set(caseFindings(c).map(f => f.code))].sort();
const find = (text: string) => CASES.find(c => c.text === text)!;

test('the table has at least 150 sentences, traps and contradictions in every family', () => {
  assert.ok(CASES.length >= 150, String(CASES.length));
  for (const family of new Set(CASES.map(c => c.family))) {
    const of = CASES.filter(c => c.family === family);
    assert.ok(of.some(c => c.expect.length) && of.some(c => !c.expect.length), family);
  }
});

for (const family of new Set(CASES.map(c => c.family))) {
  test(`sentences: ${family}`, () => {
    for (const c of CASES.filter(x => x.family === family)) {
      assert.deepEqual(codes(c), [...c.expect].sort(), `[${c.data ?? 'base'}] ${c.text}`);
    }
  });
}

test('precision and recall on the table are both 100%', () => {
  const s = score();
  assert.deepEqual([s.fp, s.fn, s.wrong.length], [0, 0, 0]);
  assert.ok(s.tp >= 70, String(s.tp));
});

test('held-out sentences: no false alarm; the figures still missed are exactly these', () => {
  const s = score(HELD_OUT);
  assert.equal(s.fp, 0);
  // Misses say less than a reader would, never more: each expects a finding the rules do not raise.
  assert.deepEqual(s.wrong.map(w => [w.c.text, w.got.length]), [
    ['因申请内容不明确，经告知后申请人未补正的2件，作其他处理。', 0], // key word after a clause break
    ['行政复议案件2件，均维持原决定。', 0], // `均` + result word without a figure
    ['全年政府信息公开申请量为30件。', 0], // `申请量` is no key word
    ['被申请行政复议2件，复议机关均维持原答复。', 0],
    ['行政诉讼方面，全年应诉3件。', 0], // topic set in a clause of its own
  ]);
});

test('guesses are warnings that say 请核实; certain contradictions are errors', () => {
  for (const c of CASES) {
    for (const f of caseFindings(c)) {
      if (f.code === 'narrative-scope' || f.code === 'narrative-conflict') {
        assert.equal(f.severity, 'warning', c.text);
        assert.match(f.message, /请核实/, c.text);
      }
      if (f.code === 'narrative-negation') assert.equal(f.severity, 'error', c.text);
    }
  }
  // A figure whose key word stands after it is a guess.
  const later = { family: 'x', text: '另有 3 件顺延到下年度答复。', expect: [] } as ProseCase;
  const f = caseFindings(later).find(x => x.code === 'narrative-mismatch')!;
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /请核实/);
});

test('a scope warning names both scopes and stands on the figure', () => {
  const c = find('县政府办代表县政府受理政府信息公开申请17件。');
  const [f] = caseFindings(c);
  assert.equal(textAt(caseReport(c), f.range), '17');
  assert.match(f.message, /“县政府办”的数字/);
  assert.match(f.message, /表三是“某某县人民政府”的数字（“本年新收申请”为 24）/);
  assert.deepEqual(f.cells, ['R01.C7']);
  const en = analyze(caseReport(c), { locale: 'en' }).findings.find(x => x.code === 'narrative-scope')!;
  assert.match(en.message, /is a figure of “县政府办”; table 3 is for “某某县人民政府” \(new requests this year = 24\); the scopes differ, please check/);
});

test('combined categories are compared with the sum of their rows', () => {
  const c = find('不予公开和无法提供共9件。');
  const [f] = caseFindings(c);
  assert.equal(f.expected, 8);
  assert.equal(f.cells!.length, 11); // 不予公开 R05–R12 + 无法提供 R13–R15
  assert.match(f.message, /不予公开（小计）＋无法提供（小计）/);
});

test('a result category said to be empty: the words are marked, no rewrite is offered', () => {
  const c = find('全年无不予处理情形。');
  const [f] = caseFindings(c);
  assert.equal(textAt(caseReport(c), f.range), '无不予处理');
  assert.equal(f.expected, 2);
  assert.equal(f.fixes, undefined);
});

test('a negated request count contradicted by a figure in the prose is a conflict on the later one', () => {
  const c = find('受理依申请公开事项2件。本年度未收到信息公开申请。');
  const [f] = caseFindings({ ...c, data: 'noTables' });
  assert.equal(f.code, 'narrative-conflict');
  assert.equal(textAt(caseReport(c), f.range), '未收到信息公开申请');
  assert.equal(textAt(caseReport(c), f.related![0].range), '2');
});

test('the statistical period is found where a web copy ran it into the title', () => {
  const c: ProseCase = { family: 'x', text: '', expect: [], where: 'period' };
  const text = caseReport(c).replace('某某县人民政府2024年政府信息公开工作年度报告\n\n',
    '某某县人民政府2024年政府信息公开工作年度报告。报告中所列数据统计期限为2024年1月1日至12月31日。\n\n');
  assert.ok(!analyze(text).findings.some(f => f.code.startsWith('structure-period')));
  const wrongYear = text.replace('期限为2024年', '期限为2023年');
  const wrong = analyze(wrongYear).findings.find(f => f.code === 'structure-period-wrong');
  assert.ok(wrong);
  assert.equal(textAt(wrongYear, wrong.range), '2023年1月1日至12月31日');
  assert.equal(wrong.fixes![0].edits[0].newText, '2024');
});
