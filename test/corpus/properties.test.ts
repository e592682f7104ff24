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
