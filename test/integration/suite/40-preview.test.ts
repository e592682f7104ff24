// The preview panel, checked in the page itself (webview iframe) through the page bridge:
// values, error marks, click → editor selection, live update on typing, light/dark screenshots.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hasPage, page, query, screenshot } from './bridge';
import { closeAll, copyReport, lineOf, nextSelection, numberCells, openReport, R24, REPORTS, typeOver } from './util';

const CELL = 'td[data-id]';
const cell = (id: string) => `td[data-id="${id}"]`;

/** Table 三 and 四 values of pipe-web.txt. */
const PIPE_WEB: Record<string, string> = {
  'R01.C1': '45', 'R01.C2': '5', 'R01.C7': '50', 'R02.C7': '10', 'R03.C7': '7', 'R04.C7': '9',
  'R13.C1': '29', 'R13.C7': '31', 'R21.C7': '1', 'R24.C1': '45', 'R24.C7': '50', 'R25.C7': '10',
  K1: '3', K5: '5', K6: '1', K10: '2', K11: '2', K15: '3',
};

async function theme(name: string, bodyClass: string): Promise<void> {
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', name, vscode.ConfigurationTarget.Global);
  await page('waitFor', { frame: CELL, selector: `body.${bodyClass}` });
}

suite('preview panel', function () {
  let editor: vscode.TextEditor;

  suiteSetup(async function () {
    if (!hasPage()) this.skip();   // desktop runs have no page access
    ({ editor } = await openReport(await copyReport(REPORTS.pipeWeb, 'preview')));
    await vscode.commands.executeCommand('xxgk.openPreview');
    await page('waitFor', { frame: CELL, selector: cell('R01.C7'), text: '50' });
  });
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  test('tables show the report values and mark the error cell', async () => {
    const cells = new Map((await query({ frame: CELL, selector: CELL, attrs: ['data-id'] })).map(e => [e.attrs['data-id']!, e]));
    assert.ok(cells.size >= 25 * 7 + 15, `cells rendered: ${cells.size}`);
    for (const [id, value] of Object.entries(PIPE_WEB)) assert.strictEqual(cells.get(id)?.text, value, id);
    assert.ok(cells.get('R10.C6')!.classes.includes('sev-error'), `R10.C6 (00) classes: ${cells.get('R10.C6')!.classes}`);
    const marked = [...cells.values()].filter(c => c.classes.includes('sev-error')).map(c => c.attrs['data-id']);
    assert.deepStrictEqual(marked, ['R10.C6']);
  });

  test('screenshots in light and dark theme', async () => {
    await theme('Default Light Modern', 'vscode-light');
    await screenshot('preview-light');
    await theme('Default Dark Modern', 'vscode-dark');
    await screenshot('preview-dark');
  });

  test('clicking a cell selects it in the editor', async () => {
    const line = lineOf(editor.document, R24);
    const total = numberCells(editor.document, line).at(-1)!;   // R24.C7
    const selected = nextSelection(editor, s => s.start.line === line);
    await page('click', { frame: CELL, selector: cell('R24.C7') });
    const s = await selected;
    assert.ok(s.isEqual(total.range), `selection ${JSON.stringify(s)}, cell ${JSON.stringify(total.range)}`);
    assert.strictEqual(editor.document.getText(s), '50');
  });

  test('typing in the report updates the panel', async () => {
    const line = lineOf(editor.document, '一、本年新收政府信息公开申请数量');
    const total = numberCells(editor.document, line).at(-1)!;   // R01.C7
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    await typeOver(editor, total.range, '101');
    await page('waitFor', { frame: CELL, selector: cell('R01.C7'), text: '101', hasClass: 'sev-error' });
    await vscode.commands.executeCommand('undo');
    await page('waitFor', { frame: CELL, selector: cell('R01.C7'), text: '50' });
    const [r01] = await query({ frame: CELL, selector: cell('R01.C7') });
    assert.ok(!r01.classes.includes('sev-error'), `${r01.classes}`);
  });
});
