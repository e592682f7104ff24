// How a relation is worded, one way for the hover and the preview: its terms named by the part of
// their labels they do not share (column names within a row, row names within a column), and the
// shared part put in front, e.g. `自然人：（七）总计 = （一）予以公开 + （二）部分公开 + …`. Pure.

import type { Relation } from './model';
import { cellLabel } from './schema';
import type { Locale } from './types';

export interface RelationTerms {
  /** The label part every term shares (a row or a column); '' when they share none. */
  common: string;
  /** Short names of the terms, in the order of `ids`. */
  labels: string[];
}

/** Short names of cells that stand together in a relation, and the label part they share. */
export function relationTerms(ids: readonly string[], locale: Locale): RelationTerms {
  const parts = ids.map(id => cellLabel(id, locale).split(' / '));
  const sameRow = parts.every(p => p[0] === parts[0][0]);
  const sameCol = parts.every(p => p[1] === parts[0][1]);
  if (sameRow && parts[0][1] !== undefined) return { labels: parts.map(p => p[1]), common: parts[0][0] };
  if (sameCol && parts[0][1] !== undefined) return { labels: parts.map(p => p[0]), common: parts[0][1] };
  return { labels: parts.map(p => p.join(' ')), common: '' };
}

/**
 * A relation as an equation of named terms, `行政复议：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`;
 * `side` joins the names of one side (the preview shortens long sums with it).
 */
export function relationEquation(rel: Pick<Relation, 'left' | 'right'>, locale: Locale, side: (names: string[]) => string = names => names.join(' + ')): string {
  const { labels, common } = relationTerms([...rel.left, ...rel.right], locale);
  const head = common ? `${common}：` : '';
  return `${head}${side(labels.slice(0, rel.left.length))} = ${side(labels.slice(rel.left.length))}`;
}
