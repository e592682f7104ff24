// Table-level findings on the fixture reports, the kinds of spec §7: codes, severities, exact
// ranges and fixes (the same assertions on the real seeds are in test/corpus/seed-findings).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { readReport } from './helpers/fixtures';
import { at, TABLE_CODES } from './narrative-helpers';

function tableFindings(name: string) { return analyze(readReport(name)).findings.filter(f => TABLE_CODES.test(f.code)); }

test('tab-normalise and zero-dept have no error-level table findings', () => {
  for (const name of ['tab-normalise', 'zero-dept']) assert.deepEqual(tableFindings(name).filter(f => f.severity === 'error'), [], name);
});

test('tab-normalise: only normalisation information (title spacing, half-width note, spaced table-四 header)', () => {
  assert.deepEqual(tableFindings('tab-normalise').map(at), ['3:19 title-spacing information', '52:1 label-normalise information', '84:1 label-normalise information']);
});

test('pipe-web: the malformed `00` and the cut table-四 header', () => {
  const f = tableFindings('pipe-web');
  const malformed = f.find(x => x.code === 'number-malformed')!;
  assert.equal(at(malformed), '43:35 number-malformed error');
  assert.equal(malformed.range.end.character - malformed.range.start.character, 2);
  assert.deepEqual(malformed.cells, ['R10.C6']);
  assert.equal(malformed.fixes![0].edits[0].newText, '0');
  assert.ok(f.some(x => at(x) === '61:8 label-truncated warning'));
  assert.deepEqual(f.filter(x => x.severity === 'error').map(x => x.code), ['number-malformed']);
});

test('table-defects: missing 其他 column, label typo, order, category rows with numbers, E2 failing', () => {
  const f = tableFindings('table-defects').filter(x => x.code !== 'label-normalise');
  assert.deepEqual(f.map(at), [
    '46:1 t3-missing-column error',
    '54:2 label-typo error',
    '56:2 t3-row-order warning',
    '56:2 t3-category-values error',
    '62:2 t3-category-values error',
    '66:2 t3-category-values information',
    '72:2 t3-category-values information',
    '76:9 t3-result-sum error',
    '76:19 t3-result-sum error',
  ]);
  const typo = f.find(x => x.code === 'label-typo')!;
  assert.equal(typo.fixes![0].edits[0].newText, '2.其他法律行政法规禁止公开');
  // （三） carries a stray 3: its fix sets it to the sub-items' subtotal; （四） has no safe fix, only choices.
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

test('split-label: `本年度止件数` and the split `（五）不予处理` read correctly', () => {
  const f = tableFindings('split-label');
  assert.deepEqual(f.filter(x => x.severity !== 'information').map(at), ['40:13 label-typo error', '74:1 t3-split-label warning']);
  const split = f.find(x => x.code === 't3-split-label')!;
  assert.deepEqual(split.fixes![0].edits.map(e => e.newText), ['（五）不予处理', '']);
  assert.equal(split.related![0].range.start.line, 75);
  assert.ok(f.some(x => at(x) === '3:1 title-split information'));
});
