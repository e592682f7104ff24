// Hover: a table cell (labels, id, value, relations evaluated), numbers left unread (their readings),
// the 勾稽关系 line of table 三
// (the balance in every column), a section heading (summary and checks).

import type { Hover, MarkupContent } from 'vscode-languageserver';
import { cellAt, contains, explainBalance, explainCell, explainSection, explainUncertainAt } from '../core/explain';
import type { Ctx } from './context';
import { visible } from './visible';

const md = (value: string): MarkupContent => ({ kind: 'markdown', value: visible(value) });

export function registerHover(ctx: Ctx): void {
  ctx.connection.onHover(async (params, token): Promise<Hover | null> => {
    const r = await ctx.analyzer.current(params.textDocument.uri, token);
    const m = r?.model;
    if (!r || !m) return null;
    const p = params.position;
    const cell = cellAt(m, p);
    if (cell?.range) return { contents: md(explainCell(m, r.findings, cell, r.locale)), range: cell.range };
    const unsure = explainUncertainAt(m, p, r.locale);
    if (unsure) return { contents: md(unsure.text), range: unsure.range };
    const note = m.t3?.balanceNoteRange;
    if (note && contains(note, p)) return { contents: md(explainBalance(m, r.locale)), range: note };
    const s = m.sections.find(x => contains(x.range, p));
    if (s) return { contents: md(explainSection(m, r.findings, s, r.locale)), range: s.range };
    return null;
  });
}
