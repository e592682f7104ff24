// Harness smoke test: activation, display language, commands, language detection.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, code, COMMANDS, EXT_ID, forceFail, LANGUAGE, REPORTS, waitForDiagnostics, waitForLanguage, wsUri } from './util';

const CJK = /[\u4e00-\u9fff]/;

suite('smoke', () => {
  test('the extension activates', async () => {
    const ext = await activate();
    assert.strictEqual(ext.isActive, !forceFail, 'negative control (XXGK_FORCE_FAIL=1) must fail here');
  });

  test('every command id is registered', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(COMMANDS.filter(c => !all.has(c)), []);
  });

  test('display language and localised command titles', function () {
    const expected = process.env.XXGK_EXPECT_LANGUAGE;
    if (expected) assert.strictEqual(vscode.env.language, expected);
    const ext = vscode.extensions.getExtension(EXT_ID)!;
    const titles = (ext.packageJSON.contributes.commands as { command: string; title: string | { value: string } }[])
      .filter(c => c.command.startsWith('xxgk.'))
      .map(c => (typeof c.title === 'string' ? c.title : c.title.value));
    assert.ok(titles.length >= 5, `command titles: ${titles}`);
    const chinese = vscode.env.language.startsWith('zh');
    for (const t of titles) assert.strictEqual(CJK.test(t), chinese, `title “${t}” in display language ${vscode.env.language}`);
  });

  test('a report .txt is detected as xxgk-report, a .txt that is no report stays plaintext', async () => {
    // notes.txt opens first: detection handles documents in the order they open, so once the
    // the report is detected, notes.txt has been looked at too
    const notes = await vscode.workspace.openTextDocument(wsUri('notes.txt'));
    await vscode.window.showTextDocument(notes);
    const uri = wsUri(REPORTS.tabNormalise);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const doc = await waitForLanguage(uri);
    assert.strictEqual(doc.languageId, LANGUAGE);
    assert.strictEqual(vscode.workspace.textDocuments.find(d => d.uri.toString() === notes.uri.toString())?.languageId, 'plaintext');
  });

  test('a .xxgk file is xxgk-report by its extension and gets checked', async () => {
    const doc = await vscode.workspace.openTextDocument(wsUri('sample.xxgk'));
    assert.strictEqual(doc.languageId, LANGUAGE);
    await vscode.window.showTextDocument(doc);
    const ds = await waitForDiagnostics(doc.uri, d => d.length > 0, 'the analysis of sample.xxgk');
    assert.deepStrictEqual(ds.map(d => `${code(d)}@${d.range.start.line + 1}`).sort(), ['t3-balance@49', 't3-row-sum@49']);
  });
});
