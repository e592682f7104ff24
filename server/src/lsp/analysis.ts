// Runs the engine for open documents: debounced on change (adaptively unless a fixed delay is set: at
// once while the document's last analysis was fast, backing off on documents that take long), cached per URI + version, superseded
// work dropped (nothing is published for a version older than the document's), results pushed
// (`textDocument/publishDiagnostics`) or pulled (`textDocument/diagnostic`), then announced with
// `xxgk/didAnalyze`. Settings, dismissals and last year's report are folded in here.

import type { CancellationToken, Connection, Diagnostic, DocumentDiagnosticReport, DocumentDiagnosticParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../core/analyze';
import type { ReportModel } from '../core/model';
import type { Finding, Locale } from '../core/types';
import { countDiagnostics, engineError, toDiagnostic, tooLarge } from './diagnostics';
import { resolveLocale } from './i18n';
import { isPreviousOf, PreviousFinder, yearKey, type YearKey } from './previous';
import { DidAnalyzeNotification, type ReviewKey } from '../shared/protocol';
import { reviewKey, ReviewStore, type ReviewEntry } from './reviewed';
import type { Settings, SettingsCache } from './settings';

export interface AnalysisResult {
  uri: string;
  version: number;
  text: string;
  locale: Locale;
  settings: Settings;
  /** null when the document is too large or the engine failed. */
  model: ReportModel | null;
  /** Reported findings (levels applied, reviewed ones removed), with their review keys. */
  findings: Finding[];
  keys: ReviewKey[];
  dismissed: number;
  diagnostics: Diagnostic[];
  resultId: string;
  /** URI and model of last year's report used for the cross-year rules. */
  previous: string | null;
  previousModel?: ReportModel;
  /** Dismissals in force for this document when it was analysed. */
  reviewed: ReviewEntry[];
  stamp: string;
}

export interface AnalysisHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: SettingsCache;
  reviews: ReviewStore;
  folders(): string[];
  clientLocale(): string | undefined;
  /** Client pulls diagnostics (`textDocument/diagnostic`). */
  pull(): boolean;
  refreshSupport(): boolean;
  relatedInformation(): boolean;
  /** Fixed delay between a change and its analysis; undefined: adaptive (`Analyzer.delay`). */
  debounceMs?: number;
}

/** Adaptive debounce: after an analysis of at most 25 ms the next change is analysed at once; a longer
 *  one delays the next by its own time (up to 150 ms), so a large document is not analysed for every
 *  keystroke of a burst — but a change that comes alone (none within that delay before it) is
 *  analysed at once. `sinceLastChange`: ms since the document's previous change (Infinity: none). */
export function adaptiveDelay(lastMs: number | undefined, sinceLastChange = 0): number {
  const last = lastMs ?? 0;
  const delay = last <= 25 ? 0 : Math.min(last, 150);
  return sinceLastChange > delay ? 0 : delay;
}

interface Deferred { promise: Promise<void>; resolve(): void }
function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>(r => (resolve = r));
  return { promise, resolve };
}

interface Entry {
  result?: AnalysisResult;
  published?: AnalysisResult;
  notified?: string;
  timer?: NodeJS.Timeout;
  waiting?: Deferred;
  running: Map<string, Promise<AnalysisResult | null>>;
  /** Bumped when last year's report changes, so the cached result is recomputed. */
  gen: number;
  /** How long the document's last analysis took (ms). */
  lastMs?: number;
  /** When the document last changed (performance.now()): a change alone is analysed at once. */
  lastChangeAt?: number;
}

/** Runs the engine with the user's levels (the engine drops `off` rules and applies the others). */
export function runEngine(text: string, locale: Locale, settings: Settings, previous?: ReportModel) {
  return analyze(text, { locale, levels: settings.rules, previous });
}

/** A document that reads as an annual report: a title, two of the six sections, or a table. */
export function looksLikeReport(m: ReportModel): boolean {
  return !!(m.title || m.sections.length >= 2 || m.t2 || m.t3 || m.t4);
}

/** Reported findings of `text` under the same settings, dismissals and previous report as `r`. */
export function findingsLike(r: AnalysisResult, text: string): Finding[] {
  const out = runEngine(text, r.locale, r.settings, r.previousModel);
  return out.findings.filter(f => !ReviewStore.isReviewed(r.reviewed, reviewKey(f, out.model, text)));
}

export class Analyzer {
  private entries = new Map<string, Entry>();
  private epoch = 0;
  private seq = 0;
  private refreshTimer?: NodeJS.Timeout;
  readonly previous: PreviousFinder;

