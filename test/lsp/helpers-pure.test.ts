// The server's pure helpers: minimal diff edits, display width, label normalisation, the adaptive debounce.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applyEdits, diffEdits } from '../../server/src/core/fix/edits';
import { officialLabel } from '../../server/src/core/format/official-labels';
import { displayWidth } from '../../server/src/core/format/width';
import { normaliseLabels } from '../../server/src/core/format/format-tables';
import { adaptiveDelay } from '../../server/src/lsp/analysis';

describe('diffEdits', () => {
  const cases: [string, string][] = [
    ['a\tb\r\nc|d\r\n', 'a\tB\r\nc|d\r\n'],
    ['\uFEFF一\n二\n三\n', '\uFEFF一\n二二\n三\n'],
    ['x\ny\nz', 'x\nz'],
    ['x\ny\nz', 'x\ny\nq\nz'],
    ['1\n2\n3\n4\n', '1\n2x\n3\n4y\n'],
    ['', 'abc'],
    ['abc', ''],
    ['r1\r\nr2\r\nr3\r\n', 'r1\r\nr3\r\nr2\r\n'],
  ];
  for (const [a, b] of cases) {
    it(`${JSON.stringify(a)} → ${JSON.stringify(b)}`, () => {
      const edits = diffEdits(a, b);
      assert.equal(applyEdits(a, edits), b);
      const changedLines = new Set(edits.flatMap(e => [e.range.start.line, e.range.end.line]));
      assert.ok(changedLines.size <= Math.max(a.split('\n').length, b.split('\n').length));
    });
  }
  it('unchanged lines between changes stay out of the edits', () => {
    const edits = diffEdits('1\n2\n3\n4\n', '1\n2x\n3\n4y\n');
    assert.equal(edits.length, 2);
    assert.deepEqual(edits.map(e => [e.range.start.line, e.range.start.character, e.newText]), [[1, 1, 'x'], [3, 1, 'y']]);
  });
  it('identical texts give no edit', () => assert.deepEqual(diffEdits('a\nb', 'a\nb'), []));
});

describe('displayWidth', () => {
  it('counts CJK and full-width forms as two columns', () => {
    assert.equal(displayWidth('abc'), 3);
    assert.equal(displayWidth('自然人'), 6);
    assert.equal(displayWidth('（一）'), 6);
    assert.equal(displayWidth('\uFEFF1'), 1);
  });
});

describe('labels', () => {
  it('recognises printed variants of fixed labels, not typos', () => {
    assert.equal(officialLabel('(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)'), '（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    assert.equal(officialLabel('3. 危及"三安全一稳定"'), '3.危及“三安全一稳定”');
    assert.equal(officialLabel('结 果 维 持'), '结果维持');
    assert.equal(officialLabel('本年收费金额(单位:万元)'), '本年收费金额（单位：万元）');
    assert.equal(officialLabel('2.其他法律法规禁止公开'), null);
    assert.equal(officialLabel('12'), null);
  });
  it('normalises label cells in place, leaving separators and numbers alone', () => {
    assert.equal(normaliseLabels('\t(一) 予以公开\t6\t0\t', 'tab'), '\t（一）予以公开\t6\t0\t');
    assert.equal(normaliseLabels('第二十条第(一)项 | |||', 'pipe'), '第二十条第（一）项 | |||');
  });
});

describe('adaptive debounce', () => {
  it('analyses at once after a fast analysis (and before the first)', () => {
    assert.equal(adaptiveDelay(undefined), 0);
    assert.equal(adaptiveDelay(3), 0);
    assert.equal(adaptiveDelay(25), 0);
  });
  it('backs off by the last analysis time on slow (large) documents, up to 150 ms', () => {
    assert.equal(adaptiveDelay(40), 40);
    assert.equal(adaptiveDelay(149), 149);
    assert.equal(adaptiveDelay(900), 150);
  });
  it('analyses a change that comes alone at once; within a burst it waits', () => {
    assert.equal(adaptiveDelay(40, Infinity), 0, 'the first change');
    assert.equal(adaptiveDelay(40, 41), 0, 'the previous change came longer ago than the delay');
    assert.equal(adaptiveDelay(40, 40), 40);
    assert.equal(adaptiveDelay(40, 5), 40, 'a burst');
    assert.equal(adaptiveDelay(900, 120), 150);
    assert.equal(adaptiveDelay(900, 151), 0);
  });
});

describe('diffEdits with a bare CR line end', () => {
  it('edits land on the right line when a lone \\r ends an earlier line (found by the property test)', () => {
    for (const [a, b] of [['\rx\ny\nz\n', '\rx\nY\nz\n'], ['a\rb\nc\rd\ne\n', 'a\rb\nc\rD\ne\n'], ['\r\r1\n2\n', '\r\r1\n2 \n3\n']]) {
      assert.equal(applyEdits(a, diffEdits(a, b)), b);
    }
  });
});
