// The engine's one entry: text → normalise → sections → tables → report model → rules → findings.

import { sealCells, type Analysis, type ReportModel } from './model';
import type { Finding, Locale, Severity } from './types';
import { buildRelations } from './relations';
import { tableRules } from './rules/table-rules';
import { crossYearRules, narrativeRules } from './narrative/narrative-rules';
import { figuresOf, type YearFigures } from './narrative/year-figures';
import type { Rule, RuleContext } from './rule';
import { findPublishDate, findSections, findTitle, yearFromBody } from './find-sections';
import { issuerKindOf } from './issuer';
import { tableRegions } from './tables/regions';
import { readTable2 } from './tables/t2';
import { readTable3 } from './tables/t3';
import { readTable4 } from './tables/t4';
import { findMisread, markMisread, markUncertainRows } from './tables/confidence';
import { toSource } from './text';
import { segment, toDocumentCoordinates } from './segment';

export interface AnalyzeOptions {
  locale?: Locale;
  /** Per-rule level overrides: a severity, or 'off'. */
  levels?: Record<string, Severity | 'off'>;
  /** Last year's report of the same issuer, for the cross-year rules. */
  previous?: ReportModel;
}

// narrative rules: prose vs tables, required content, cross-year (core/narrative/)
const RULES: Rule[] = [...tableRules, ...narrativeRules];

function readHeader(text: string) {
  // A BOM reads as a space (same length, so every range still fits the text as given).
  const doc = toSource(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);
  const seg = segment(doc);
  const src = seg.src;
  const sections = findSections(src);
  const title = findTitle(src, sections[0]?.range.start.line ?? -1);
  return { doc, seg, src, sections, title, year: title?.year ?? yearFromBody(src) };
}

/** A report's title and year, read without its tables: what pairs it with last year's report. */
export function reportHeader(text: string): Pick<ReportModel, 'title' | 'year'> {
  const { title, year } = readHeader(text);
  return { title, year };
}

export function parseReport(text: string): { model: ReportModel; tableLines: Set<number>; src: ReturnType<typeof toSource>; seg: ReturnType<typeof segment> } {
  const { doc, seg, src, sections, title, year } = readHeader(text);
  const regions = tableRegions(src, sections);
  const t2 = regions.t2 ? readTable2(src, regions.t2.from, regions.t2.to) : null;
  const t3 = regions.t3 ? readTable3(src, regions.t3.from, regions.t3.to) : null;
  const t4 = regions.t4 ? readTable4(src, regions.t4.from, regions.t4.to) : null;
  // Table 三's lines (most of them), with the other tables' added: no new set.
  const tableLines = t3?.lines ?? new Set<number>();
  for (const t of [t2, t4]) if (t) for (const line of t.lines) tableLines.add(line);
  const model: ReportModel = {
    title,
    year,
    issuerKind: title ? issuerKindOf(title.issuer) : 'unknown',
    sections,
    t2: t2?.table ?? null,
    t3: t3?.table ?? null,
    t4: t4?.table ?? null,
    relations: [],
    publishDate: findPublishDate(src),
    lineCount: doc.lines.length,
    eol: src.eol,
  };
  // The tables' cells are final objects from here on (only their values and marks change): their maps are built once.
  sealCells(model);
  markUncertainRows(model);
  model.relations = buildRelations(model);
  const misread = findMisread(model);
  if (misread) {
    model.t3!.misread = misread;
    markMisread(model, misread);
    model.relations = buildRelations(model);
  }
  return { model, tableLines, src, seg };
}

/** The report model alone, in document coordinates (what `analyze` returns, without the rules). */
export function readModel(text: string): ReportModel {
  const { model, seg } = parseReport(text);
  return toDocumentCoordinates(model, seg);
}

/** `push` with the user's levels applied: a finding at its configured severity, or none when off. */
function levelled(levels: AnalyzeOptions['levels'] = {}, push: (f: Finding) => void): (f: Finding) => void {
  return f => {
    const level = levels[f.code];
    if (level !== 'off') push(level ? { ...f, severity: level } : f);
  };
}

const byPlace = (a: Finding, b: Finding) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const { model, tableLines, src, seg } = parseReport(text);
  const findings: Finding[] = [];
  const ctx: RuleContext = {
    src, model, tableLines, locale: options.locale ?? 'zh-cn',
    previous: options.previous && figuresOf(options.previous),
    report: levelled(options.levels, f => findings.push(f)),
  };
  for (const rule of RULES) rule(ctx);
  // Rules work on virtual lines; what leaves the engine speaks of the document's lines.
  const out = toDocumentCoordinates({ model, findings }, seg);
  out.findings.sort(byPlace);
  return out;
}

/** The cross-year findings alone, from figures kept of two analyses (a batch run pairs reports
 * after reading them all): what `analyze` with `previous` adds to this year's findings. */
export function crossYearFindings(now: YearFigures, then: YearFigures, options: Omit<AnalyzeOptions, 'previous'> = {}): Finding[] {
  const findings: Finding[] = [];
  const report = levelled(options.levels, f => findings.push(f));
  for (const rule of crossYearRules) rule(now, then, options.locale ?? 'zh-cn', report);
  return findings.sort(byPlace);
}
