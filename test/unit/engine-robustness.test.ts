// Bad input never crashes the engine: random edits of the fixture reports (deleted and inserted
// characters, tabs, pipes, digits, line breaks) and random text. Every range stays inside the
// document and every fix applies.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/fix/edits';
import type { Range } from '../../server/src/core/types';
import { readReport, REPORT_NAMES } from './helpers/fixtures';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['\t', '|', ' ', '\n', '\r\n', '\r', '0', '7', '00', 'O', '—', '（', '）', '(', '总计', '三、', '四、结转下年度继续办理', '\f', '\uFEFF', '\u0000', '\uD800'];

function mutate(text: string, random: () => number, edits: number): string {
  let s = text;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (s.length + 1));
    const r = random();
    if (r < 0.4) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(random() * 20));
    else if (r < 0.8) s = s.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + s.slice(at);
    else { const b = Math.floor(random() * s.length); s = s.slice(0, at) + s.slice(b, b + 40) + s.slice(at); }
  }
  return s;
}

function inside(lines: string[], r: Range): boolean {
  const ok = (p: Range['start']) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  return ok(r.start) && ok(r.end) && (r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character));
}

const BASES = REPORT_NAMES.map(readReport);

test('400 random edits of the fixture reports: no throw, ranges inside the text, fixes apply', () => {
  const random = rng(20241122);
  for (let n = 0; n < 400; n++) {
    const text = mutate(BASES[n % BASES.length], random, 1 + Math.floor(random() * 30));
    const lines = text.split(/\r\n|\r|\n/);
    const { findings } = analyze(text);
    for (const f of findings) {
      assert.ok(inside(lines, f.range), `${f.code} range outside the text (case ${n})`);
      for (const fix of f.fixes ?? []) {
        for (const e of fix.edits) assert.ok(inside(lines, e.range), `${f.code} fix outside the text (case ${n})`);
        assert.doesNotThrow(() => applyEdits(text, fix.edits), `${f.code} fix does not apply (case ${n})`);
      }
    }
  }
});

test('random text of any code units', () => {
  const random = rng(7);
  for (let n = 0; n < 50; n++) {
    const text = Array.from({ length: Math.floor(random() * 5000) }, () => String.fromCharCode(Math.floor(random() * 0x10000))).join('');
    assert.doesNotThrow(() => analyze(text));
  }
});
