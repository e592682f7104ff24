// CharSet (core/text.ts): the bitmap answers exactly as a set of the characters' codes would, for
// every UTF-16 code unit and for what `charCodeAt` past the end or a sentinel gives (NaN, -1).

import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { CharSet } from '../../server/src/core/text';
import { CHINESE_NUMERAL } from '../../server/src/core/narrative/numerals';

test('CharSet: membership of every code unit as in a Set, nothing outside', () => {
  for (const chars of [CHINESE_NUMERAL, '。！？!?；;…', '"”’」』）)', '#>*+_-', '0123456789.-－/第', 'a', '\u0000\uffff']) {
    const set = new CharSet(chars);
    const want = new Set(Array.from(chars, c => c.charCodeAt(0)));
    for (let c = 0; c <= 0xffff; c++) assert.equal(set.has(c), want.has(c), `${JSON.stringify(chars)} ${c.toString(16)}`);
    for (const c of [-1, 0x10000, 0x1ffff, NaN, -0x10000]) assert.equal(set.has(c), false, `${JSON.stringify(chars)} ${c}`);
  }
});
