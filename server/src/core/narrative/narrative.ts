// The prose read once per analysis and shared by every narrative rule.

import { allCells, type ReportModel } from '../model';
import { Attached } from '../attached';
import type { CellIndex } from '../cell-index';
import type { RuleContext } from '../rule';
import { cellLabel, parseCellId } from '../schema';
import type { Cell, Locale, Related } from '../types';
import { extractClaims, type Claim } from './claims';
import { buildParagraphs, type Paragraph } from './prose';
import { extractSums, type ProseSum } from './sums';
import { toChinese } from './numerals';
import { tokenize } from './tokens';

export interface Narrative { paragraphs: Paragraph[]; claims: Claim[]; sums: ProseSum[]; cells: CellIndex }

const memo = new Attached<ReportModel, Narrative>('narrative');

export function narrativeOf(ctx: RuleContext): Narrative {
  let n = memo.get(ctx.model);
  if (!n) {
    const paragraphs = buildParagraphs(ctx.src, ctx.model, ctx.tableLines);
    const tokens = paragraphs.map(p => tokenize(p.text)); // read once for the claims and the sums
    n = {
      paragraphs, claims: extractClaims(paragraphs, ctx.model.issuerKind, ctx.model.year, tokens), sums: extractSums(paragraphs, tokens),
      cells: allCells(ctx.model),
    };
    memo.set(ctx.model, n);
  }
  return n;
}

/** Related information pointing at table cells. */
export function cellsRelated(cells: Cell[], locale: Locale): Related[] {
  return cells.filter(c => c.range).map(c => ({ range: c.range!, message: `${cellLabel(c.id, locale)} = ${c.raw || c.value}` }));
}

/** `表二` / `表三` / `表四` (or English) for a cell id. */
export function tableName(id: string, locale: Locale): string {
  const table = parseCellId(id)?.table;
  const n = table === 't3' || table === 't3-category' ? 3 : table === 't4' ? 4 : 2;
  return locale === 'en' ? `table ${n}` : `表${'二三四'[n - 2]}`;
}

/** A figure written the way the text wrote the one it replaces. */
export function numeralLike(value: number, chinese: boolean): string {
  return chinese ? toChinese(value) : String(value);
}
