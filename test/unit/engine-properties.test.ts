// Random edits of the synthetic reports (and of the real ones, when shared/ is there) through
// analyse, fix-all and format: see helpers/properties.ts. A quick run; `npm run fuzz` runs long.

import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyRandomEdits, checkProperties, editArb, realReports, synthReports } from './helpers/properties';

const SEED = Number(process.env.XXGK_PROPERTY_SEED ?? 20261202);

describe('properties under random edits', () => {
  it('synthetic reports in every layout', () => {
    const docs = synthReports();
    fc.assert(fc.property(fc.nat({ max: docs.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 6 }), (k, edits) => {
      checkProperties(applyRandomEdits(docs[k], edits));
    }), { numRuns: 120, seed: SEED });
  });

  const real = realReports();
  it('real reports', { skip: real.length ? false : 'shared/ not present' }, () => {
    fc.assert(fc.property(fc.nat({ max: real.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 4 }), (k, edits) => {
      checkProperties(applyRandomEdits(real[k].text, edits));
    }), { numRuns: 40, seed: SEED });
  });
});
