// Shared helpers of the integration suite: workspace files, activation, waiting for diagnostics
// (event-driven, never fixed sleeps) and simple text/range helpers.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXT_ID = 'xxgk-report.xxgk-report';
export const LANGUAGE = 'xxgk-report';
export const COMMANDS = ['xxgk.openPreview', 'xxgk.newReport', 'xxgk.fixAll', 'xxgk.exportTables', 'xxgk.showProblems', 'xxgk.markReviewed'];
/** The project's fixture reports (test/fixtures/README.md), copied into the test workspace. */
export const REPORTS = {
  tabNormalise: 'tab-normalise.txt',
  pipeWeb: 'pipe-web.txt',
  zeroDept: 'zero-dept.txt',
  tableDefects: 'table-defects.txt',
  splitLabel: 'split-label.txt',
  spaced2023: 'spaced-2023.txt',
  spaced2024: 'spaced-2024.txt',
} as const;

/** Negative control: XXGK_FORCE_FAIL=1 turns one assertion of the smoke test false. */
export const forceFail = process.env.XXGK_FORCE_FAIL === '1';

export function wsUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function activate(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXT_ID);
  assert.ok(ext, `extension ${EXT_ID} not found`);
  await ext.activate();
  return ext;
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(wsUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Diagnostics of our language server (other extensions may publish on the same file). */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === undefined || /xxgk/i.test(d.source));
}

export const code = (d: vscode.Diagnostic): string =>
  typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);

/** Resolves with our diagnostics of `uri` as soon as `ready` holds for them; rejects after `timeoutMs`. */
export function waitForDiagnostics(uri: vscode.Uri, ready: (d: vscode.Diagnostic[]) => boolean,
  what = 'diagnostics', timeoutMs = 30000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const d = ours(uri);
      if (!ready(d)) return false;
      done();
      resolve(d);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics(e => {
      if (e.uris.some(u => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri.path}; have: ${describe(ours(uri))}`));
    }, timeoutMs);
    const done = (): void => { sub.dispose(); clearTimeout(timer); };
    check();
  });
}

export function describe(ds: vscode.Diagnostic[]): string {
  return ds.map(d => `${code(d)}@${d.range.start.line + 1}:${d.range.start.character}(${vscode.DiagnosticSeverity[d.severity]})`).join(', ') || 'none';
}

export const withCode = (ds: vscode.Diagnostic[], c: string): vscode.Diagnostic[] => ds.filter(d => code(d) === c);
export const errors = (ds: vscode.Diagnostic[]): vscode.Diagnostic[] => ds.filter(d => d.severity === vscode.DiagnosticSeverity.Error);

/** Label of row R24 of table 三, `（七）总计`, in any bracket style. */
export const R24 = /[（(]七[)）]\s*总计/;

/** 0-based line of the first line containing `needle`. */
export function lineOf(doc: vscode.TextDocument, needle: string | RegExp): number {
  for (let i = 0; i < doc.lineCount; i++) {
    const text = doc.lineAt(i).text;
    if (typeof needle === 'string' ? text.includes(needle) : needle.test(text)) return i;
  }
  throw new Error(`no line with ${needle} in ${doc.uri.path}`);
}

/** Reverts unsaved changes and closes every editor, so each test starts from the reports as copied. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter(d => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllGroups');
}

/** The document of `uri` once its language is `languageId` (auto-detection re-opens it). */
export function waitForLanguage(uri: vscode.Uri, languageId = LANGUAGE, timeoutMs = 15000): Promise<vscode.TextDocument> {
  const find = (): vscode.TextDocument | undefined =>
    vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString() && d.languageId === languageId);
  return new Promise((resolve, reject) => {
    const hit = find();
    if (hit) { resolve(hit); return; }
    const sub = vscode.workspace.onDidOpenTextDocument(d => {
      if (d.uri.toString() === uri.toString() && d.languageId === languageId) { sub.dispose(); clearTimeout(timer); resolve(d); }
    });
    const timer = setTimeout(() => {
      sub.dispose();
      const now = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
      reject(new Error(`${uri.path} is ${now?.languageId ?? 'not open'}, expected ${languageId} after ${timeoutMs} ms`));
    }, timeoutMs);
  });
}

/** Opens a report and waits until it is detected as a report and analysed (some diagnostics published). */
export async function openReport(name: string): Promise<{ editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[] }> {
  const uri = wsUri(name);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  const doc = await waitForLanguage(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const diagnostics = await waitForDiagnostics(uri, d => d.length > 0, 'the first analysis');
  return { editor, diagnostics };
}

export interface TextCell { text: string; range: vscode.Range }

/** The cells of a table line (TAB or `|` separated) that are numbers, left to right. */
export function numberCells(doc: vscode.TextDocument, line: number): TextCell[] {
  const text = doc.lineAt(line).text;
  const out: TextCell[] = [];
  const re = /(^|[\t|])[ \u3000]*([0-9]+(?:\.[0-9]+)?)[ \u3000]*(?=[\t|]|$)/g;
  for (let m; (m = re.exec(text));) {
    const start = m.index + m[0].indexOf(m[2], m[1].length);
    out.push({ text: m[2], range: new vscode.Range(line, start, line, start + m[2].length) });
    re.lastIndex = start + m[2].length;
  }
  return out;
}

/** Replaces `range` the way a user does: select it and type. */
export async function typeOver(editor: vscode.TextEditor, range: vscode.Range, text: string): Promise<void> {
  editor.selection = new vscode.Selection(range.start, range.end);
  await vscode.commands.executeCommand('type', { text });
}

/** A fresh copy of a report for a test that edits: a new URI never carries stale diagnostics. */
export async function copyReport(name: string, tag: string): Promise<string> {
  const target = `${tag}-${name}`;
  await vscode.workspace.fs.copy(wsUri(name), wsUri(target), { overwrite: true });
  return target;
}

/** Resolves with the next selection change of `editor` that satisfies `ok`. */
export function nextSelection(editor: vscode.TextEditor, ok: (s: vscode.Selection) => boolean, timeoutMs = 15000): Promise<vscode.Selection> {
  return new Promise((resolve, reject) => {
    const sub = vscode.window.onDidChangeTextEditorSelection(e => {
      if (e.textEditor.document !== editor.document || !ok(e.selections[0])) return;
      sub.dispose(); clearTimeout(timer); resolve(e.selections[0]);
    });
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no matching selection in ${timeoutMs} ms; now ${JSON.stringify(editor.selection)}`)); }, timeoutMs);
  });
}
