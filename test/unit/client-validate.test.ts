// Messages from the webview, into the webview and from the server are checked before use.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { didAnalyze, fromWebview, modelResult, toWebview } from '../../client/src/common/validate';
import { analyze } from '../../server/src/core/analyze';
import { consistentData, synthReport } from './helpers/synth';

describe('messages from the webview', () => {
  it('accepts the four message types', () => {
    assert.deepEqual(fromWebview({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(fromWebview({ type: 'reveal', id: 'R01.C1' }), { type: 'reveal', id: 'R01.C1' });
    assert.deepEqual(fromWebview({ type: 'revealFinding', index: 3 }), { type: 'revealFinding', index: 3 });
    assert.deepEqual(fromWebview({ type: 'export', format: 'csv', table: 't3' }), { type: 'export', format: 'csv', table: 't3' });
    assert.deepEqual(fromWebview({ type: 'export', format: 'xlsx' }), { type: 'export', format: 'xlsx', table: undefined });
  });
  it('drops an unknown type (it used to act as reveal) and wrong field types (a non-string id threw)', () => {
    for (const m of [
      { type: 'revealx', id: 'R01.C1' }, { id: 'R01.C1' }, { type: 'reveal', id: 7 }, { type: 'reveal', id: { toString: 1 } },
      { type: 'reveal' }, { type: 'reveal', id: 'x'.repeat(1000) }, { type: 'revealFinding', index: '1' }, { type: 'revealFinding', index: -1 },
      { type: 'revealFinding', index: 1.5 }, { type: 'export', format: 'exe' }, { type: 'export', format: 'csv', table: 't9' },
      null, undefined, 'reveal', 42, [], ['reveal'],
    ]) assert.equal(fromWebview(m), null, JSON.stringify(m));
  });
});

describe('messages into the webview', () => {
  it('accepts well-formed messages and drops others', () => {
    assert.deepEqual(toWebview({ type: 'highlight', id: null }), { type: 'highlight', id: null });
    assert.deepEqual(toWebview({ type: 'empty', message: '无' }), { type: 'empty', message: '无' });
    assert.ok(toWebview({ type: 'full', uri: 'file:///a', state: {}, strings: {} }));
    assert.ok(toWebview({ type: 'patch', patch: {} }));
    for (const m of [{ type: 'highlight', id: 3 }, { type: 'full', uri: 1, state: {}, strings: {} }, { type: 'patch' }, { type: 'empty' }, { type: 'other' }, null, 'full'])
      assert.equal(toWebview(m), null, JSON.stringify(m));
  });
});

describe('messages from the server', () => {
  it('xxgk/model: a real result passes, a malformed one is dropped', () => {
    const out = analyze(synthReport(consistentData(), 'tab'));
    const ok = { uri: 'file:///a.txt', version: 1, model: out.model, findings: out.findings };
    assert.equal(modelResult(JSON.parse(JSON.stringify(ok))) !== null, true);
    assert.equal(modelResult(null), null);
    assert.equal(modelResult({ ...ok, version: '1' }), null);
    assert.equal(modelResult({ ...ok, model: null }), null);
    assert.equal(modelResult({ ...ok, findings: [{ code: 1 }] }), null);
    assert.equal(modelResult({ ...ok, model: { ...out.model, sections: 'x' } }), null);
  });
  it('xxgk/didAnalyze: counts must be non-negative integers', () => {
    const ok = { uri: 'file:///a.txt', version: 2, counts: { error: 1, warning: 0, information: 3, hint: 0 } };
    assert.deepEqual(didAnalyze(ok), ok);
    assert.equal(didAnalyze({ ...ok, counts: { ...ok.counts, error: -1 } }), null);
    assert.equal(didAnalyze({ ...ok, counts: undefined }), null);
    assert.equal(didAnalyze({ ...ok, uri: null }), null);
  });
});