  constructor(private host: AnalysisHost) {
    this.previous = new PreviousFinder(
      host.folders,
      () => [...this.entries].map(([uri, e]) => ({ uri, model: e.result?.model ?? null })),
      text => analyze(text, { locale: 'zh-cn' }).model,
    );
  }

  private entry(uri: string): Entry {
    let e = this.entries.get(uri);
    if (!e) this.entries.set(uri, (e = { running: new Map(), gen: 0 }));
    return e;
  }

  // ---- triggers --------------------------------------------------------------------------

  opened(uri: string): void {
    this.schedule(uri, 0);
  }

  changed(uri: string): void {
    const e = this.entry(uri), now = performance.now();
    const since = e.lastChangeAt === undefined ? Infinity : now - e.lastChangeAt;
    e.lastChangeAt = now;
    void this.host.settings.get(uri).then(s => { if (s.run === 'onType') this.schedule(uri, this.delay(uri, since)); });
  }

  saved(uri: string): void {
    void this.host.settings.get(uri).then(s => { if (s.run === 'onSave') this.schedule(uri, 0, true); });
  }

  closed(uri: string): void {
    const e = this.entries.get(uri);
    if (e?.timer) clearTimeout(e.timer);
    e?.waiting?.resolve();
    this.entries.delete(uri);
    if (!this.host.pull()) void this.host.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Settings or dismissals changed: recompute every open document. */
  invalidateAll(): void {
    this.epoch++;
    for (const doc of this.host.documents.all()) this.schedule(doc.uri, 0, true);
  }

  // ---- computing -------------------------------------------------------------------------

  /** Delay before analysing after a change: the fixed one if set, else adaptive. */
  private delay(uri: string, sinceLastChange?: number): number {
    return this.host.debounceMs ?? adaptiveDelay(this.entries.get(uri)?.lastMs, sinceLastChange);
  }

  private schedule(uri: string, delay: number, refresh = false): void {
    if (!this.host.documents.get(uri)) return;
    const e = this.entry(uri);
    if (e.timer) clearTimeout(e.timer);
    e.waiting ??= deferred();
    e.timer = setTimeout(() => {
      e.timer = undefined;
      const waiting = e.waiting;
      e.waiting = undefined;
      // One run for the version of now; if the text changes meanwhile, that change's own timer
      // runs again and this result is dropped unpublished.
      this.ensure(uri)
        .then(r => { if (r) this.publish(r, refresh); })
        .catch(err => this.host.connection.console.error(String(err?.stack ?? err)))
        .finally(() => waiting?.resolve());
    }, delay);
  }

  private stamp(e: Entry): string {
    return `${this.epoch}:${e.gen}`;
  }

  /** Result for the document's version at call time (null when closed or superseded meanwhile). */
  ensure(uri: string): Promise<AnalysisResult | null> {
    const doc = this.host.documents.get(uri);
    if (!doc) return Promise.resolve(null);
    const e = this.entry(uri);
    const stamp = this.stamp(e);
    if (e.result && e.result.version === doc.version && e.result.stamp === stamp) return Promise.resolve(e.result);
    const key = `${doc.version}:${stamp}`;
    let p = e.running.get(key);
    if (!p) {
      p = this.compute(uri, doc, stamp).finally(() => e.running.delete(key));
      e.running.set(key, p);
    }
    return p;
  }

  /** Result for the document's current version, waiting out newer edits. */
  async current(uri: string, token?: CancellationToken): Promise<AnalysisResult | null> {
    for (;;) {
      const r = await this.ensure(uri);
      const doc = this.host.documents.get(uri);
      if (!doc || token?.isCancellationRequested) return r;
      if (r && r.version === doc.version) return r;
    }
  }

  private async compute(uri: string, doc: TextDocument, stamp: string): Promise<AnalysisResult | null> {
    const version = doc.version, text = doc.getText();
    const superseded = () => this.host.documents.get(uri)?.version !== version;
    const settings = await this.host.settings.get(uri);
    const locale = resolveLocale(settings.language, this.host.clientLocale());
    const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n|$/)));
    const base = { uri, version, text, locale, settings, stamp, resultId: `${version}.${++this.seq}` };
    if (text.length > settings.maxDocumentSize) {
      return this.store({ ...base, model: null, findings: [], keys: [], dismissed: 0, previous: null, reviewed: [], diagnostics: [tooLarge(locale, text.length, settings.maxDocumentSize, firstLine)] });
    }
    const reviewed = await this.reviewsFor(uri);
    const e = this.entry(uri);
    let hint: YearKey | null = yearKey(e.result?.model);
    let prev = hint ? await this.previous.find(uri, hint) : null;
    if (superseded()) return null;
    let out;
    const started = performance.now();
    try {
      out = runEngine(text, locale, settings, prev?.model);
      const key = yearKey(out.model);
      if (key && !(hint && key.issuer === hint.issuer && key.year === hint.year)) {
        hint = key;
        const found = await this.previous.find(uri, key);
        if (superseded()) return null;
        if (found) { prev = found; out = runEngine(text, locale, settings, found.model); } else if (prev) { prev = null; out = runEngine(text, locale, settings); }
      } else if (!key && prev) {
        prev = null;
        out = runEngine(text, locale, settings);
      }
    } catch (err) {
      this.host.connection.console.error(`xxgk: analyze failed for ${uri}: ${(err as Error)?.stack ?? err}`);
      return this.store({ ...base, model: null, findings: [], keys: [], dismissed: 0, previous: null, reviewed, diagnostics: [engineError(locale, err, firstLine)] });
    } finally {
      e.lastMs = performance.now() - started;
    }
    // Markdown is synchronised when xxgk.validateMarkdown is on: only reports are checked.
    if (doc.languageId === 'markdown' && !looksLikeReport(out.model)) {
      return this.store({ ...base, model: null, findings: [], keys: [], dismissed: 0, diagnostics: [], previous: null, reviewed });
    }
    const findings: Finding[] = [], keys: ReviewKey[] = [];
    let dismissed = 0;
    for (const f of out.findings) {
      const k = reviewKey(f, out.model, text);
      if (ReviewStore.isReviewed(reviewed, k)) { dismissed++; continue; }
      findings.push(f);
      keys.push(k);
    }
    const related = this.host.relatedInformation();
    const diagnostics = findings.map((f, i) => toDiagnostic(f, i, keys[i], uri, version, related));
    return this.store({ ...base, model: out.model, findings, keys, dismissed, diagnostics, previous: prev?.uri ?? null, previousModel: prev?.model, reviewed });
  }

  private async reviewsFor(uri: string) {
    try { return await this.host.reviews.entries(uri); } catch { return []; }
  }

  private store(r: AnalysisResult): AnalysisResult {
    const e = this.entries.get(r.uri);
    if (e && (!e.result || r.version >= e.result.version)) e.result = r;
    return r;
  }

  // ---- delivering ------------------------------------------------------------------------

  private publish(r: AnalysisResult, refresh: boolean): void {
    const doc = this.host.documents.get(r.uri);
    const e = this.entries.get(r.uri);
    if (!doc || !e || doc.version !== r.version) return; // superseded: a newer run will publish
    const before = e.published;
    e.published = r;
    if (this.host.pull()) { if (refresh) this.requestRefresh(); } else void this.host.connection.sendDiagnostics({ uri: r.uri, version: r.version, diagnostics: r.diagnostics });
    this.notify(r);
    this.wakeDependents(r, before);
  }

  private notify(r: AnalysisResult): void {
    const e = this.entries.get(r.uri);
    if (!e || e.notified === r.resultId) return;
    e.notified = r.resultId;
    void this.host.connection.sendNotification(DidAnalyzeNotification, { uri: r.uri, version: r.version, counts: countDiagnostics(r.diagnostics) });
  }

  /** Next year's open reports of the same issuer use this one: recompute them. */
  private wakeDependents(r: AnalysisResult, before: AnalysisResult | undefined): void {
    const key = yearKey(r.model);
    if (!key || before?.text === r.text) return;
    for (const [uri, e] of this.entries) {
      const k = yearKey(e.result?.model);
      if (uri === r.uri || !k || !isPreviousOf(key, k)) continue;
      e.gen++;
      this.schedule(uri, this.delay(uri), true);
    }
  }

  private requestRefresh(): void {
    if (!this.host.refreshSupport() || this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.host.connection.languages.diagnostics.refresh();
    }, 0);
  }

  /** `textDocument/diagnostic`: the diagnostics of the current version (last saved in onSave mode). */
  async pullDiagnostics(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = params.textDocument.uri;
    // Never opened (or closed): nothing to report, and nothing kept for it.
    if (!this.host.documents.get(uri)) return { kind: 'full', items: [] };
    const settings = await this.host.settings.get(uri);
    const e = this.entry(uri);
    let r: AnalysisResult | null | undefined;
    if (settings.run === 'onSave' && e.published) r = e.published;
    else {
      if (e.waiting) await e.waiting.promise;
      r = await this.current(uri, token);
      if (r) e.published = r;
    }
    if (!r) return { kind: 'full', items: [] };
    this.notify(r);
    if (params.previousResultId === r.resultId) return { kind: 'unchanged', resultId: r.resultId };
    return { kind: 'full', resultId: r.resultId, items: r.diagnostics };
  }
}
