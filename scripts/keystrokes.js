// Typing in a report through the real server, for `npm run bench` and `npm run latency`: a digit
// typed into a table line, then removed by the next edit; didChange → publishDiagnostics per edit.

/** The p-th percentile of `xs`. */
function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/**
 * Types `n` edits into the open document `uri` holding `text` on the TestClient `c`; returns each
 * edit's time to its diagnostics and the size of the last diagnostics payload.
 */
async function typeInto(c, uri, text, n, paceMs = 0) {
  const line = text.split('\n').findIndex(l => /[0-9]/.test(l) && (l.includes('\t') || l.includes('|')));
  const times = [];
  let payload = { bytes: 0, n: 0 };
  for (let i = 0; i < n; i++) {
    const at = { line: Math.max(line, 0), character: 0 };
    const edit = i % 2 === 0 ? { range: { start: at, end: at }, newText: '7' } : { range: { start: at, end: { line: at.line, character: 1 } }, newText: '' };
    const from = c.mark();
    const t0 = performance.now();
    const v = c.change(uri, [edit]);
    const e = await c.waitFor('publish', x => x.params.uri === uri && x.params.version === v, from);
    times.push(e.at - t0);
    payload = { bytes: Buffer.byteLength(JSON.stringify(e.params.diagnostics)), n: e.params.diagnostics.length };
    if (paceMs) await new Promise(r => setTimeout(r, paceMs));
  }
  return { times, payload };
}

module.exports = { pct, typeInto };
