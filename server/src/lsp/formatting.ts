// Document formatting: tables aligned in their own layout, fixed labels in official form
// (core/format/format-tables.ts). Numbers never change; formatting is idempotent (repeated until stable).

import { readModel } from '../core/analyze';
import { formatDocument } from '../core/format/format-tables';
import type { Ctx } from './context';

export function registerFormatting(ctx: Ctx): void {
  ctx.connection.onDocumentFormatting(async (params, token) => {
    const r = await ctx.analyzer.current(params.textDocument.uri, token);
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!r?.model || !doc || doc.version !== r.version) return [];
    return formatDocument(r.text, r.model, readModel);
  });
}
