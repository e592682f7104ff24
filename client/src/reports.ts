// Which open documents are reports: the xxgk-report language, and markdown whose content is a
// report when `xxgk.validateMarkdown` is on. Also resolves the UI locale of the preview.

import * as vscode from 'vscode';
import type { Locale } from '../../server/src/core/types';
import { isReportText } from '../../server/src/core/detect';

export const LANGUAGE_ID = 'xxgk-report';
/** Detection reads the start of a document only (see server/src/core/detect.ts). */
const DETECT_LINES = 400;

const markdownCache = new WeakMap<vscode.TextDocument, { version: number; report: boolean }>();

export function config(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('xxgk', scope);
}

export function documentHead(doc: vscode.TextDocument): string {
  return doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, DETECT_LINES), 0));
}

export function isReportDocument(doc: vscode.TextDocument): boolean {
  if (doc.languageId === LANGUAGE_ID) return true;
  if (doc.languageId !== 'markdown' || !config().get<boolean>('validateMarkdown', false)) return false;
  const cached = markdownCache.get(doc);
  if (cached?.version === doc.version) return cached.report;
  const report = isReportText(documentHead(doc));
  markdownCache.set(doc, { version: doc.version, report });
  return report;
}

/** The active editor when it shows a report. */
export function activeReportEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && isReportDocument(editor.document) ? editor : undefined;
}

/** Locale of messages and labels: `xxgk.language`, else VS Code's display language. */
export function uiLocale(scope?: vscode.ConfigurationScope): Locale {
  const setting = config(scope).get<string>('language', 'auto');
  if (setting === 'zh-cn' || setting === 'en') return setting;
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}
