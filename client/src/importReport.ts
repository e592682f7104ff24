// `xxgk.importReport`: a Word, PDF or web-page report converted to the canonical text in the
// extension host (the readers are loaded from dist/import.js only now), opened as a report
// document with the preview beside it.

import * as path from 'path';
import * as vscode from 'vscode';
import { importFormatOf, loadImporter } from '../../server/src/import/lazy';
import type { Preview } from './preview/panel';
import { LANGUAGE_ID, uiLocale } from './reports';

const EXTENSIONS = ['docx', 'pdf', 'html', 'htm'];

export async function importReport(preview: Preview, uri?: vscode.Uri): Promise<void> {
  const target = uri ?? (await vscode.window.showOpenDialog({
    canSelectMany: false,
    title: vscode.l10n.t('Import an annual report'),
    filters: { [vscode.l10n.t('Word, PDF or web page')]: EXTENSIONS },
  }))?.[0];
  if (!target) return;
  const format = importFormatOf(target.path);
  if (!format) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Only Word (.docx), PDF and web pages (.html, .htm) can be imported.'));
    return;
  }
  const name = path.posix.basename(target.path);
  try {
    const bytes = await vscode.workspace.fs.readFile(target);
    const imported = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading {0}…', name) },
      () => loadImporter().importBytes(bytes, format),
    );
    const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: imported.text });
    await vscode.window.showTextDocument(doc, { preview: false });
    // The preview names where each cell came from (page, Word or web table cell).
    const importer = loadImporter(), locale = uiLocale(target);
    preview.show(doc.uri, model => {
      const out = new Map<string, string>();
      for (const id of importer.locateCells(imported, model).keys()) {
        const where = importer.describeCell(imported, model, id, locale);
        if (where) out.set(id, `${name} ${where}`);
      }
      return out;
    });
  } catch (e) {
    // The readers' ImportError comes from the import bundle: known by its message in the user's language.
    const localized = (e as { localized?: (l: 'zh-cn' | 'en') => string }).localized;
    const reason = typeof localized === 'function' ? localized.call(e, uiLocale(target)) : String((e as Error).message ?? e);
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} cannot be imported: {1}', name, reason));
  }
}
