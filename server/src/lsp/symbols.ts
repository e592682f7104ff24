// Document symbols: the six sections, tables 二/三/四 inside them, and their rows.

import { SymbolKind, type DocumentSymbol, type Range, type SymbolInformation } from 'vscode-languageserver';
import type { ReportModel } from '../core/model';
import { T2_ROWS, T3_ROW_IDS, T4_GROUPS, T4_GROUPS_EN, T3_GROUP_LABELS } from '../core/schema';
import type { Cell, Locale } from '../core/types';
import { defineMessages } from '../core/messages';
import type { Ctx } from './context';
import { toSource, type SourceText } from '../core/text';

const messages = defineMessages({
  t2Symbol: {
    zh: '表二 主动公开政府信息情况',
    en: 'Table 2 proactive disclosure',
  },
  rowTotal: {
    zh: '总计 {total}',
    en: 'total {total}',
  },
  categoryWithValues: {
    zh: '分类行（带数值）',
    en: 'category row (with numbers)',
  },
  t3Symbol: {
    zh: '表三 收到和处理政府信息公开申请情况',
    en: 'Table 3 requests received and handled',
  },
  t4Symbol: {
    zh: '表四 行政复议、行政诉讼情况',
    en: 'Table 4 reconsideration and litigation',
  },
});

const within = (inner: Range, outer: Range) =>
  (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
  (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));

function lineSpan(src: SourceText, from: number, to: number): Range {
  const last = Math.max(from, Math.min(to, src.lines.length - 1));
  return { start: { line: from, character: 0 }, end: { line: last, character: src.lines[last]?.length ?? 0 } };
}

const values = (cells: Cell[]) => cells.map(c => (c.value === null ? '?' : String(c.value))).join(' / ');

function rowSymbol(src: SourceText, name: string, detail: string, cells: Cell[], line: number | null): DocumentSymbol | null {
  const l = line ?? cells.find(c => c.range)?.range?.start.line;
  if (l === undefined) return null;
  const range = lineSpan(src, l, l);
  return { name, detail, kind: SymbolKind.Field, range, selectionRange: range };
}

function tableSymbols(m: ReportModel, src: SourceText, locale: Locale): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  if (m.t2) {
    const range = lineSpan(src, m.t2.range.start.line, m.t2.range.end.line);
    const children = T2_ROWS.map(r => rowSymbol(src, r.label, values(r.ids.map(id => m.t2!.cells[id])), r.ids.map(id => m.t2!.cells[id]), null)).filter((x): x is DocumentSymbol => !!x && within(x.range, range));
    out.push({ name: messages.text(locale, 't2Symbol'), detail: m.t2.layout, kind: SymbolKind.Struct, range, selectionRange: lineSpan(src, range.start.line, range.start.line), children });
  }
  if (m.t3) {
    const range = lineSpan(src, m.t3.range.start.line, m.t3.range.end.line);
    const children: DocumentSymbol[] = [];
    for (const id of T3_ROW_IDS) {
      const row = m.t3.rows[id];
      if (!row) continue;
      const total = row.cells.C7?.value;
      const s = rowSymbol(src, row.labelText || id, messages.text(locale, 'rowTotal', { total: total ?? '?' }), Object.values(row.cells), row.line);
      if (s && within(s.range, range)) children.push(s);
    }
    for (const cat of m.t3.categories) {
      const s = rowSymbol(src, cat.label?.text || T3_GROUP_LABELS[cat.group], messages.text(locale, 'categoryWithValues'), Object.values(cat.cells), cat.line);
      if (s && within(s.range, range)) children.push(s);
    }
    children.sort((a, b) => a.range.start.line - b.range.start.line);
    out.push({ name: messages.text(locale, 't3Symbol'), detail: m.t3.layout, kind: SymbolKind.Struct, range, selectionRange: lineSpan(src, range.start.line, range.start.line), children });
  }
  if (m.t4) {
    const range = lineSpan(src, m.t4.range.start.line, m.t4.range.end.line);
    const children: DocumentSymbol[] = [];
    (locale === 'en' ? T4_GROUPS_EN : T4_GROUPS).forEach((g, i) => {
      const cells = [1, 2, 3, 4, 5].map(k => m.t4!.cells[`K${i * 5 + k}` as keyof typeof m.t4.cells]);
      const s = rowSymbol(src, g, values(cells), cells, null);
      if (s && within(s.range, range)) children.push(s);
    });
    out.push({ name: messages.text(locale, 't4Symbol'), detail: m.t4.layout, kind: SymbolKind.Struct, range, selectionRange: lineSpan(src, range.start.line, range.start.line), children });
  }
  return out;
}

export function documentSymbols(m: ReportModel, text: string, locale: Locale): DocumentSymbol[] {
  const src = toSource(text);
  const tables = tableSymbols(m, src, locale);
  const out: DocumentSymbol[] = [];
  for (const s of m.sections) {
    const range = lineSpan(src, s.range.start.line, Math.max(s.range.end.line, s.end - 1));
    const selectionRange = within(s.range, range) ? s.range : lineSpan(src, s.range.start.line, s.range.start.line);
    const children = tables.filter(x => within(x.range, range));
    out.push({ name: s.heading, kind: SymbolKind.Namespace, range, selectionRange, children });
  }
  for (const x of tables) if (!out.some(s => s.children?.includes(x))) out.push(x);
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}

function flatten(uri: string, list: DocumentSymbol[], container?: string): SymbolInformation[] {
  return list.flatMap(s => [
    { name: s.name, kind: s.kind, location: { uri, range: s.range }, containerName: container },
    ...flatten(uri, s.children ?? [], s.name),
  ]);
}

export function registerSymbols(ctx: Ctx): void {
  ctx.connection.onDocumentSymbol(async (params, token) => {
    const r = await ctx.analyzer.current(params.textDocument.uri, token);
    if (!r?.model) return [];
    const symbols = documentSymbols(r.model, r.text, r.locale);
    return ctx.caps.hierarchicalSymbols ? symbols : flatten(r.uri, symbols);
  });
}
