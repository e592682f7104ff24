// Smoke test of the packaged extension: run.js packs the .vsix, installs it with
// `code-server --install-extension` into an empty extensions folder and runs this suite without
// any extensionDevelopmentPath, so everything below exercises the installed copy.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activate, code, COMMANDS, REPORTS, waitForDiagnostics, waitForLanguage, wsUri } from '../suite/util';

function files(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? files(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]);
}

suite('installed .vsix', () => {
  test('the extension runs from the extensions folder, not from the sources', async () => {
    const ext = await activate();
    const dir = process.env.XXGK_EXTENSIONS_DIR;
    assert.ok(dir, 'XXGK_EXTENSIONS_DIR unset');
    assert.ok(ext.extensionPath.startsWith(dir + path.sep), `${ext.extensionPath} is not under ${dir}`);
  });

  test('the package holds the bundles and assets only', () => {
    const ext = vscode.extensions.getExtension('xxgk-report.xxgk-report')!;
    const all = files(ext.extensionPath);
    const allowed = /^(dist\/([\w.-]+\/)*[\w.-]+\.js|media\/.+|syntaxes\/.+|l10n\/.+|package\.json|package\.nls(\.[\w-]+)?\.json|README\.md|CHANGELOG\.md|LICENSE(\.txt)?|\.vsixmanifest)$/i;
    assert.deepStrictEqual(all.filter(f => !allowed.test(f)), []);
    for (const f of ['dist/extension.js', 'dist/server.js', 'media/icon.png', 'package.json', 'LICENSE.txt', 'changelog.md', 'readme.md']) {
      assert.ok(all.some(x => x.toLowerCase() === f.toLowerCase()), `${f} missing from the package: ${all}`);
    }
    assert.ok(all.some(f => /^dist\/webview/.test(f)), 'the preview script is missing');
  });

  test('commands are registered, titles follow the display language', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(COMMANDS.filter(c => !all.has(c)), []);
    assert.strictEqual(vscode.env.language, process.env.XXGK_EXPECT_LANGUAGE ?? vscode.env.language);
    const ext = vscode.extensions.getExtension('xxgk-report.xxgk-report')!;
    const preview = (ext.packageJSON.contributes.commands as { command: string; title: string }[]).find(c => c.command === 'xxgk.openPreview');
    assert.ok(preview && !/^%/.test(preview.title), `openPreview title ${preview?.title}`);
    if (vscode.env.language === 'en') assert.ok(!/[\u4e00-\u9fff]/.test(preview.title), preview.title);
  });

  test('the bundled language server checks a fixture report', async () => {
    const uri = wsUri(REPORTS.pipeWeb);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForLanguage(uri);
    const ds = await waitForDiagnostics(uri, d => d.some(x => code(x) === 'number-malformed'), 'number-malformed');
    const malformed = ds.find(x => code(x) === 'number-malformed')!;
    assert.strictEqual(malformed.severity, vscode.DiagnosticSeverity.Error);
    if (vscode.env.language === 'en') assert.match(malformed.message, /is malformed/, malformed.message);
  });
});
