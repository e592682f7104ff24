#!/usr/bin/env node
// Precision and recall of the prose rules on the sentence table of test/unit/prose-cases.ts
// (issue 10). Run after `npm run build` (it reads the compiled tests in out/).

const path = require('path');
const { CASES, score } = require(path.join(__dirname, '..', 'out', 'test', 'unit', 'prose-cases.js'));

const s = score(CASES);
const pct = x => (100 * x).toFixed(1) + '%';
const families = [...new Set(CASES.map(c => c.family))];
console.log(`${CASES.length} sentences (${families.map(f => `${f} ${CASES.filter(c => c.family === f).length}`).join(', ')})`);
console.log(`expected findings ${s.tp + s.fn}, raised ${s.tp + s.fp}: true positives ${s.tp}, false positives ${s.fp}, false negatives ${s.fn}`);
console.log(`precision ${pct(s.precision)}  recall ${pct(s.recall)}`);
for (const { c, got } of s.wrong) {
  console.log(`  ✗ [${c.family}${c.data ? '/' + c.data : ''}] ${c.text}  expected ${c.expect.join(',') || 'none'}, got ${got.join(',') || 'none'}`);
}
