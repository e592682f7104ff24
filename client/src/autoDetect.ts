// Switches plain-text documents that are reports to the xxgk-report language (`xxgk.autoDetect`).
// A document is switched at most once a session, so choosing "Plain Text" again sticks.

import * as vscode from 'vscode';
import { isReportText } from '../../server/src/core/detect';
import { LANGUAGE_ID, config, documentHead } from './reports';

export function registerAutoDetect(): vscode.Disposable {
  const switched = new Set<string>();
  const check = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'plaintext' || switched.has(doc.uri.toString())) return;
    if (!(doc.isUntitled || /\.txt$/i.test(doc.uri.path))) return;
    if (!config(doc).get<boolean>('autoDetect', true) || !isReportText(documentHead(doc))) return;
    switched.add(doc.uri.toString());
    void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(check),
    // A report pasted into a new untitled editor.
    vscode.workspace.onDidChangeTextDocument(e => { if (e.document.isUntitled) check(e.document); }),
  );
}
