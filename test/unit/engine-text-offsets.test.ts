// offsetAt / positionAt (core/text.ts): the one position ↔ offset conversion. Round trips on
// every kind of line end, a BOM, surrogate pairs (UTF-16 offsets), the end of the text, and
// clamping of what lies outside it.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lastAtOrBefore, offsetAt, positionAt, toSource } from '../../server/src/core/text';

/** Every offset that is not inside a line break maps to a position and back to itself. */
function roundTrip(text: string) {
  const src = toSource(text);
  const inBreak = (i: number) => (text[i - 1] === '\r' && text[i] === '\n');
  for (let i = 0; i <= text.length; i++) {
    if (inBreak(i)) continue;
    const p = positionAt(src, i);
    assert.equal(offsetAt(src, p), i, `${JSON.stringify(text)} @${i} → ${JSON.stringify(p)}`);
  }
  // And every position on a line maps to an offset and back.
  src.lines.forEach((line, l) => {
    for (let c = 0; c <= line.length; c++) assert.deepEqual(positionAt(src, offsetAt(src, { line: l, character: c })), { line: l, character: c });
  });
}

describe('offsetAt / positionAt', () => {
  it('LF, CRLF, CR only and mixed line ends', () => {
    for (const text of ['a\nbc\n', 'a\r\nbc\r\n', 'a\rbc\r', 'a\r\nb\rc\nd', '\n\n', '\r\r\n\r', '']) roundTrip(text);
    const src = toSource('ab\r\ncd\ref');
    assert.deepEqual(positionAt(src, 4), { line: 1, character: 0 });
    assert.deepEqual(positionAt(src, 7), { line: 2, character: 0 });
    assert.equal(offsetAt(src, { line: 2, character: 1 }), 8);
  });

  it('an offset inside CRLF is the end of its line', () => {
    const src = toSource('ab\r\ncd');
    assert.deepEqual(positionAt(src, 3), { line: 0, character: 2 });
  });

  it('BOM and surrogate pairs count as UTF-16 code units', () => {
    roundTrip('\uFEFF一、总体情况\n二');
    const text = 'a😀b\r\n𠀀c';
    roundTrip(text);
    const src = toSource(text);
    assert.deepEqual(positionAt(src, text.indexOf('b')), { line: 0, character: 3 });
    assert.equal(offsetAt(src, { line: 1, character: 2 }), text.indexOf('c'));
  });

  it('the end of the text, with and without a final line end', () => {
    for (const text of ['ab', 'ab\n', 'ab\r\n', 'ab\r']) {
      const src = toSource(text);
      const end = positionAt(src, text.length);
      assert.deepEqual(end, { line: src.lines.length - 1, character: src.lines[src.lines.length - 1].length }, JSON.stringify(text));
      assert.equal(offsetAt(src, end), text.length);
    }
  });

  it('clamps what lies outside the text', () => {
    const src = toSource('ab\ncd');
    assert.deepEqual(positionAt(src, -5), { line: 0, character: 0 });
    assert.deepEqual(positionAt(src, 99), { line: 1, character: 2 });
    assert.equal(offsetAt(src, { line: -1, character: 1 }), 1);
    assert.equal(offsetAt(src, { line: 0, character: 9 }), 2);
    assert.equal(offsetAt(src, { line: 0, character: -3 }), 0);
    assert.equal(offsetAt(src, { line: 7, character: 1 }), 4);
    assert.equal(offsetAt(src, { line: 7, character: 99 }), 5);
  });

  it('lastAtOrBefore is a binary search over ascending starts', () => {
    const starts = [0, 3, 3, 7, 10];
    assert.equal(lastAtOrBefore(starts, -1), 0);
    assert.equal(lastAtOrBefore(starts, 0), 0);
    assert.equal(lastAtOrBefore(starts, 3), 2);
    assert.equal(lastAtOrBefore(starts, 9), 3);
    assert.equal(lastAtOrBefore(starts, 100), 4);
    assert.equal(lastAtOrBefore([0], 5), 0);
  });

  it('converts every position of a long text in linear time (no line scan per call)', () => {
    const text = 'x\n'.repeat(200_000);
    const src = toSource(text);
    const t0 = performance.now();
    let sum = 0;
    for (let i = 0; i < text.length; i += 3) sum += offsetAt(src, positionAt(src, i));
    assert.ok(sum > 0);
    assert.ok(performance.now() - t0 < 2000, 'converting 133k offsets took over 2 s');
  });
});
