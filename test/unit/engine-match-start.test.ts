// startChars (core/match-start.ts) and the key-word scan built on it (narrative/tokens.ts): the
// start characters never miss a match, and testing them first finds exactly the key words a
// global scan of the same pattern finds.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { startChars } from '../../server/src/core/match-start';
import { KEYS, keyTokens } from '../../server/src/core/narrative/tokens';

const sorted = (s: string) => [...s].sort().join('');

test('startChars: each construct of a word alternation', () => {
  const cases: [string, string][] = [
    ['办结|收到', '办收'],
    ['(?:行政)?复议后', '复行'],
    ['(?:正在|尚在|仍在)办理', '仍尚正'],
    ['规章(?!制度)', '规'],
    ['(?=甲)乙', '乙'],
    ['\\d{4}\\s*年', '0123456789'],
    ['甲?乙*丙+丁', '丙乙甲'], ['甲?乙*丙*丁', '丁丙乙甲'],
    ['甲{0,2}乙', '乙甲'],
    ['甲{1,2}乙', '甲'],
    ['甲\\s*[乙丙].', '甲'], // a class after a required character does not start a match
    ['\\.5|\\(', '(.'],
    ['(?:甲|(?:乙)?丙)丁', '丙乙甲'],
  ];
  for (const [source, want] of cases) assert.equal(sorted(startChars(source)), sorted(want), source);
});

test('startChars: refuses what it cannot tell, and a pattern that can match nothing', () => {
  for (const source of ['\\s*甲', '[甲乙]丙', '.甲', '\\w', '(?:甲|[乙])', '甲?', '(?:甲)*', '(甲)', '^甲', '甲{x}'])
    assert.throws(() => startChars(source), /start characters/, source);
});

test('startChars never misses a match: brute force over short strings of the patterns\' own characters', () => {
  const patterns = [...KEYS.map(([, s]) => s), '(?:甲|乙?丙)*丁', '(?=甲)甲乙|丙{0,1}丁'];
  for (const source of patterns) {
    const starts = new Set(startChars(source));
    const re = new RegExp(source, 'y');
    const alphabet = [...new Set(source.replace(/\\d/g, '7').replace(/\\s/g, ' ').replace(/[\\(){}?:!=|*+,\d]/g, ''))];
    alphabet.push('7', ' ', '年');
    // Every string that starts with a key word and, for the patterns' alphabet, every one of length 1–2.
    const samples: string[] = [];
    for (const a of alphabet) { samples.push(a); for (const b of alphabet) samples.push(a + b); }
    for (const s of samples) {
      re.lastIndex = 0;
      if (re.test(s)) assert.ok(starts.has(s[0]), `/${source}/ matches ${JSON.stringify(s)}`);
    }
  }
});

/** The reference: the same key words found by the regex's own scan. */
function scanned(text: string): { start: number; text: string }[] {
  const re = new RegExp(KEYS.map(([, s]) => `(?:${s})`).join('|'), 'g');
  return [...text.matchAll(re)].map(m => ({ start: m.index!, text: m[0] }));
}

test('keyTokens finds what a global scan of the key words finds: fixtures and every key word run together', () => {
  const dir = path.join(__dirname, '../../../test/fixtures/reports');
  const texts = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).map(f => fs.readFileSync(path.join(dir, f), 'utf8'));
  const words = KEYS.flatMap(([, s]) => s.split(/[|()?:!]+/).filter(w => w && !/[\\{}]/.test(w)));
  texts.push(words.join(''), words.join('，'), words.join('2024年'), '结转至2025年度继续办理，经行政复议后提起行政诉讼');
  let found = 0;
  for (const text of texts) {
    const got = keyTokens(text).map(k => ({ start: k.start, text: k.text }));
    assert.deepEqual(got, scanned(text));
    found += got.length;
  }
  assert.ok(found > 300, `only ${found} key words in the fixtures`);
});
