// tokenize (core/narrative/tokens.ts): numbers, key words and clause ends found in one pass, each
// list what its own scan alone would find.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { endsSentence, KEYS, tokenize } from '../../server/src/core/narrative/tokens';

const MARKS = '，,（）()。！？!?；;';

test('a key word that holds a numeral and a number inside a key word are both found', () => {
  const t = tokenize('上一年度结转3件，结转至下一年度办理二件。');
  assert.deepEqual(t.keys.map(k => [k.kind, k.text]), [['carriedIn', '上一年度结转'], ['carriedOut', '结转至下一年度'], ['completed', '办理']]);
  assert.deepEqual(t.nums.map(n => [n.value, n.unit, n.start]), [[3, '件', 6], [2, '件', 18]]);
  // `下一年度` holds the numeral `一` (no figure: no counting word follows it); the key word is whole.
  assert.equal(t.keys[1].start, 9);
});

test('clause ends: every comma, bracket and sentence mark, in order; only sentence marks end a sentence', () => {
  const text = '收到申请5件（含结转1件），办结4件；另有1件正在办理。无!下年?';
  const t = tokenize(text);
  const marks = [...text].flatMap((ch, i) => (MARKS.includes(ch) ? [i] : []));
  assert.deepEqual(t.ends, marks);
  assert.deepEqual(t.ends.filter(i => endsSentence(text, i)).map(i => text[i]), ['；', '。', '!', '?']);
});

/** Reference scans, one per list, each over the whole text on its own. */
const NUMBER_RUN = /\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+/g;

function referenceKeys(text: string) {
  const re = new RegExp(KEYS.map(([, s]) => `(?:${s})`).join('|'), 'g');
  return [...text.matchAll(re)].map(m => ({ start: m.index!, text: m[0] }));
}

/** The kind of a key word at `start`: the first kind whose pattern matches there. */
function referenceKind(text: string, start: number): string {
  for (const [kind, source] of KEYS) {
    const re = new RegExp(source, 'y');
    re.lastIndex = start;
    if (re.test(text)) return kind;
  }
  return 'none';
}

test('each key word has the kind of the first kind that matches at its place: every word of every kind, alone and in text', () => {
  const words = KEYS.flatMap(([, s]) => s.split(/[|()?:!]+/).filter(w => w && !/[\\{}]/.test(w)));
  const texts = [...words, ...words.map(w => `全年${w}2件`), words.join('，'), words.join('')];
  let checked = 0;
  for (const text of texts) {
    for (const k of tokenize(text).keys) {
      assert.equal(k.kind, referenceKind(text, k.start), `${k.text} in ${text}`);
      checked++;
    }
  }
  assert.ok(checked > 300, `${checked} key words`);
});

test('on random text of numerals, digits, key words and marks, each list equals its own scan', () => {
  const words = KEYS.flatMap(([, s]) => s.split(/[|()?:!]+/).filter(w => w && !/[\\{}]/.test(w)));
  const pieces = [...words, ...'0123456789一二两十百千万零件次条元起例，。；（）年 ', '2024年', '1,234', '3.5', '余', '约', '，3件', '，十二次', '，12条', '；收到申请7件'];
  let seed = 7;
  // An exact 32-bit LCG (the same texts every run), read from its high bits: the low ones cycle fast.
  const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n;
  let keys = 0, nums = 0;
  for (let round = 0; round < 400; round++) {
    let text = '';
    for (let k = next(40); k > 0; k--) text += pieces[next(pieces.length)];
    const t = tokenize(text);
    assert.deepEqual(t.keys.map(k => ({ start: k.start, text: k.text })), referenceKeys(text), text);
    assert.deepEqual(t.ends, [...text].flatMap((ch, i) => (MARKS.includes(ch) ? [i] : [])), text);
    // Every figure is one of the numbers a scan of its own finds (a number run in a key word included).
    const runs = new Set([...text.matchAll(NUMBER_RUN)].map(m => `${m.index}-${m.index! + m[0].length}`));
    for (const n of t.nums) assert.ok(runs.has(`${n.start}-${n.end}`) && n.unitEnd > n.end, `${n.start}-${n.end} in ${text}`);
    keys += t.keys.length;
    nums += t.nums.length;
  }
  assert.ok(keys > 2000 && nums > 100, `${keys} key words, ${nums} numbers`);
});

test('each paragraph gets lists of its own: a later scan changes none of an earlier one', () => {
  const first = tokenize('受理申请3件，办结2件。');
  const copy = JSON.parse(JSON.stringify(first));
  const second = tokenize('行政复议1件；行政诉讼0件，其他4件（含结转）。');
  assert.deepEqual(first, copy);
  assert.notEqual(first.nums, second.nums);
  assert.notEqual(first.keys, second.keys);
  assert.notEqual(first.ends, second.ends);
  assert.equal(second.ends.length, 5); // ；，（）。
});
