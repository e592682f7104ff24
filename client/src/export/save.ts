// The export command's user interface: pick a format, save the file (CSV with BOM, .xlsx) or
// copy a table as Markdown. Shared by the command palette and the preview's buttons.

import * as vscode from 'vscode';
import * as path from 'path';
import type { ReportModel } from '../../../server/src/core/model';
import { GRIDS, TABLE_IDS, type TableId } from '../common/grid';
import { hasTable, toCsv, toMarkdown } from './export-tables';
import { toXlsx } from './xlsx';

export type ExportFormat = 'csv' | 'xlsx' | 'markdown';

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: ExportFormat })[] = [
    { label: vscode.l10n.t('CSV file (UTF-8 with BOM, opens in Excel)'), format: 'csv' },
    { label: vscode.l10n.t('Excel workbook (.xlsx), one sheet per table'), format: 'xlsx' },
    { label: vscode.l10n.t('Copy one table as Markdown'), format: 'markdown' },
  ];
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Export tables 二, 三 and 四 as…') }))?.format;
}

async function pickTable(model: ReportModel): Promise<TableId | undefined> {
  const items = TABLE_IDS.filter(t => hasTable(model, t)).map(t => ({ label: GRIDS[t].heading, table: t }));
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Which table?') }))?.table;
}

function defaultUri(source: vscode.Uri, ext: string): vscode.Uri {
  const base = path.posix.basename(source.path).replace(/\.[^.]*$/, '') || 'report';
  const dir = source.scheme === 'file' ? vscode.Uri.joinPath(source, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  return dir ? vscode.Uri.joinPath(dir, `${base}.tables.${ext}`) : vscode.Uri.file(`${base}.tables.${ext}`);
}

async function save(source: vscode.Uri, ext: string, filterName: string, data: () => Promise<Uint8Array>): Promise<void> {
  const target = await vscode.window.showSaveDialog({ defaultUri: defaultUri(source, ext), filters: { [filterName]: [ext] } });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, await data());
  void vscode.window.showInformationMessage(vscode.l10n.t('Tables saved to {0}.', target.fsPath || target.toString()));
}

export async function exportTables(model: ReportModel, source: vscode.Uri, format?: ExportFormat, table?: TableId): Promise<void> {
  if (!TABLE_IDS.some(t => hasTable(model, t))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No table 二, 三 or 四 was found in this report.'));
    return;
  }
  format ??= await pickFormat();
  if (format === 'csv') await save(source, 'csv', 'CSV', async () => new TextEncoder().encode(toCsv(model)));
  else if (format === 'xlsx') await save(source, 'xlsx', 'Excel', () => toXlsx(model));
  else if (format === 'markdown') {
    table ??= await pickTable(model);
    if (!table) return;
    await vscode.env.clipboard.writeText(toMarkdown(model, table));
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} copied as Markdown.', GRIDS[table].heading));
  }
}
