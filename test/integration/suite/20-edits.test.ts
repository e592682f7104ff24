// Live analysis: typing a wrong total produces the finding on that cell; undo clears it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, code, copyReport, errors, lineOf, numberCells, openReport, REPORTS, typeOver, waitForDiagnostics } from './util';

suite('editing', () => {
  suiteTeardown(closeAll);

  test('a broken total is reported where it was typed, undo clears it', async () => {
    const { editor, diagnostics } = await openReport(await copyReport(REPORTS.tabNormalise, 'typing'));
    assert.deepStrictEqual(errors(diagnostics), [], 'tab-normalise starts without errors');
    const uri = editor.document.uri;
    const row = lineOf(editor.document, '一、本年新收政府信息公开申请数量');
    const total = numberCells(editor.document, row).at(-1)!;   // R01.C7 (总计)
    assert.strictEqual(total.text, '8');

    await typeOver(editor, total.range, '12');
    const edited = new vscode.Range(total.range.start, total.range.start.translate(0, 2));
    assert.strictEqual(editor.document.getText(edited), '12');
    const broken = await waitForDiagnostics(uri, d => errors(d).length > 0, 'an error after the edit');
    const onCell = errors(broken).filter(d => d.range.isEqual(edited));
    assert.ok(onCell.some(d => code(d) === 't3-row-sum'), `errors: ${errors(broken).map(d => `${code(d)} ${d.message}`)}`);

    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.isDirty, false);
    await waitForDiagnostics(uri, d => d.length > 0 && errors(d).length === 0, 'no errors after undo');
  });
});
