// Random edits of the project's reports (synthetic layouts and families, the fixture reports)
// through analyse, fix-all and format: see helpers/properties.ts. A quick run; `npm run fuzz` runs
// long; the real reports are edited in the conformance suite (test/corpus/properties.test.ts).

import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyRandomEdits, checkProperties, editArb, synthReports } from './helpers/properties';

const SEED = Number(process.env.XXGK_PROPERTY_SEED ?? 20261202);

describe('properties under random edits', () => {
  it('synthetic reports in every layout and family, and the fixture reports', () => {
    const docs = synthReports();
    fc.assert(fc.property(fc.nat({ max: docs.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 6 }), (k, edits) => {
      checkProperties(applyRandomEdits(docs[k], edits));
    }), { numRuns: 120, seed: SEED });
  });
});
