#!/usr/bin/env node
// Seeded-defect recall: single defects planted in reports whose truth is known — the synthetic
// layout families of test/unit/helpers/synth.ts always, and the real reports of ../shared when the
// folder is there — each must be caught by a finding on the planted cell or label. Prints recall
// per defect kind and per source, and every miss. Run after `npm run build` (reads out/).
//
//   node scripts/seeded-eval.js [--misses]

const fs = require('fs');
const path = require('path');
const OUT = path.join(__dirname, '..', 'out');
const { analyze } = require(path.join(OUT, 'server/src/core/analyze.js'));
const { allCells } = require(path.join(OUT, 'server/src/core/model.js'));
const { toSource, offsetAt } = require(path.join(OUT, 'server/src/core/text.js'));
const { T3_ROWS, parseCellId } = require(path.join(OUT, 'server/src/core/schema.js'));
const synth = require(path.join(OUT, 'test/unit/helpers/synth.js'));

const showMisses = process.argv.includes('--misses');

/** Reports with known truth: synthetic families and layouts, then the real reports when present. */
function sources() {
  const out = [];
  const data = synth.consistentData();
  for (const layout of synth.SYNTH_LAYOUTS) out.push({ name: `synth/${layout}`, text: synth.synthReport(data, layout) });
  for (const family of synth.FAMILIES) out.push({ name: `synth/${family}`, text: synth.synthFamily(data, family) });
  const shared = path.join(__dirname, '..', '..', 'shared');
  for (const dir of ['seeds', 'fixtures/pdftotext', 'corpus']) {
    const d = path.join(shared, dir);
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d).filter(x => x.endsWith('.txt')).sort()) out.push({ name: `${dir.split('/').pop()}/${f}`, text: fs.readFileSync(path.join(d, f), 'utf8') });
  }
  return out;
}

const splice = (text, from, to, insert) => text.slice(0, from) + insert + text.slice(to);
const key = f => `${f.code}@${f.range.start.line}:${f.range.start.character}`;

/** Planted defects of one report: each with the text and a test that some new finding catches it. */
function* defects(text) {
  const { model } = analyze(text);
  const src = toSource(text);
  const off = r => [offsetAt(src, r.start), offsetAt(src, r.end)];
  const cells = allCells(model).list.filter(c => c.range && c.value !== null && Number.isInteger(c.value) && c.value < 1e6 && /^\d+$/.test(c.raw));
  const onCell = id => f => f.cells && f.cells.includes(id) && f.severity !== 'hint';
  // A number changed (a typo in a total or in a part): some relation it takes part in breaks.
  const related = new Set(model.relations.flatMap(r => [...r.left, ...r.right]));
  for (const c of cells.filter(c => related.has(c.id) && model.relations.some(r => r.holds === true && [...r.left, ...r.right].includes(c.id)))) {
    const [a, b] = off(c.range);
    const ref = parseCellId(c.id);
    const kind = ref.table === 't4' ? 't4-number' : ref.col === 'C7' ? 't3-total' : 't3-number';
    yield { kind, where: c.id, text: splice(text, a, b, String(c.value + 1)), caught: onCell(c.id) };
  }
  // A digit written as a letter in tables 二 and 四.
  for (const c of cells.filter(c => ['t2', 't4'].includes(parseCellId(c.id)?.table) && c.raw.includes('0'))) {
    const [a, b] = off(c.range);
    yield { kind: 'letter-O', where: c.id, text: splice(text, a, b, c.raw.replace('0', 'O')), caught: f => f.code === 'number-malformed' && f.cells && f.cells.includes(c.id) };
  }
  // A row of table 三 dropped, label and numbers (lines of its own dropped whole).
  if (model.t3) {
    for (const row of Object.values(model.t3.rows)) {
      if (!row || !row.label || row.valueCount !== 7) continue;
      const cellsOf = Object.values(row.cells).filter(c => c.range);
      const [a] = off(row.label.range);
      const [, b] = off(cellsOf[cellsOf.length - 1].range);
      const lineStart = text.lastIndexOf('\n', a - 1) + 1;
      const lineEnd = text.indexOf('\n', b);
      const wholeLines = !text.slice(lineStart, a).replace(/[\s|（）()一二三四五六七、.\u4e00-\u9fa5]/g, '').length && lineEnd > 0;
      const cut = wholeLines ? splice(text, lineStart, lineEnd + 1, '') : splice(text, a, b, '');
      yield { kind: 'row-missing', where: row.id, text: cut, any: true, caught: f => (f.code === 't3-missing-row' && f.cells.includes(`${row.id}.C7`)) || (f.code === 'table-uncertain' && f.severity !== 'information') };
    }
  }
  // A character of a row label of table 三 changed.
  if (model.t3) {
    for (const row of Object.values(model.t3.rows)) {
      if (!row || !row.label) continue;
      const label = row.label.text;
      const m = /[\u4e00-\u9fa5]{4,}/.exec(label.replace(/^.*?[、.．）)]/, m0 => ' '.repeat(m0.length)));
      if (!m) continue;
      const i = m.index + Math.floor(m[0].length / 2);
      const swapped = label.slice(0, i) + (label[i] === '国' ? '图' : '国') + label.slice(i + 1);
      const [a, b] = off(row.label.range);
      // The typo is named in the message: a label typo found earlier on the same line does not count.
      const typo = swapped.slice(Math.max(0, i - 1), i + 2);
      yield { kind: 'label-typo', where: row.id, text: splice(text, a, b, swapped), any: true, caught: f => f.code === 'label-typo' && f.range.start.line === row.label.range.start.line && f.message.includes(typo) };
    }
  }
}

const by = new Map();
const misses = [];
const add = (k, ok) => { const s = by.get(k) ?? { n: 0, ok: 0 }; s.n++; if (ok) s.ok++; by.set(k, s); };
for (const s of sources()) {
  const before = new Set(analyze(s.text).findings.map(key));
  for (const d of defects(s.text)) {
    const after = analyze(d.text).findings;
    const fresh = after.filter(f => !before.has(key(f)));
    const ok = (d.any ? after : fresh).some(d.caught);
    add(d.kind, ok);
    add(`${d.kind} · ${s.name.split('/')[0]}`, ok);
    if (!ok) misses.push(`${s.name} ${d.kind} ${d.where}: ${fresh.map(f => f.code).join(', ') || 'nothing new'}`);
  }
}
const pct = s => `${(100 * s.ok / s.n).toFixed(1)}% (${s.ok}/${s.n})`;
for (const [k, s] of [...by].sort()) console.log(`${k.padEnd(36)} ${pct(s)}`);
console.log(`misses: ${misses.length}`);
if (showMisses) for (const m of misses) console.log('  ' + m);
