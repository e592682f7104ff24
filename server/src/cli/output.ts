// The output formats, written as each file is done: compiler-style text, JSON lines (one object
// per file), the JSON array of spec §11 and SARIF 2.1.0 (both written element by element). A
// file's part is rendered to a string where the file was checked (`render`: in a worker thread,
// so only that string crosses to the main thread, never the model); the printer frames the parts
// and counts.

import { pathToFileURL } from 'url';
import type { ReportModel } from '../core/model';
import { ALL_CODES, codeInfo, ruleHref } from '../core/registry';
import type { Cell, Finding } from '../core/types';
import { T2_IDS, T3_COLS, T3_ROW_IDS, T4_IDS } from '../core/schema';

/** One file: checked (model, findings), skipped as no report, or failed (`error`, with the
 * findings of the text as read when only writing the fixes failed). */
export interface FileResult {
  file: string; model: ReportModel | null; findings: Finding[]; error?: string; skipped?: string;
  /** Files read from Word, web pages or PDF: where a finding stands in the original. */
  source?: (f: Finding) => { where: string; loc: object } | null;
}

export type Format = 'text' | 'json' | 'jsonl' | 'sarif';

/** One file's part of the output, and what the summary and the exit code need of it. */
export interface Rendered {
  body: string;
  /** SARIF tool notifications (a file that failed or was skipped). */
  notes: object[];
  skipped: boolean;
  failed: boolean;
  errors: number;
  warnings: number;
  infos: number;
}

/** A report's findings against its issuer's report of the year before (`previous`, another file
 * of the run): known only once every file is read, so printed after every file's own part. */
export interface CrossYearResult {
  file: string; previous: string; findings: Finding[];
  source?: FileResult['source'];
}

/** `put`: a file's part, in file order; `crossYear`: a cross-year part, after them all. */
export interface Printer { file(r: FileResult): void; put(part: Rendered): void; crossYear(part: Rendered): void; end(): void }

/** A file name on one line: names with control characters (a newline) are printed JSON-quoted. */
export function displayName(file: string): string {
  return /[\u0000-\u001f\u007f]/.test(file) ? JSON.stringify(file) : file;
}

export function tablesJson(model: ReportModel) {
  const { t2, t3, t4 } = model;
  let t3Values: Record<string, Record<string, number | null>> | null = null;
  if (t3) {
    t3Values = {};
    for (const r of T3_ROW_IDS) t3Values[r] = cellValues(T3_COLS, t3.rows[r]?.cells);
  }
  return { t2: t2 ? cellValues(T2_IDS, t2.cells) : null, t3: t3Values, t4: t4 ? cellValues(T4_IDS, t4.cells) : null };
}

/** `{ id: value }` in the ids' order, null for an unread cell or a row not found (a loop: no entry arrays as `Object.fromEntries` needs). */
function cellValues<Id extends string>(ids: readonly Id[], cells: Readonly<Record<Id, Cell>> | undefined): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const id of ids) out[id] = cells ? cells[id].value : null;
  return out;
}

function jsonOf(r: FileResult) {
  return {
    file: r.file,
    ...(r.error ? { error: r.error } : {}),
    ...(r.skipped ? { skipped: r.skipped } : {}),
    report: r.model ? { title: r.model.title?.text ?? null, year: r.model.year, issuerKind: r.model.issuerKind } : null,
    tables: r.model ? tablesJson(r.model) : null,
    diagnostics: diagnosticsJson(r),
  };
}

function diagnosticsJson(r: Pick<FileResult, 'findings' | 'source'>) {
  return r.findings.map(f => ({ code: f.code, severity: f.severity, message: f.message, range: f.range, ...(f.cells?.length ? { cells: f.cells } : {}), ...sourceJson(r, f) }));
}

/** An imported file's finding: `source` with its place in the original and `where` in words. */
function sourceJson(r: Pick<FileResult, 'source'>, f: Finding): { source?: object } {
  const s = r.source?.(f);
  return s ? { source: { ...s.loc, where: s.where } } : {};
}

function counted(findings: Finding[], part: Rendered): Rendered {
  for (const f of findings) {
    if (f.severity === 'error') part.errors++; else if (f.severity === 'warning') part.warnings++; else part.infos++;
  }
  return part;
}

/** `file`'s part of the output in `format`. */
export function render(format: Format, r: FileResult): Rendered {
  const part = counted(r.findings, { body: '', notes: [], skipped: !!r.skipped, failed: r.error !== undefined, errors: 0, warnings: 0, infos: 0 });
  if (format === 'jsonl') part.body = JSON.stringify(jsonOf(r));
  else if (format === 'json') part.body = JSON.stringify(jsonOf(r), null, 2);
  else if (format === 'text') part.body = textOf(r);
  else {
    if (r.error) part.notes.push({ level: 'error', message: { text: `${r.file}: ${r.error}` } });
    if (r.skipped) part.notes.push({ level: 'note', message: { text: `${r.file}: ${r.skipped}` } });
    part.body = r.findings.map(f => JSON.stringify(sarifResult(r, f))).join(',\n');
  }
  return part;
}

/** A cross-year part in `format` (text: each line names last year's file; jsonl: one object with
 * `file`, `previous` and `diagnostics`; SARIF: results like any other). */
