// Pairs a report with the same issuer's report of the year before (spec §5.2), for the CLI and
// the language server: the issuer names are compared after normalisation, and a name that only
// adds the higher-level place in front (`淮安市洪泽区人民政府` ~ `洪泽区人民政府`) matches too.

import type { ReportModel } from '../model';

/** Comparison key of an issuer name: NFKC, no white space, `人民政府` → `政府`, no trailing `政府`. */
export function issuerKey(name: string): string {
  return name.normalize('NFKC').replace(/[\s\u3000]+/g, '').replace(/人民政府/g, '政府').replace(/政府$/, '');
}

const PLACE_END = /(?:省|市|州|盟|地区|自治区)$/;

/** The names an issuer key also goes by without its higher-level place: each tail, of two
 * characters or more, after a head that ends in 省, 市, 州, 盟, 地区 or 自治区. */
export function placeTails(key: string): string[] {
  const tails: string[] = [];
  for (let k = 1; k <= key.length - 2; k++) if (PLACE_END.test(key.slice(0, k))) tails.push(key.slice(k));
  return tails;
}

/** 2 for the same name, 1 for the same name under a higher-level place, 0 otherwise. */
export function issuerMatch(a: string, b: string): 0 | 1 | 2 {
  const x = issuerKey(a), y = issuerKey(b);
  if (!x || !y) return 0;
  if (x === y) return 2;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (short.length < 2 || !long.endsWith(short)) return 0;
  return PLACE_END.test(long.slice(0, long.length - short.length)) ? 1 : 0;
}

/** The issuer as the title names it; also for titles that open with the year (`2024年度某某局…`). */
export function issuerOf(m: Pick<ReportModel, 'title'>): string {
  if (m.title?.issuer) return m.title.issuer;
  return (m.title?.text ?? '').replace(/^\s*\d{4}\s*年度?/, '').replace(/政府信息公开.*$/, '');
}

/** Last year's report of the same issuer among `models`, or undefined. */
export function findPrevious(models: ReportModel[], model: ReportModel): ReportModel | undefined {
  if (model.year === null) return undefined;
  let best: ReportModel | undefined, score = 0;
  for (const m of models) {
    if (m === model || m.year !== model.year - 1) continue;
    const s = issuerMatch(issuerOf(m), issuerOf(model));
    if (s > score) { best = m; score = s; }
  }
  return best;
}
