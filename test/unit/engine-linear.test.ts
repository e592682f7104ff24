// The reading path stays linear: a report with one pathological line of length n and of 10n
// is analysed in about 10 times the time, never 100 (a backtracking regex over a long run of
// white space took 10 s on 100k tabs). Ratios, not absolute times: the machine may be busy.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { consistentData, synthReport } from './helpers/synth';

const N = 3000;
/** Linear is about ×10, quadratic ×100: the bound leaves room for a busy machine, not for a square. */
const MAX_RATIO = 40;

const lines = synthReport(consistentData(), 'tab').split('\n');
const after = (prefix: string, k = 1) => lines.findIndex(l => l.startsWith(prefix)) + k;
const where = { top: 0, prose: after('一、'), t2: after('二、', 3), t3: after('三、', 3), t4: after('四、', 3) };

/** A pathological line of about `n` characters, and where it goes. */
const FAMILIES: Array<[string, (n: number) => string, keyof typeof where]> = [
  ['tabs', n => '\t'.repeat(n) + 'x', 't3'],
  ['ideographic spaces', n => '\u3000'.repeat(n) + '1', 't3'],
  ['form feeds', n => '\f'.repeat(n) + '-', 't3'],
  ['mixed white space before a pipe', n => ' \t\u3000\f'.repeat(n / 4) + '|x', 't2'],
  ['pipes', n => '|'.repeat(n) + 'x', 't3'],
  ['digits', n => '1'.repeat(n), 't4'],
  ['spaced digits', n => '1 '.repeat(n / 2), 't3'],
  ['Chinese without punctuation', n => '政府信息公开申请办理结果'.repeat(n / 12), 'prose'],
  ['markdown separator cells', n => '|-'.repeat(n / 2) + 'x', 't3'],
  ['markdown separator rules', n => '| --- '.repeat(n / 6) + '|x', 't3'],
  ['repeated headings', n => '二、主动公开政府信息情况'.repeat(n / 12), 'prose'],
  ['repeated item numbers', n => '（二）1.'.repeat(n / 5), 't3'],
  ['publish date then white space', n => '发布时间' + ' '.repeat(n) + 'x', 'top'],
];

function time(line: string, at: number): number {
  const doc = [...lines.slice(0, at), line, ...lines.slice(at)].join('\n');
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    analyze(doc);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('the engine is linear in the length of a line', () => {
  time('warm-up', 0);
  for (const [name, make, pos] of FAMILIES) {
    it(name, () => {
      const small = time(make(N), where[pos]);
      const large = time(make(10 * N), where[pos]);
      assert.ok(large / small <= MAX_RATIO, `${name}: ${small.toFixed(1)} ms at ${N}, ${large.toFixed(1)} ms at ${10 * N} (×${(large / small).toFixed(1)})`);
    });
  }
});
