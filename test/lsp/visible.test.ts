// Bidirectional controls from the report (U+202E …) never reach the UI raw: diagnostic messages,
// hovers and quick-fix titles show them as `\u202E`.

import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol';
import { visible } from '../../server/src/lsp/visible';
import { FAST, TestClient, uriOf } from './client';
import { sampleReport } from './helpers';

const RAW = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('bidi controls are shown escaped', () => {
  it('visible() writes each control as \\uXXXX and leaves other text alone', () => {
    assert.equal(visible('a\u202Eb\u2066c\u200Fd'), 'a\\u202Eb\\u2066c\\u200Fd');
    assert.equal(visible('收到申请25件'), '收到申请25件');
  });

  let c: TestClient;
  before(async () => { c = await TestClient.start(FAST); });
  after(async () => { await c.stop(); });

  it('in diagnostic messages, hovers and fix titles', async () => {
    const uri = uriOf('bidi.txt');
    // The prose claims 25 new requests where table 三 says 12: the message quotes the sentence.
    const text = sampleReport().replace('（二）依申请公开。', '（二）依申请公开。本年新收政府信息公开申请\u202E25件。');
    c.open(uri, text);
    const diags = await c.diagnostics(uri, 1);
    const quoting = diags.filter(d => d.message.includes('\\u202E'));
    assert.ok(quoting.length > 0, JSON.stringify(diags.map(d => d.message)));
    assert.ok(!diags.some(d => RAW.test(d.message) || d.relatedInformation?.some(r => RAW.test(r.message))));
    const lines = text.split('\n');
    for (const d of quoting) {
      const hover = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: d.range.start });
      if (hover) assert.ok(!RAW.test((hover.contents as MarkupContent).value));
      const actions = await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      for (const a of actions ?? []) assert.ok(!RAW.test(a.title), a.title);
    }
    for (let line = 0; line < lines.length; line++) {
      const hover = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 0 } });
      if (hover) assert.ok(!RAW.test((hover.contents as MarkupContent).value), `hover at line ${line}`);
    }
  });
});
