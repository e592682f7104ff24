// matchHeads and MatchStarts (core/match-start.ts) and the key-word scan built on them
// (narrative/tokens.ts): the heads never miss a match, and testing them first finds exactly the
// key words a global scan of the same pattern finds.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { matchHeads, MatchStarts } from '../../server/src/core/match-start';
import { KEYS, tokenize } from '../../server/src/core/narrative/tokens';

const heads = (source: string) => matchHeads(source).sort().join(' ');

test('matchHeads: each construct of a word alternation', () => {
  const cases: [string, string][] = [
    ['办结|收到', '办结 收到'],
    ['无', '无'],
    ['(?:行政)?复议后', '复议 行政'],
    ['(?:正在|尚在)办理', '尚在 正在'],
    ['规章(?!制度)', '规章'],
    ['(?=甲)乙丙', '乙丙'],
    ['甲\\d{4}', '甲0 甲1 甲2 甲3 甲4 甲5 甲6 甲7 甲8 甲9'],
    ['甲?乙丙', '乙丙 甲乙'],
    ['甲*乙', '乙 甲乙 甲甲'],
    ['甲+乙', '甲乙 甲甲'],
    ['甲{0,2}乙', '乙 甲乙 甲甲'],
    ['甲{2}乙', '甲甲'],
    ['甲{1,2}乙', '甲乙 甲甲'],
    ['甲\\s*乙', '甲'], // `\s` may stand second: 甲 then any character
    ['甲[乙丙]', '甲'],
    ['甲(?:乙|\\s)?', '甲'], // the match may end after 甲
    ['\\.5|\\(', '( .5'],
    ['(?:甲|(?:乙)?丙)丁', '丙丁 乙丙 甲丁'],
  ];
  for (const [source, want] of cases) assert.equal(heads(source), want, source);
});

test('matchHeads: refuses what it cannot tell, and a pattern that can match nothing', () => {
  for (const source of ['\\s*甲', '[甲乙]丙', '.甲', '\\w', '(?:甲|[乙])', '甲?', '(?:甲)*', '(甲)', '^甲', '甲{x}'])
    assert.throws(() => matchHeads(source), /heads of/, source);
});

/** The literal runs of a pattern (`上一?年度?(?:结转|遗留)` → 上一, 年度, 结转, 遗留). */
const literals = (source: string) => source.split(/[|()?:!*+{}\\]+/).filter(Boolean);

test('MatchStarts never misses a match: every position of strings made of the patterns\' own characters and words', () => {
  const patterns = [...KEYS.map(([, s]) => s), '(?:甲|乙?丙)*丁', '(?=甲)甲乙|丙{0,1}丁', '甲\\s*乙|丙'];
  for (const source of patterns) {
    const starts = new MatchStarts([source]);
    const re = new RegExp(source, 'y');
    const alphabet = [...new Set(literals(source).join('')), '7', ' ', '年'];
    const words = literals(source);
    // Every string of up to three of its characters, and its words run together in every order of two.
    const samples = [words.join(''), words.join('2024年'), [...words].reverse().join('')];
    for (const a of alphabet) for (const b of alphabet) { samples.push(a, a + b); for (const c of alphabet) samples.push(a + b + c); }
    for (const a of words) for (const b of words) samples.push(a + b, a + ' ' + b);
    let matched = 0;
    for (const s of samples) {
      for (let i = 0; i < s.length; i++) {
        re.lastIndex = i;
        if (re.test(s)) { matched++; assert.ok(starts.at(s, i), `/${source}/ matches ${JSON.stringify(s.slice(i))}`); }
      }
    }
    assert.ok(matched > 0, `only ${matched} matches of /${source}/`);
  }
});

test('MatchStarts turns down a text that lacks the second character', () => {
  const starts = new MatchStarts(['办结|收到', '无']);
  assert.equal(starts.at('办理', 0), false);
  assert.equal(starts.at('已办结', 1), true);
  assert.equal(starts.at('无', 0), true); // a one-character word, at the end of the text
  assert.equal(starts.at('收', 0), false);
  assert.equal(starts.at('甲', 0), false);
});

/** The reference: the same key words found by the regex's own scan. */
function scanned(text: string): { start: number; text: string }[] {
  const re = new RegExp(KEYS.map(([, s]) => `(?:${s})`).join('|'), 'g');
  return [...text.matchAll(re)].map(m => ({ start: m.index!, text: m[0] }));
}

test('tokenize finds the key words a global scan finds: fixtures and every key word run together', () => {
  const dir = path.join(__dirname, '../../../test/fixtures/reports');
  const texts = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).map(f => fs.readFileSync(path.join(dir, f), 'utf8'));
  const words = KEYS.flatMap(([, s]) => s.split(/[|()?:!]+/).filter(w => w && !/[\\{}]/.test(w)));
  texts.push(words.join(''), words.join('，'), words.join('2024年'), '结转至2025年度继续办理，经行政复议后提起行政诉讼');
  let found = 0;
  for (const text of texts) {
    const got = tokenize(text).keys.map(k => ({ start: k.start, text: k.text }));
    assert.deepEqual(got, scanned(text));
    found += got.length;
  }
  assert.ok(found > 300, `only ${found} key words in the fixtures`);
});
