// Whose figure a sentence states (issue 10): a sub-unit (`县政府办公室本级`, `本机关`, `各部门`) or a
// part of the year or of the channels (`上半年`, `网上`), against the tables, which are the whole
// report's. Bounded look-backs, so a paragraph stays linear.

import type { IssuerKind } from '../types';

/** Sub-units of a people's government, or all levels (`各级行政机关`, wider than the report); a
 * department's own words (`我局`, `本机关`) are its whole scope. */
const GOV_SUB = /(?:[省市县区旗州盟镇乡]?政府(?:办公室|办)?|机关)?本级|[省市县区旗州盟镇乡]?政府(?:办公室|办(?![理结件法]))|办公室|本机关|本单位|本部门|各级|各部门|各单位|各乡镇|乡镇|街道|下属单位|直属单位|[\u4e00-\u9fa5]{1,4}(?:局|委员会)/g;
const DEPT_SUB = /(?:机关本级|本级|各级|下属单位|直属单位|各单位|各乡镇|乡镇|街道)/g;
/** The whole region or body: ends a sub-unit's scope within a sentence. */
const WHOLE = /(?:全[省市县区旗州盟镇乡]|我[省市县区旗州盟镇乡局委厅]|本[省市县区旗州盟镇乡]|全系统|全部门)/g;
/** Figures for part of the year, one channel or requests passed on by others: never the table's
 * figure (`结转下半年` is a misworded 结转下年度, not a part of the year). */
export const PARTIAL = /上半年|(?<!结转[至到入]?)下半年|季度|\d{1,2}月份|网上|在线|线上|线下|当面|现场|信函|邮寄|传真|电子邮件|来信|转办|转交|转来|协助|承办/;

/** The last sub-unit named in `text[from, to)` after any whole-scope word, or null. */
export function subUnit(text: string, from: number, to: number, kind: IssuerKind): string | null {
  const s = text.slice(Math.max(from, to - 60), to);
  let found: string | null = null, at = -1;
  const re = kind === 'department' ? DEPT_SUB : GOV_SUB;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) { found = m[0]; at = m.index; }
  if (found === null) return null;
  WHOLE.lastIndex = 0;
  for (let m = WHOLE.exec(s); m; m = WHOLE.exec(s)) if (m.index > at) return null;
  return found;
}
