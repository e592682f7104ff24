// What the preview shows, computed from the server's model and findings: the text, class and
// tooltip of every cell, the summary strip, the charts and the problem list. Pure and
// serialisable; the webview renders it (webview/render.ts) and applies diffs of it (diff.ts).

import { allCells, type ReportModel, type Relation, type T3Row } from '../../../server/src/core/model';
import { relationEquation } from '../../../server/src/core/relation-wording';
import { T3_COL_LABELS, T3_GROUP_LABELS, T3_GROUP_ROWS, cellLabel, type T3RowId } from '../../../server/src/core/schema';
import type { Cell, Finding, Locale, Range, Severity } from '../../../server/src/core/types';
import { GRIDS, TABLE_IDS, rowOfKey, type TableId } from '../common/grid';
import type { CellView, ChartView, Counts, ViewState } from '../common/preview-protocol';
import { format, type PreviewStrings } from '../common/strings';

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
const MAX_TERMS = 4;

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

function formatValue(v: number | null): string {
  return v === null ? '?' : String(v);
}

function relationLine(r: Relation, locale: Locale, s: PreviewStrings): string {
  const side = (terms: string[]) => (terms.length <= MAX_TERMS ? terms.join(' + ') : `${terms.slice(0, 2).join(' + ')} + … (${format(s.terms, terms.length)})`);
  const mark = r.holds === null ? '?' : r.holds ? '✓' : '✗';
  const op = r.holds === false ? '≠' : '=';
  return `${mark} ${relationEquation(r, locale, side)}  (${formatValue(r.leftValue)} ${op} ${formatValue(r.rightValue)})`;
}

function findingLine(f: Finding, s: PreviewStrings): string {
  return `[${s[f.severity]}] ${f.message} (${f.code})`;
}

/** A finding on a cell: `own` when the finding's range is the cell itself (the likely culprit). */
interface CellFinding { f: Finding; own: boolean }

function valueCell(id: string, cell: Cell | undefined, blank: boolean, origin: string | undefined, rels: Relation[], found: CellFinding[], locale: Locale, s: PreviewStrings): CellView {
  const lines = [cellLabel(id, locale)];
  if (origin) lines.push(format(s.origin, origin));
  const cls = ['v'];
  if (cell?.uncertain) {
    // Read but not trusted: the printed text is shown, marked, and never checked.
    cls.push('null', 'uncertain');
    lines.push(cell.raw ? `${s.uncertain} — ${format(s.source, cell.raw)}` : s.uncertain);
  } else if (blank) {
    cls.push('null', 'blank');
    lines.push(s.blank);
  } else if (!cell || cell.value === null) {
    cls.push('null');
    lines.push(cell?.raw ? `${s.unreadable} — ${format(s.source, cell.raw)}` : s.missing);
  } else if (cell.raw !== '' && cell.raw !== String(cell.value)) {
    lines.push(format(s.source, cell.raw));
  }
  for (const r of rels) lines.push(relationLine(r, locale, s));
  for (const { f } of found) lines.push(findingLine(f, s));
  // The culprit is marked strongly; the other cells of a failed relation more lightly.
  const own = worstSeverity(found.filter(x => x.own).map(x => x.f));
  const involved = worstSeverity(found.map(x => x.f));
  if (own) cls.push(`sev-${own}`);
  else if (involved) cls.push(`rel-${involved}`);
  const text = cell && cell.value !== null ? String(cell.value) : cell?.uncertain && cell.raw ? `${cell.raw}?` : blank ? '' : '?';
  return { text, cls: cls.join(' '), title: lines.join('\n') };
}

function worstSeverity(found: Finding[]): Severity | null {
  return found.reduce<Severity | null>((w, f) => (w === null || RANK[f.severity] < RANK[w] ? f.severity : w), null);
}

function worstClass(found: Finding[]): string | null {
  const worst = worstSeverity(found);
  return worst && `sev-${worst}`;
}

function labelView(text: string, notes: string[], found: Finding[], s: PreviewStrings, fallback: string | null): CellView {
  return { text, cls: worstClass(found) ?? fallback ?? '', title: [...notes, ...found.map(f => findingLine(f, s))].join('\n') };
}

/** A row label of table 三: the label as printed when it differs, findings on it, or the row missing. */
function rowLabel(text: string, row: T3Row | undefined, findings: Finding[], s: PreviewStrings): CellView {
  if (!row) return labelView(text, [s.rowMissing], [], s, 'missing-row');
  const range = row.label?.range;
  const found = range ? findings.filter(f => overlaps(f.range, range)) : [];
  return labelView(text, row.labelText !== text ? [format(s.printedLabel, row.labelText)] : [], found, s, null);
}

