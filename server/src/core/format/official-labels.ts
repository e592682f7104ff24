// The official (full-width) form of every fixed label of tables 二/三/四 and the section
// headings, and a loose key to recognise a printed variant of one (half-width brackets, stray
// spaces, `1．`/`1、` numbering, straight or missing quotes). Typos are not variants: they stay
// for the rules' own quick fixes.

import { normLabel } from '../normalise';
import { SECTION_HEADINGS, T2_BLOCKS, T2_HEADERS, T2_ROWS, T3_COL_LABELS, T3_GROUP_LABELS, T3_ROWS, T4_GROUPS, T4_RESULTS } from '../schema';

export const BALANCE_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

const FIXED: string[] = [
  ...SECTION_HEADINGS,
  ...T2_BLOCKS, ...T2_HEADERS, ...T2_ROWS.map(r => r.label),
  ...T3_ROWS.map(r => r.label), ...Object.values(T3_GROUP_LABELS), ...Object.values(T3_COL_LABELS),
  '申请人情况', '法人或其他组织', BALANCE_NOTE,
  ...T4_GROUPS.flatMap(g => g.split('·')), ...T4_RESULTS,
];

/** Loose comparison key (the engine's): NFKC, no white space, no quotes, `N.` numbering. */
export const labelKey = normLabel;

const BY_KEY = new Map<string, string>();
for (const label of FIXED) BY_KEY.set(labelKey(label), label);

/** The official form of `text` when it is a variant of a fixed label, else null. */
export function officialLabel(text: string): string | null {
  const t = text.trim();
  if (!t || /^[\d\s.,，]*$/.test(t)) return null;
  return BY_KEY.get(labelKey(t)) ?? null;
}
