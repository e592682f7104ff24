// Scratch (core/scratch.ts): a list reused from fill to fill, copied out at its exact size.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Scratch } from '../../server/src/core/scratch';

test('a copy holds the items added since the last clear, and no later fill changes it', () => {
  const s = new Scratch<string>();
  for (const x of ['a', 'b', 'c']) s.add(x);
  const first = s.slice();
  assert.deepEqual(first, ['a', 'b', 'c']);
  assert.deepEqual(s.slice(1), ['b', 'c']);
  assert.deepEqual(s.slice(0, 2), ['a', 'b']);
  s.clear();
  assert.equal(s.length, 0);
  assert.deepEqual(s.slice(), []);
  s.add('d');
  assert.equal(s.at(0), 'd');
  assert.deepEqual(s.slice(), ['d']);
  assert.deepEqual(first, ['a', 'b', 'c']);
});

test('clear keeps none of the items: nothing stays alive through the scratch list', () => {
  const s = new Scratch<object>();
  s.add({}); s.add({});
  s.clear();
  const held = (s as unknown as { items: unknown[] }).items;
  assert.ok(held.length >= 2, 'the room is kept');
  assert.ok(held.every(x => x === undefined));
});
