// The table-level findings of spec §7 on the five seeds: codes, severities and exact ranges.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { readSeed } from './shared';
import { at, TABLE_CODES } from '../unit/narrative-helpers';

function tableFindings(prefix: string) { return analyze(readSeed(prefix)).findings.filter(f => TABLE_CODES.test(f.code)); }

test('seeds 000 and 002 have no error-level table findings', () => {
  for (const s of ['000', '002']) assert.deepEqual(tableFindings(s).filter(f => f.severity === 'error'), [], s);
});

test('seed 000: only normalisation information (title spacing, half-width labels, spaced headers)', () => {
  assert.deepEqual(tableFindings('000').map(at), ['3:20 title-spacing information', '50:1 label-normalise information', '83:1 label-normalise information']);
});

test('seed 001: the malformed `00` (001-8) and the cut table-4 header (001-11)', () => {
  const f = tableFindings('001');
  const malformed = f.find(x => x.code === 'number-malformed')!;
  assert.equal(at(malformed), '43:35 number-malformed error');
  assert.equal(malformed.range.end.character - malformed.range.start.character, 2);
  assert.deepEqual(malformed.cells, ['R10.C6']);
  assert.equal(malformed.fixes![0].edits[0].newText, '0');
  assert.ok(f.some(x => at(x) === '61:8 label-truncated warning'));
  assert.deepEqual(f.filter(x => x.severity === 'error').map(x => x.code), ['number-malformed']);
});

test('seed 003: missing 其他 column, label typo, order, category rows with numbers, E2 failing (003-1…6)', () => {
  const f = tableFindings('003').filter(x => x.code !== 'label-normalise');
  assert.deepEqual(f.map(at), [
    '48:1 t3-missing-column error',
    '56:2 label-typo error',
    '58:2 t3-row-order warning',
    '58:2 t3-category-values error',
    '64:2 t3-category-values error',
    '68:2 t3-category-values information',
    '74:2 t3-category-values information',
    '78:9 t3-result-sum error',
    '78:19 t3-result-sum error',
  ]);
  const typo = f.find(x => x.code === 'label-typo')!;
  assert.equal(typo.fixes![0].edits[0].newText, '2.其他法律行政法规禁止公开');
  // （三） carries a stray 4: its fix sets it to the sub-items' subtotal; （四） has no safe fix, only choices.
  const [refuse, unable] = f.filter(x => x.code === 't3-category-values');
  assert.equal(refuse.fixes![0].preferred, true);
  assert.ok(unable.fixes!.every(x => !x.preferred) && unable.fixes!.length === 3);
  // The missing column is not inserted automatically while a row would get a negative value.
  assert.equal(f[0].fixes, undefined);
  // E2 fails on 自然人 and 总计; no single cell explains it, so the total is shown without a preferred fix.
  const e2 = f.filter(x => x.code === 't3-result-sum');
  assert.deepEqual(e2.map(x => x.cells![0]), ['R24.C1', 'R24.C7']);
  assert.ok(e2.every(x => !x.fixes?.some(fx => fx.preferred)));
});

test('seed 004: `本年度止件数` (004-9) and the split `（五）不予处理` (004-15) read correctly', () => {
  const f = tableFindings('004');
  assert.deepEqual(f.filter(x => x.severity !== 'information').map(at), ['42:13 label-typo error', '76:1 t3-split-label warning']);
  const split = f.find(x => x.code === 't3-split-label')!;
  assert.deepEqual(split.fixes![0].edits.map(e => e.newText), ['（五）不予处理', '']);
  assert.equal(split.related![0].range.start.line, 77);
  assert.ok(f.some(x => at(x) === '3:1 title-split information'));
});
