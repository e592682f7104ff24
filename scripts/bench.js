#!/usr/bin/env node
// Engine benchmark: time per fixture report (test/fixtures/reports), and how time grows with document size (a linear engine keeps
// the time ratio close to the size ratio). Prints figures; asserts nothing.
const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');
const { analyze } = require('../out/server/src/core/analyze');

const dir = path.resolve(__dirname, '../test/fixtures/reports');
const reports = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);

function median(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) { const t = performance.now(); fn(); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
const fmt = ms => ms.toFixed(3).padStart(9) + ' ms';

for (let i = 0; i < 20; i++) for (const [, text] of reports) analyze(text); // warm up the JIT

console.log('analyze() per report (median of 50 runs)');
for (const [name, text] of reports) {
  const ms = median(() => analyze(text), 50);
  console.log(`  ${name.padEnd(28)} ${String(text.length).padStart(7)} chars ${fmt(ms)}  ${(text.length / 1024 / ms * 1000 / 1024).toFixed(1)} MiB/s`);
}

// Scaling: a report whose prose grows k times (tables stay), and pathological inputs.
const [, base] = reports.find(([name]) => name === 'split-label.txt');
const paragraph = base.split('\n').filter(l => l.length > 40 && !l.includes('\t')).join('\n');
console.log('\nscaling: report with k× prose');
let first;
for (const k of [1, 4, 16, 64]) {
  const text = base + ('\n' + paragraph).repeat(k * 10);
  const ms = median(() => analyze(text), k >= 16 ? 5 : 20);
  first = first || { size: text.length, ms };
  console.log(`  k=${String(k).padStart(2)} ${String(text.length).padStart(9)} chars ${fmt(ms)}  size ×${(text.length / first.size).toFixed(1)}  time ×${(ms / first.ms).toFixed(1)}`);
}
console.log('\nbad input (must stay fast and not throw)');
const cases = {
  'random code units, 1 MiB': Array.from({ length: 1 << 20 }, (_, i) => String.fromCharCode((i * 2654435761) % 0xfffe)).join(''),
  'one line of 1 MiB tabs+digits': '1\t'.repeat(1 << 19),
  '200k short lines of pipes': '| 0 | 0 |\n'.repeat(200000),
  'table row labels repeated 50k times': '一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n'.repeat(50000),
};
for (const [name, text] of Object.entries(cases)) console.log(`  ${name.padEnd(36)} ${fmt(median(() => analyze(text), 3))}`);
