// 导入年报: a Word file with a wrong total, converted by the command in the real editor, opens as
// a report document with its finding, and the preview names where each cell stood in the file.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hasPage, page, query } from './bridge';
import { closeAll, code, LANGUAGE, waitForDiagnostics, wsUri } from './util';
import { officialReport, toDocx } from '../../unit/helpers/official';
import { consistentData } from '../../unit/helpers/synth';

suite('import', () => {
  suiteTeardown(closeAll);

  test('a Word file opens as a report with its findings, the preview naming each cell\'s place in the file', async () => {
    const data = consistentData();
    data.t3.R24[6] += 1; // （七）总计 / 总计 no longer the sum of its row
    const file = wsUri('导入测试.docx');
    await vscode.workspace.fs.writeFile(file, toDocx(officialReport(data)));
    await vscode.commands.executeCommand('xxgk.importReport', file);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'the converted report is open');
    assert.strictEqual(editor.document.languageId, LANGUAGE);
    assert.match(editor.document.getText(), /（七）总计\t/);
    const ds = await waitForDiagnostics(editor.document.uri, d => d.some(x => code(x) === 't3-row-sum'), 't3-row-sum on the imported report');
    assert.ok(ds.some(x => code(x) === 't3-row-sum'));
    if (!hasPage()) return; // desktop runs have no page access
    const cell = 'td[data-id="R24.C7"]';
    await page('waitFor', { frame: cell, selector: cell });
    const [shown] = await query({ frame: cell, selector: cell, attrs: ['title'] });
    assert.match(shown.attrs.title ?? '', /原文件中的位置：导入测试\.docx 表三 第\d+行 第\d+列（Word 第\d+个表格）/);
  });
});
