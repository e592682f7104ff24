// Who issues the report (spec §5.3): a people's government or one of its departments.
// The kind decides rules S-OV-2, T2-5 and the publication deadline.

import type { IssuerKind } from './types';

const DEPARTMENT = /(局|委员会|委|办公室|办|中心|厅|署|院|所|站|队|处|室|会|部)$/;
const DEPARTMENT_ANYWHERE = /(局|委员会|办公室|中心|厅|署)/;
const PLACE = /(省|市|县|区|旗|州|盟|镇|乡|街道|自治区|自治州|自治县|开发区|新区)$/;

export function issuerKindOf(issuer: string): IssuerKind {
  const s = issuer.replace(/\s+/g, '');
  if (!s) return 'unknown';
  if (s.endsWith('人民政府')) return 'government';
  if (DEPARTMENT.test(s) || DEPARTMENT_ANYWHERE.test(s)) return 'department';
  if (PLACE.test(s)) return 'government';
  return 'unknown';
}

/** Whether a government may make 规章 (provinces and cities with districts; spec T2-5). */
export function mayMakeRules(issuer: string, kind: IssuerKind): boolean | null {
  if (kind !== 'government') return kind === 'department' ? false : null;
  const place = issuer.replace(/\s+/g, '').replace(/人民政府$/, '');
  if (/(省|自治区|市)$/.test(place) && !/(区|县)/.test(place.slice(-3, -1))) return true;
  if (/(县|区|旗|镇|乡|街道)$/.test(place)) return false;
  return null;
}