export function renderCrossYear(format: Exclude<Format, 'json'>, r: CrossYearResult): Rendered {
  const part = counted(r.findings, { body: '', notes: [], skipped: false, failed: false, errors: 0, warnings: 0, infos: 0 });
  if (format === 'jsonl') part.body = JSON.stringify({ file: r.file, previous: r.previous, diagnostics: diagnosticsJson(r) });
  else if (format === 'text') part.body = findingLines(r, ` [上年报告 / last year: ${displayName(r.previous)}]`).map(l => `${l}\n`).join('');
  else part.body = r.findings.map(f => JSON.stringify(sarifResult(r, f))).join(',\n');
  return part;
}

function findingLines(r: Pick<FileResult, 'file' | 'findings' | 'source'>, note = ''): string[] {
  const name = displayName(r.file);
  return r.findings.map(f => {
    const where = r.source?.(f)?.where;
    return `${name}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${f.message}${where ? ` [${where}]` : ''}${note}`;
  });
}

function textOf(r: FileResult): string {
  const name = displayName(r.file);
  if (r.skipped) return `${name}: skipped ${r.skipped}\n`;
  const lines = findingLines(r);
  if (r.error) lines.push(`${name}: error ${r.error}`);
  return lines.length ? lines.join('\n') + '\n' : '';
}

function textPrinter(write: (s: string) => void): Printer {
  let files = 0, skipped = 0, errors = 0, warnings = 0, infos = 0, crossYear = false;
  const add = (part: Rendered) => {
    errors += part.errors; warnings += part.warnings; infos += part.infos;
    if (part.body) write(part.body);
  };
  const put = (part: Rendered) => {
    if (part.skipped) skipped++; else files++;
    add(part);
  };
  return {
    file: r => put(render('text', r)),
    put,
    crossYear(part) {
      if (!crossYear && part.body) write('跨年度核对（与同一机关上年报告比较） / cross-year checks (against the issuer\'s report of the year before):\n');
      crossYear ||= !!part.body;
      add(part);
    },
    end() {
      write(`${files} 个文件 / files: ${errors} error(s), ${warnings} warning(s), ${infos} information/hint(s)${skipped ? `; ${skipped} 个跳过 / skipped` : ''}\n`);
    },
  };
}

function jsonPrinter(write: (s: string) => void, lines: boolean): Printer {
  let first = true;
  const put = (part: Rendered) => {
    if (lines) { write(part.body + '\n'); return; }
    write((first ? '[\n' : ',\n') + part.body);
    first = false;
  };
  return {
    file: r => put(render(lines ? 'jsonl' : 'json', r)),
    put,
    crossYear: put,
    end() { if (!lines) write(first ? '[]\n' : '\n]\n'); },
  };
}

/** A SARIF artifact URI: a relative reference with each segment percent-encoded, or a file URI. */
export function artifactUri(file: string): string {
  const slashed = file.split('\\').join('/');
  if (/^(?:\/|[A-Za-z]:\/)/.test(slashed)) return pathToFileURL(file).href;
  return slashed.split('/').map(encodeURIComponent).join('/');
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF's `tool.driver.rules`: every registered code, with its descriptions and documentation link. */
function sarifRules() {
  return ALL_CODES.map(id => {
    const info = codeInfo(id);
    return {
      id,
      shortDescription: { text: info.zh },
      fullDescription: { text: info.en, markdown: info.en },
      helpUri: ruleHref(id),
      defaultConfiguration: { level: SARIF_LEVEL[info.severity] },
      properties: { group: info.group, fixable: info.fixable, ...(info.spec ? { spec: info.spec } : {}) },
    };
  });
}

function sarifResult(r: Pick<FileResult, 'file' | 'source'>, f: Finding) {
  const { code, severity, message, range } = f;
  const source = sourceJson(r, f);
  return {
    ruleId: code, ruleIndex: ALL_CODES.indexOf(code), level: SARIF_LEVEL[severity], message: { text: message },
    locations: [{ physicalLocation: {
      artifactLocation: { uri: artifactUri(r.file) },
      region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
    } }],
    ...(source.source ? { properties: source } : {}),
  };
}

/** SARIF written as it goes: the run's head (tool and rules) first, each file's results as it is
 *  done, the invocation (its notifications) last. Only the notifications are kept. */
function sarifPrinter(write: (s: string) => void, version: string): Printer {
  const notifications: object[] = [];
  let ok = true, started = false, results = 0;
  const start = () => {
    if (started) return;
    started = true;
    const head = JSON.stringify({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{
        tool: { driver: { name: 'xxgk', version, informationUri: 'https://github.com/xxgk-report/xxgk-report', rules: sarifRules() } },
        columnKind: 'utf16CodeUnits',
        results: [],
      }],
    }, null, 2);
    // Everything up to the opening of `results`, which the parts fill.
    write(head.slice(0, head.lastIndexOf('[]')) + '[\n');
  };
  const put = (part: Rendered) => {
    start();
    ok &&= !part.failed;
    notifications.push(...part.notes);
    if (!part.body) return;
    write((results ? ',\n' : '') + part.body);
    results++;
  };
  return {
    file: r => put(render('sarif', r)),
    put,
    crossYear: put,
    end() {
      start();
      const invocations = JSON.stringify([{ executionSuccessful: ok, toolExecutionNotifications: notifications }]);
      write(`${results ? '\n' : ''}      ],\n      "invocations": ${invocations}\n    }\n  ]\n}\n`);
    },
  };
}

export function printer(format: Format, write: (s: string) => void, version: string): Printer {
  return format === 'text' ? textPrinter(write) : format === 'sarif' ? sarifPrinter(write, version) : jsonPrinter(write, format === 'jsonl');
}
