// Language features through the VS Code API: hover, quick fixes, source.fixAll, document
// symbols, folding and formatting.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, copyReport, describe as list, errors, lineOf, numberCells, openReport, R24, REPORTS, waitForDiagnostics, withCode } from './util';

const hoverText = (hs: vscode.Hover[]): string =>
  hs.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');

const fullRange = (doc: vscode.TextDocument): vscode.Range => new vscode.Range(0, 0, doc.lineCount, 0);

/** All whole-cell numbers of the document, in order (formatting must never change them). */
const allNumbers = (doc: vscode.TextDocument): string[] =>
  Array.from({ length: doc.lineCount }, (_, i) => numberCells(doc, i).map(c => c.text)).flat();

suite('language features', () => {
  teardown(closeAll);

  test('hover on a total shows its relations evaluated', async () => {
    const { editor } = await openReport(REPORTS.tabNormalise);
    const doc = editor.document;
    const total = numberCells(doc, lineOf(doc, R24)).at(-1)!;   // R24.C7 of table 三
    const ok = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, total.range.start));
    assert.match(ok, /= 8 ✓/, ok);
    assert.doesNotMatch(ok, /✗/, ok);

    const bad = await openReport(REPORTS.tableDefects);   // (七)总计 6 ≠ 1
    const cell = withCode(bad.diagnostics, 't3-result-sum')[0];
    assert.ok(cell, `table-defects findings: ${list(bad.diagnostics)}`);
    const failed = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', bad.editor.document.uri, cell.range.start));
    assert.match(failed, /✗/, failed);
  });

  test('the quick fix for 00 changes only that cell and clears the finding', async () => {
    const { editor, diagnostics } = await openReport(await copyReport(REPORTS.pipeWeb, 'quickfix'));
    const doc = editor.document;
    const before = doc.getText();
    const d = withCode(diagnostics, 'number-malformed')[0];
    assert.ok(d, 'number-malformed on 00');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fixes = actions.filter(a => a.edit);
    assert.strictEqual(fixes.length, 1, `quick fixes: ${actions.map(a => a.title)}`);
    assert.ok(await vscode.workspace.applyEdit(fixes[0].edit!));
    const start = doc.offsetAt(d.range.start), end = doc.offsetAt(d.range.start) + 2;
    assert.strictEqual(doc.getText(), before.slice(0, start) + '0' + before.slice(end));
    await waitForDiagnostics(doc.uri, ds => ds.length > 0 && withCode(ds, 'number-malformed').length === 0, 'number-malformed cleared');
  });

  test('the preferred fix of a wrong total sets it to the sum and clears both findings', async () => {
    const { editor, diagnostics } = await openReport(await copyReport('sample.xxgk', 'total'));
    const doc = editor.document;
    const before = doc.getText();
    const d = withCode(diagnostics, 't3-row-sum')[0];
    assert.strictEqual(doc.getText(d.range), '2');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    // t3-row-sum and t3-balance both point at this cell; each offers the same preferred fix
    const preferred = actions.filter(a => a.isPreferred && a.edit);
    const edits = new Set(preferred.map(a => JSON.stringify(a.edit!.get(doc.uri))));
    assert.ok(preferred.length >= 1 && edits.size === 1, `quick fixes: ${actions.map(a => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`)}`);
    assert.ok(await vscode.workspace.applyEdit(preferred[0].edit!));
    const at = doc.offsetAt(d.range.start);
    assert.strictEqual(doc.getText(), before.slice(0, at) + '3' + before.slice(at + 1));
    await waitForDiagnostics(doc.uri, ds => errors(ds).length === 0, 'no errors after the fix');
  });

  test('source.fixAll applies the safe fixes and converges', async () => {
    const { editor, diagnostics } = await openReport(await copyReport(REPORTS.splitLabel, 'fixall'));
    const doc = editor.document;
    assert.strictEqual(withCode(diagnostics, 'label-typo').length, 1);
    const kind = vscode.CodeActionKind.SourceFixAll.value;
    // the server computes the edit on codeAction/resolve: ask for resolved actions
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, fullRange(doc), kind, 5);
    const fixAll = actions.find(a => a.kind?.value.startsWith(kind) && a.edit);
    assert.ok(fixAll, `actions: ${actions.map(a => `${a.kind?.value} ${a.title}`)}`);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    assert.ok(doc.getText().includes('本年废止件数'), 'label typo fixed');
    assert.ok(!doc.getText().includes('本年度止件数'));
    const after = await waitForDiagnostics(doc.uri, ds => ds.length > 0 && withCode(ds, 'label-typo').length === 0, 'label-typo cleared');
    assert.ok(errors(after).length < errors(diagnostics).length || errors(after).length === 0);
    const again = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, fullRange(doc), kind, 5);
    const edits = again.filter(a => a.kind?.value.startsWith(kind)).flatMap(a => a.edit?.entries().flatMap(([, e]) => e) ?? []);
    assert.deepStrictEqual(edits, [], 'a second fixAll has nothing left to do');
  });

  test('the xxgk.fixAll command fixes the report in the editor', async () => {
    const { editor } = await openReport(await copyReport(REPORTS.pipeWeb, 'fixall-command'));
    const doc = editor.document;
    await vscode.commands.executeCommand('xxgk.fixAll');
    assert.ok(doc.isDirty, 'the command edits the document');
    assert.ok(!/\|\s*00\s*\|/.test(doc.getText()), 'the 00 cell was fixed');
    await waitForDiagnostics(doc.uri, ds => ds.length > 0 && withCode(ds, 'number-malformed').length === 0, 'number-malformed cleared');
  });

  test('document symbols: the six sections with the tables inside', async () => {
    const { editor } = await openReport(REPORTS.tabNormalise);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const sections = symbols.filter(s => s.kind === vscode.SymbolKind.Namespace);
    assert.deepStrictEqual(sections.map(s => s.name.slice(0, 2)), ['一、', '二、', '三、', '四、', '五、', '六、']);
    for (const s of sections) assert.ok(editor.document.lineAt(s.selectionRange.start.line).text.includes(s.name.slice(2, 6)), s.name);
    const t3 = sections[2].children.find(c => c.kind === vscode.SymbolKind.Struct);
    assert.ok(t3 && t3.children.length >= 25, `table 三 rows: ${t3?.children.length}`);
  });

  test('folding: every section and every table folds', async () => {
    const { editor } = await openReport(REPORTS.tabNormalise);
    const uri = editor.document.uri;
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    const starts = new Set(folds.map(f => f.start));
    const wanted = symbols.flatMap(s => [s, ...s.children.filter(c => c.kind === vscode.SymbolKind.Struct)]);
    assert.strictEqual(wanted.length, 9, 'six sections and three tables');
    for (const s of wanted) assert.ok(starts.has(s.range.start.line), `${s.name} (line ${s.range.start.line + 1}) does not fold`);
  });

  test('formatting normalises labels, keeps every number and is idempotent', async () => {
    const { editor, diagnostics } = await openReport(await copyReport(REPORTS.tabNormalise, 'format'));
    const doc = editor.document;
    const numbers = allNumbers(doc);
    assert.ok(withCode(diagnostics, 'label-normalise').length > 0);
    const opts = { tabSize: 4, insertSpaces: false };
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, opts);
    assert.ok(edits.length > 0, 'tab-normalise has labels to normalise');
    const we = new vscode.WorkspaceEdit();
    we.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(we));
    assert.deepStrictEqual(allNumbers(doc), numbers);
    const after = await waitForDiagnostics(doc.uri, ds => ds.length === 0 || withCode(ds, 'label-normalise').length === 0, 'labels normalised');
    assert.deepStrictEqual(errors(after), []);
    const again = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, opts);
    assert.deepStrictEqual(again ?? [], [], 'formatting a formatted report changes nothing');
  });
});
