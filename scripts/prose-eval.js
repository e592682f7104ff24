#!/usr/bin/env node
// Precision and recall of the prose rules on the sentence tables of test/unit/prose-cases.ts
// (issue 10): the table the rules were tuned on, and the held-out table written afterwards.
// Run after `npm run build` (it reads the compiled tests in out/).

const path = require('path');
const { CASES, HELD_OUT, score } = require(path.join(__dirname, '..', 'out', 'test', 'unit', 'prose-cases.js'));

const pct = x => (100 * x).toFixed(1) + '%';

function report(name, cases) {
  const s = score(cases);
  const families = [...new Set(cases.map(c => c.family))];
  console.log(`${name}: ${cases.length} sentences (${families.map(f => `${f} ${cases.filter(c => c.family === f).length}`).join(', ')})`);
  console.log(`  expected findings ${s.tp + s.fn}, raised ${s.tp + s.fp}: true positives ${s.tp}, false positives ${s.fp}, false negatives ${s.fn}`);
  console.log(`  precision ${pct(s.precision)}  recall ${pct(s.recall)}`);
  for (const { c, got } of s.wrong) {
    console.log(`  ✗ [${c.family}${c.data ? '/' + c.data : ''}] ${c.text}  expected ${c.expect.join(',') || 'none'}, got ${got.join(',') || 'none'}`);
  }
}

report('sentence table', CASES);
report('held-out table', HELD_OUT);
report('both', [...CASES, ...HELD_OUT]);