function tableNote(model: ReportModel, t: TableId, s: PreviewStrings): string | null {
  const table = model[t];
  if (!table) return null;
  const notes = [format(s.layout, s[`layout.${table.layout}`])];
  if (t === 't3' && model.t3 && model.t3.missingColumns.length) {
    notes.push(format(s.missingColumns, model.t3.missingColumns.map(c => T3_COL_LABELS[c]).join('、')));
  }
  return notes.join('；');
}

function sum(values: (number | null)[]): number | null {
  return values.some(v => v === null) ? null : values.reduce<number>((a, v) => a + (v as number), 0);
}

function charts(model: ReportModel, s: PreviewStrings): ChartView[] {
  const cells = allCells(model);
  const v = (id: string) => cells.get(id)?.value ?? null;
  const total = (rows: T3RowId[]) => sum(rows.map(r => v(`${r}.C7`)));
  return [
    {
      title: s.chartResults,
      bars: [
        { label: '予以公开', value: v('R03.C7') },
        { label: '部分公开', value: v('R04.C7') },
        { label: '不予公开', value: total(T3_GROUP_ROWS.refuse) },
        { label: '无法提供', value: total(T3_GROUP_ROWS.unable) },
        { label: '不予处理', value: total(T3_GROUP_ROWS.ignore) },
        { label: '其他处理', value: total(T3_GROUP_ROWS.other) },
      ],
    },
    {
      title: s.chartApplicants,
      bars: (['C1', 'C2', 'C3', 'C4', 'C5', 'C6'] as const).map(c => ({ label: T3_COL_LABELS[c], value: v(`R01.${c}`) })),
    },
  ];
}

/** `origins`: for an imported Word, PDF or web page, where each cell came from, by cell id. */
export function buildView(model: ReportModel, findings: Finding[], locale: Locale, s: PreviewStrings, origins?: Map<string, string>): ViewState {
  const cells = allCells(model);
  const relsByCell = new Map<string, Relation[]>();
  for (const r of model.relations) {
    for (const id of new Set([...r.left, ...r.right])) relsByCell.set(id, [...(relsByCell.get(id) ?? []), r]);
  }
  const findingsByCell = new Map<string, CellFinding[]>();
  for (const f of findings) {
    const own = new Set(cells.list.filter(c => c.range && overlaps(c.range, f.range)).map(c => c.id));
    for (const id of new Set([...own, ...(f.cells ?? [])])) findingsByCell.set(id, [...(findingsByCell.get(id) ?? []), { f, own: own.has(id) }]);
  }

  const blank = new Set([...(model.t3?.blank ?? []), ...(model.t4?.blank ?? [])]);
  const out: Record<string, CellView> = {};
  for (const t of TABLE_IDS) {
    for (const row of GRIDS[t].rows) {
      for (const g of row) {
        if (g.kind === 'value') {
          out[g.id] = valueCell(g.id, model[t] ? cells.get(g.id) : undefined, blank.has(g.id), origins?.get(g.id), relsByCell.get(g.id) ?? [], findingsByCell.get(g.id) ?? [], locale, s);
        } else if (g.kind === 'label' && g.key) {
          const row = rowOfKey(g.key);
          out[g.key] = row && model.t3 ? rowLabel(g.text, model.t3.rows[row], findings, s) : { text: g.text, cls: '', title: '' };
        }
      }
    }
  }
  // A category label (（三）不予公开 …) that carries numbers: a merged cell read as a data row (seed 003).
  for (const cat of model.t3?.categories ?? []) {
    const values = Object.values(cat.cells).map(c => formatValue(c.value)).join(' ');
    const found = findings.filter(f => f.range.start.line <= cat.line && f.range.end.line >= cat.line);
    out[`cat:${cat.group}`] = labelView(T3_GROUP_LABELS[cat.group], [format(s.categoryValues, values)], found, s, 'sev-warning');
  }

  const counts: Counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    summary: { title: model.title?.text ?? null, issuerKind: model.issuerKind, year: model.year, publishDate: model.publishDate, counts },
    tables: { t2: tableNote(model, 't2', s), t3: tableNote(model, 't3', s), t4: tableNote(model, 't4', s) },
    cells: out,
    charts: charts(model, s),
    findings: findings
      .map((f, index) => ({ index, severity: f.severity, code: f.code, message: f.message, line: f.range.start.line }))
      .sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.line - b.line),
  };
}
