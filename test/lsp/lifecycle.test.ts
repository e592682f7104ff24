// Server state over its life: documents opened before `initialize`, pulls for documents never
// opened, requests after `shutdown`.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ErrorCodes, ExitNotification, HoverRequest, ShutdownRequest } from 'vscode-languageserver-protocol';
import { FAST, TestClient, uriOf } from './client';
import { sampleReport } from './helpers';

describe('server life cycle', () => {
  it('a document opened before initialize is checked once initialize comes', { timeout: 10_000 }, async () => {
    const uri = uriOf('early.txt');
    const c = await TestClient.start({ ...FAST, openedEarly: [{ uri, text: sampleReport({ set: { 'K5': '2' } }) }] });
    try {
      const diags = await c.diagnostics(uri, 1);
      assert.ok(diags.some(d => d.code === 't4-sum'), JSON.stringify(diags.map(d => d.code)));
    } finally { await c.stop(); }
  });

  it('pulling diagnostics of documents never opened keeps nothing for them (no settings asked, empty report)', async () => {
    const c = await TestClient.start({ ...FAST, pull: true });
    try {
      const open = uriOf('open.txt');
      c.open(open, sampleReport());
      await c.diagnostics(open);
      const asked = c.configurationRequests;
      for (let i = 0; i < 50; i++) assert.deepEqual(await c.pull(uriOf(`never-${i}.txt`)), { kind: 'full', items: [] });
      assert.equal(c.configurationRequests, asked, 'no settings fetched (and cached) for a document never opened');
      c.close(open);
      assert.deepEqual(await c.pull(open), { kind: 'full', items: [] });
      assert.equal(c.configurationRequests, asked);
    } finally { await c.stop(); }
  });

  it('requests after shutdown are refused with InvalidRequest; exit still ends the server', async () => {
    const c = await TestClient.start(FAST);
    const uri = uriOf('late.txt');
    c.open(uri, sampleReport());
    await c.diagnostics(uri);
    const hover = () => c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } });
    await hover(); // answered before shutdown
    await c.conn.sendRequest(ShutdownRequest.type);
    await assert.rejects(hover(), (e: { code?: number }) => e.code === ErrorCodes.InvalidRequest);
    await assert.rejects(c.conn.sendRequest(ShutdownRequest.type), (e: { code?: number }) => e.code === ErrorCodes.InvalidRequest);
    const exited = new Promise<number | null>(resolve => c.proc.once('exit', code => resolve(code)));
    await c.conn.sendNotification(ExitNotification.type);
    assert.equal(await exited, 0);
    c.conn.dispose();
  });
});
