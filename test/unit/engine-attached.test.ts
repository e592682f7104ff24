// Attached (core/attached.ts): a value kept on its object, invisible to everything that copies or
// compares the object; the model's cell index and prose are made once per analysis through it.

import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { Attached } from '../../server/src/core/attached';
import { analyze, parseReport } from '../../server/src/core/analyze';
import { allCells, cellsWithCategories } from '../../server/src/core/model';
import { narrativeOf } from '../../server/src/core/narrative/narrative';
import { readReport } from './helpers/fixtures';

test('Attached keeps a value on its object, unseen by JSON, for…in, keys, spread, structured clone and deep equality', () => {
  const a = new Attached<object, number[]>('probe'), b = new Attached<object, number[]>('probe');
  const o = { x: 1 }, value = [1, 2];
  assert.equal(a.get(o), undefined);
  a.set(o, value);
  assert.equal(a.get(o), value);
  assert.equal(b.get(o), undefined, 'two attachments of one name are apart');
  assert.equal(JSON.stringify(o), '{"x":1}');
  const seen: string[] = [];
  for (const k in o) seen.push(k);
  assert.deepEqual(seen, ['x']);
  assert.deepEqual(Object.keys(o), ['x']);
  assert.deepStrictEqual(o, { x: 1 });
  assert.equal(a.get({ ...o }), undefined);
  assert.equal(a.get(structuredClone(o)), undefined);
  a.set(o, [3]);
  assert.deepEqual(a.get(o), [3], 'set again replaces');
});

test('a model\'s cell index and prose are made once and leave no trace in its JSON', () => {
  const text = readReport('table-defects');
  const { model, src, tableLines } = parseReport(text);
  assert.equal(allCells(model), allCells(model));
  assert.equal(cellsWithCategories(model), cellsWithCategories(model));
  const ctx = { src, model, tableLines, locale: 'zh-cn' as const, previous: undefined, report: () => {} };
  assert.equal(narrativeOf(ctx), narrativeOf(ctx));
  assert.deepStrictEqual(JSON.parse(JSON.stringify(model)), JSON.parse(JSON.stringify(analyze(text).model)));
  assert.ok(!JSON.stringify(model).includes('narrative'));
});
