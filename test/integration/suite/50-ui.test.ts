// What a user sees in the workbench: squiggles (screenshot), Chinese command titles in the
// command palette and Chinese messages, when the display language is zh-cn.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hasPage, page, query, screenshot } from './bridge';
import { closeAll, openReport, REPORTS } from './util';

const CJK = /[\u4e00-\u9fff]/;

suite('workbench UI', function () {
  suiteSetup(function () { if (!hasPage()) this.skip(); });
  teardown(async () => {
    await page('keys', { press: ['Escape'] });
    await closeAll();
  });

  test('error squiggles in the editor (screenshot)', async () => {
    const { editor, diagnostics } = await openReport(REPORTS.tableDefects);
    const typo = diagnostics.find(d => d.severity === vscode.DiagnosticSeverity.Error)!;
    editor.revealRange(typo.range, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await page('waitFor', { selector: '.squiggly-error' });
    await screenshot('editor-squiggles');
  });

  test('command palette titles follow the display language', async function () {
    if (!vscode.env.language.startsWith('zh')) this.skip();
    await openReport(REPORTS.tabNormalise);   // some commands show only with a report in the editor
    // the palette also matches the English original of a localised title
    await vscode.commands.executeCommand('workbench.action.quickOpen', '>Annual Report');
    await page('waitFor', { selector: '.quick-input-list .monaco-list-row' });
    // one row per command: the localised title first, the English original below it
    const rows = await query({ selector: '.quick-input-list .monaco-list-row' });
    assert.strictEqual(rows.length, 6, `rows: ${rows.map(r => r.text)}`); // fix all, preview, import, export, new report, problems
    for (const r of rows) assert.match(r.text, /^政府信息公开年报: [\u4e00-\u9fff]/, r.text);
    await screenshot('command-palette-zh-cn');
  });

  test('messages follow the display language', async function () {
    if (!vscode.env.language.startsWith('zh')) this.skip();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('notifications.clearAll');
    void vscode.commands.executeCommand('xxgk.exportTables');   // no report open: a warning
    // the smoke-test driver mode shows no toasts; the notification center lists the message
    await vscode.commands.executeCommand('notifications.showList');
    const selector = '.notifications-center .notification-list-item-message';
    await page('waitFor', { selector });
    const messages = await query({ selector });
    assert.strictEqual(messages.length, 1, messages.map(m => m.text).join(' | '));
    assert.match(messages[0].text, CJK, messages[0].text);
    await screenshot('message-zh-cn');
    await vscode.commands.executeCommand('notifications.hideList');
  });
});
