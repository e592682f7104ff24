// Random edits of the real reports through analyse, fix-all and format (helpers/properties.ts):
// no throw, every range inside the text, fix-all and format idempotent, no digit changed by format.

import { it } from 'node:test';
import fc from 'fast-check';
import { applyRandomEdits, checkProperties, editArb, realReports } from '../unit/helpers/properties';
import { SHARED } from './shared';

const SEED = Number(process.env.XXGK_PROPERTY_SEED ?? 20261202);

it('real reports under random edits', () => {
  const real = realReports(SHARED);
  fc.assert(fc.property(fc.nat({ max: real.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 4 }), (k, edits) => {
    checkProperties(applyRandomEdits(real[k].text, edits));
  }), { numRuns: 40, seed: SEED });
});

/** Cases `npm run fuzz` found, kept as they were found. */
const FOUND: [string, { at: number; del: number; insert: string }[]][] = [
  // An undecodable run whose digits end on another virtual line than they start: a reversed range.
  ['corpus/005_hebei-gxt_2023.txt', [{ at: 820885, del: 5, insert: '|' }, { at: 534499, del: 2, insert: '｜总计' }, { at: 707672, del: 0, insert: '｜-9' }, { at: 453150, del: 5, insert: '9007199254740993' }, { at: 537810, del: 1, insert: '(１(\r' }, { at: 182750, del: 3, insert: '\r\n' }]],
  // Flattened table 三 whose header was damaged: its first row's number `一、` was cut off its label,
  // so the label fix inserted `一、` again on every round (fix-all never idempotent).
  ['corpus/008_hebei-gxt_2020.txt', [{ at: 623799, del: 6, insert: '|**申请' }, { at: 717479, del: 1, insert: '\f\f\r—' }, { at: 616254, del: 2, insert: '件（\u202e ' }]],
  // `（七）` | `总计` cut apart in damaged flattened text: the label fix wrote the number again each round.
  ['corpus/005_hebei-gxt_2023.txt', [{ at: 349312, del: 6, insert: "\u4e09\u3001\u6536\u5230\u548c\u5904\u7406\u653f\u5e9c\u4fe1\u606f\u516c\u5f00\u7533\u8bf7\u60c5\u51b5\r" }, { at: 188188, del: 3, insert: "\u3000\n7" }, { at: 554160, del: 1, insert: "" }, { at: 395616, del: 3, insert: "-\uff08\u4e09\uff09\uff08\u4e09\uff09" }, { at: 550824, del: 5, insert: "\u4ef6\uff11\uff09\uff08" }, { at: 788065, del: 3, insert: "\u884c\u653f\u590d\u8bae" }]],
];

for (const [name, edits] of FOUND) {
  it(`found by fuzzing: ${name} with ${edits.length} edits keeps every property`, () => {
    const real = realReports(SHARED).find(r => r.name === name)!;
    checkProperties(applyRandomEdits(real.text, edits));
  });
}
