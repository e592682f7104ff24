// Pairs each report of a run with its issuer's report of the year before (spec §5.2), from the
// year and issuer name kept of every report: an index by year and name, not a comparison of
// every pair, so a run of 100,000 reports pairs in linear time.

import { issuerKey, placeTails } from '../core/narrative/pairing';

/** What pairing keeps of a report. */
export type Key = { year: number | null; issuer: string };

/**
 * For each report, the index of its issuer's report of the year before, or -1: the best
 * `issuerMatch` (the first in file order on a tie), as `findPrevious` chooses, through two indexes
 * of the first report by year and name — whole, and without a higher-level place in front
 * (`placeTails`, for `市 + 区` ~ `区`) — so that 100,000 reports, even under one common name
 * (`城关镇`), pair in linear time.
 */
export function pairWithLastYear(keys: (Key | null)[]): number[] {
  const names = keys.map(k => (k?.year != null ? issuerKey(k.issuer) : ''));
  const whole = new Map<string, number>(), withoutPlace = new Map<string, number>();
  const first = (map: Map<string, number>, key: string, i: number) => { if (!map.has(key)) map.set(key, i); };
  names.forEach((name, i) => {
    if (!name) return;
    first(whole, `${keys[i]!.year}|${name}`, i);
    for (const tail of placeTails(name)) first(withoutPlace, `${keys[i]!.year}|${tail}`, i);
  });
  return names.map((name, i) => {
    if (!name) return -1;
    const last = keys[i]!.year! - 1;
    const same = whole.get(`${last}|${name}`);
    if (same !== undefined) return same;
    // Last year's name is this one with a place in front, or this one is last year's with one.
    let best = withoutPlace.get(`${last}|${name}`) ?? -1;
    for (const tail of placeTails(name)) {
      const j = whole.get(`${last}|${tail}`);
      if (j !== undefined && (best < 0 || j < best)) best = j;
    }
    return best;
  });
}
