// What the engine keeps between analyses is bounded: no report stays alive through a cache (a long
// batch run or a long editing session would otherwise grow by every report it has seen).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { analyze } from '../../server/src/core/analyze';
import { consistentData, synthReport } from './helpers/synth';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

test('3,000 reports with lines of their own leave < 8 MB behind (labels cached, not the texts they were cut from)', () => {
  const data = consistentData();
  // Long prose makes each text ~5 KB more; its title and prose lines are new to the caches.
  const text = (i: number) => synthReport(data, 'tab', { issuer: `某某${i}县人民政府` }).replace('问题与改进措施。', `问题与改进措施（第${i}号）。${'加强培训，完善制度。'.repeat(250)}`);
  for (let i = 0; i < 200; i++) analyze(text(i)); // caches and compiled code settle
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 200; i < 3200; i++) analyze(text(i));
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 1e6;
  assert.ok(grown < 8, `heap grew by ${grown.toFixed(1)} MB over 3,000 reports`);
});
