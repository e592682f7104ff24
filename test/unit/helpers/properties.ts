// Properties every report must keep through the engine, whatever was done to its text: shared by
// the property test (engine-properties.test.ts, quick) and `npm run fuzz` (scripts/fuzz.js, long).
//   - analyse never throws; every finding's range, related range and fix edit lies inside the text;
//   - fix-all is idempotent (fixing the fixed text changes nothing);
//   - format is idempotent and never changes a digit.

import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { analyze, readModel } from '../../../server/src/core/analyze';
import { applyEdits } from '../../../server/src/core/fix/edits';
import { fixAll } from '../../../server/src/core/fix/fixAll';
import { formatDocument } from '../../../server/src/core/format/format-tables';
import { toSource } from '../../../server/src/core/text';
import type { Range } from '../../../server/src/core/types';
import { readReport, REPORT_NAMES } from './fixtures';
import { consistentData, FAMILIES, synthFamily, SYNTH_LAYOUTS, synthReport } from './synth';

/** One edit: at a position (millionths of the text's length), delete some characters and insert others. */
export interface Edit { at: number; del: number; insert: string }

/** Characters that matter to the reader: separators, digits, brackets, CJK, odd white space. */
const PIECES = [
  '\t', '|', '｜', ' ', '\u3000', '\f', '\r', '\n', '\r\n', '-', '---', ':', '：', '、', '.', '．', '（', '）', '(', ')',
  '0', '1', '7', '9', '０', '１', '00', '12', '9007199254740993', ',', '，', '。', 'O', '万元', '元', '件', '无', '—',
  '一', '三', '七', '（三）', '不予公开', '总计', '申请', '行政复议', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
  '\u202E', '\uFEFF', '#', '**', '>', '本年新收政府信息公开申请', '发布时间：2025-01-26',
];

export const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat({ max: 1_000_000 }),
  del: fc.nat({ max: 6 }),
  insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map(a => a.join('')),
});

export function applyRandomEdits(text: string, edits: Edit[]): string {
  let t = text;
  for (const e of edits) {
    const at = Math.min(t.length, Math.floor((e.at / 1_000_000) * t.length));
    t = t.slice(0, at) + e.insert + t.slice(at + e.del);
  }
  return t;
}

/** The project's own reports: synthetic ones in every layout and damaged family, and the fixture reports. */
export function synthReports(): string[] {
  return [
    ...SYNTH_LAYOUTS.map(l => synthReport(consistentData(), l)),
    ...FAMILIES.map(f => synthFamily(consistentData(), f)),
    ...REPORT_NAMES.map(readReport),
  ];
}

/** The real reports of a `shared/` folder (seeds, fixtures, corpus); none when it is absent. */
export function realReports(shared: string): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const f of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, f);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md|xxgk)$/.test(f) && !/^README/i.test(f)) out.push({ name: path.relative(shared, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  for (const d of ['seeds', 'fixtures', 'corpus']) walk(path.join(shared, d));
  return out;
}

function inside(lines: string[], r: Range, what: string): void {
  for (const p of [r.start, r.end]) {
    if (!(p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length)) {
      throw new Error(`${what}: ${JSON.stringify(r)} outside the text (${lines.length} lines)`);
    }
  }
  if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) throw new Error(`${what}: reversed range ${JSON.stringify(r)}`);
}

const digits = (s: string) => (s.match(/[0-9０-９]/g) ?? []).join('');
const findingsOf = (t: string) => analyze(t).findings;

/** Throws with a reason when a property does not hold for `text`. */
export function checkProperties(text: string): void {
  const lines = toSource(text).lines;
  const out = analyze(text);
  for (const f of out.findings) {
    inside(lines, f.range, f.code);
    for (const r of f.related ?? []) inside(lines, r.range, `${f.code} related`);
    for (const fix of f.fixes ?? []) for (const e of fix.edits) inside(lines, e.range, `${f.code} fix`);
  }
  const fixed = fixAll(text, findingsOf).text;
  const again = fixAll(fixed, findingsOf).text;
  if (again !== fixed) throw new Error('fix-all is not idempotent');
  const formatted = applyEdits(text, formatDocument(text, out.model, readModel));
  if (digits(formatted) !== digits(text)) throw new Error('format changed a digit');
  if (formatDocument(formatted, readModel(formatted), readModel).length) throw new Error('format is not idempotent');
}
