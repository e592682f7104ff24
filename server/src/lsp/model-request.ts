// `xxgk/model { uri }` → the latest analysis (model and reported findings) of the current version.

import type { Ctx } from './context';
import { ModelRequest, type ModelResult } from '../shared/protocol';

export function registerModelRequest(ctx: Ctx): void {
  ctx.connection.onRequest(ModelRequest, async (params, token): Promise<ModelResult | null> => {
    const r = await ctx.analyzer.current(params.uri, token);
    if (!r?.model) return null;
    return { uri: r.uri, version: r.version, model: r.model, findings: r.findings };
  });
}
