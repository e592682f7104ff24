#!/usr/bin/env node
// didChange → publishDiagnostics latency of the real server on the fixture reports (p50/p95), with the
// default (adaptive) debounce and with a fixed 0 (engine + protocol cost only). Needs `npm run build` first.
// Usage: node scripts/latency.js [editsPerSeed=40]

const fs = require('node:fs');
const path = require('node:path');
const { TestClient, REPORTS, uriOf } = require('../out/test/lsp/client.js');
const { pct, typeInto } = require('./keystrokes');

const N = Number(process.argv[2] ?? 40);

async function measure(debounceMs) {
  const c = await TestClient.start(debounceMs === undefined ? {} : { initializationOptions: { debounceMs } });
  const times = [];
  try {
    for (const name of fs.readdirSync(REPORTS).filter(f => f.endsWith('.txt')).sort()) {
      const uri = uriOf(name);
      const text = fs.readFileSync(path.join(REPORTS, name), 'utf8');
      c.open(uri, text);
      await c.diagnostics(uri, 1);
      times.push(...(await typeInto(c, uri, text, N)).times);
      c.close(uri);
    }
  } finally {
    await c.stop();
  }
  return times;
}

(async () => {
  for (const [label, debounce] of [['default (adaptive) debounce', undefined], ['no debounce', 0]]) {
    const t = await measure(debounce);
    console.log(`${label}: n=${t.length} p50=${pct(t, 50).toFixed(1)} ms p95=${pct(t, 95).toFixed(1)} ms max=${Math.max(...t).toFixed(1)} ms`);
  }
})().catch(e => { console.error(e); process.exit(1); });
