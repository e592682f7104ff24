// Cross-year pairing of a batch run: the indexes choose what comparing every pair chooses.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { issuerMatch, placeTails } from '../../server/src/core/narrative/pairing';
import { type Key, pairWithLastYear } from '../../server/src/cli/pairing';

/** The definition: the best `issuerMatch` among last year's reports, the first in file order on a tie. */
function everyPair(keys: (Key | null)[]): number[] {
  return keys.map(k => {
    if (k?.year == null) return -1;
    const year = k.year;
    let best = -1, score = 0;
    keys.forEach((m, j) => {
      if (m?.year !== year - 1) return;
      const s = issuerMatch(m.issuer, k.issuer);
      if (s > score) { best = j; score = s; }
    });
    return best;
  });
}

test('placeTails: the name after each higher-level place, two characters or more', () => {
  assert.deepEqual(placeTails('江苏省淮安市洪泽区'), ['淮安市洪泽区', '洪泽区']);
  assert.deepEqual(placeTails('某某县教育局'), []);
  assert.deepEqual(placeTails('淮安市区'), []); // `区` alone is too short
});

test('pairWithLastYear = comparing every pair, on 3,000 random keys with shared, placed and unrelated names', () => {
  let seed = 20261202;
  const random = (n: number) => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return (seed >>> 8) % n; };
  const heads = ['', '', '淮安市', '江苏省淮安市', '某某州', '某地区', '某某县'];
  const names = ['洪泽区人民政府', '洪泽区政府', '城关镇', '教育局', '区', '财政局', '洪泽区'];
  const keys: (Key | null)[] = Array.from({ length: 3000 }, () => (random(10) === 0 ? null
    : { year: random(8) === 0 ? null : 2020 + random(4), issuer: heads[random(heads.length)] + names[random(names.length)] }));
  const paired = pairWithLastYear(keys);
  assert.deepEqual(paired, everyPair(keys));
  assert.ok(paired.filter(j => j >= 0).length > 1000, 'most reports have last year\'s');
  assert.ok(paired.some((j, i) => j >= 0 && keys[j]!.issuer !== keys[i]!.issuer), 'some pairs under another place');
});

test('100,000 reports under one common name pair with the first of last year in linear time', { timeout: 30_000 }, () => {
  const keys: Key[] = Array.from({ length: 100_000 }, (_, i) => ({ year: 2023 + (i % 2), issuer: i % 3 ? '城关镇人民政府' : '某某市城关镇' }));
  const paired = pairWithLastYear(keys);
  assert.equal(paired[1], 2); // 2024 城关镇 → the first 2023 城关镇 (the same name before 某某市城关镇 at 0)
  assert.equal(paired[3], 0); // 2024 某某市城关镇 → the first 2023 某某市城关镇
  assert.ok(paired.every((j, i) => (i % 2 === 0 ? j === -1 : keys[j].year === 2023)));
});
