// WorkspaceEdit in the form the client supports (versioned documentChanges when it can).

import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { Ctx } from './context';

export function workspaceEdit(ctx: Ctx, uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
  return ctx.caps.documentChanges
    ? { documentChanges: [{ textDocument: { uri, version }, edits }] }
    : { changes: { [uri]: edits } };
}
