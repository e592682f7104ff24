// Pairs each report of a run with its issuer's report of the year before (spec §5.2), from the
// year and issuer name kept of every report: an index by year and name, not a comparison of
// every pair, so a run of 100,000 reports pairs in linear time.

import { issuerKey, placeTails } from '../core/narrative/pairing';
import { PACKED_LENGTH } from '../core/narrative/year-figures';

/** What pairing keeps of a report. */
export type Key = { year: number | null; issuer: string };

/** A key whose issuer is a copy: a name cut from a report's text would keep the whole text alive
 * as long as the run keeps the key. */
export function pairingKey(year: number | null, issuer: string): Key {
  return { year, issuer: Buffer.from(issuer).toString() };
}

/** A report's key and its packed figures (`packFigures`). */
export interface Pairing { key: Key; figures: Float64Array }

const PER_BLOCK = 1024;

/**
 * What a run keeps of every file for the cross-year checks: each report's key and figures, the
 * figures copied into shared blocks (488 bytes a report, no object of its own), so that 100,000
 * reports hold ~50 MB.
 */
export class PairingStore {
  readonly keys: (Key | null)[] = [];
  private readonly slots: number[] = [];
  private readonly blocks: Float64Array[] = [];
  private used = 0;

  /** The next file's pairing (none for a file that is no report, or has no year or issuer). */
  add(p: Pairing | undefined): void {
    if (!p) { this.keys.push(null); this.slots.push(-1); return; }
    this.keys.push(p.key);
    if (this.used % PER_BLOCK === 0) this.blocks.push(new Float64Array(PER_BLOCK * PACKED_LENGTH));
    this.blocks[this.blocks.length - 1].set(p.figures, (this.used % PER_BLOCK) * PACKED_LENGTH);
    this.slots.push(this.used++);
  }

  /** File `i`'s packed figures (it has a key). */
  figures(i: number): Float64Array {
    const slot = this.slots[i], at = (slot % PER_BLOCK) * PACKED_LENGTH;
    return this.blocks[Math.floor(slot / PER_BLOCK)].subarray(at, at + PACKED_LENGTH);
  }
}

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
