// Code actions: every quick fix of the fixture reports applied and re-validated, fix-all, the server's
// fix-all command, and "mark as reviewed".

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/core/analyze';
import { fixAll } from '../../server/src/core/fix/fixAll';
import type { DiagnosticData, MarkReviewedArgs } from '../../server/src/shared/protocol';
import { applyTextEdits, editsFor, FAST, TestClient, uriOf } from './client';
import { report, reports, sampleReport } from './helpers';

const key = (d: Diagnostic) => `${d.code}|${(d.data as DiagnosticData | undefined)?.review.cells.join(',')}`;
const errors = (ds: Diagnostic[]) => new Set(ds.filter(d => d.severity === DiagnosticSeverity.Error).map(key));
/** The fixes of a diagnostic of `text`: its data names the finding by index, the fixes stay on the server. */
const fixesOf = (text: string) => {
  const findings = analyze(text).findings;
  return (d: Diagnostic) => {
    const f = findings[(d.data as DiagnosticData).index];
    assert.equal(f.code, d.code);
    return f.fixes ?? [];
  };
};
const preferredFix = (text: string) => {
  const fixes = fixesOf(text);
  return (d: Diagnostic) => fixes(d).some(f => f.preferred);
};

function offsetAt(text: string, line: number, character: number): number {
  let off = 0;
  for (let l = 0; l < line; l++) off = text.indexOf('\n', off) + 1;
  return off + character;
}

/** Applies edits by splicing, checking they stay inside the text and do not overlap. */
function splice(text: string, edits: TextEdit[]): string {
  const spans = edits.map(e => ({ s: offsetAt(text, e.range.start.line, e.range.start.character), e: offsetAt(text, e.range.end.line, e.range.end.character), t: e.newText }))
    .sort((a, b) => a.s - b.s);
  let out = '', at = 0;
  for (const x of spans) {
    assert.ok(x.s >= at && x.e >= x.s && x.e <= text.length, 'edits inside the text, not overlapping');
    out += text.slice(at, x.s) + x.t;
    at = x.e;
  }
  return out + text.slice(at);
}

async function codeActions(c: TestClient, uri: string, d: Diagnostic | null, only: string[]): Promise<CodeAction[]> {
  const range = d?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: d ? [d] : [], only } });
}

describe('quick fixes on the fixture reports', () => {
  let c: TestClient;
  before(async () => { c = await TestClient.start(FAST); });
  after(() => c.stop());

  for (const doc of reports()) {
    it(`${doc.name}: every fix clears its finding, adds no error, leaves the rest of the text alone`, async () => {
      c.open(doc.uri, doc.text);
      const diags = await c.diagnostics(doc.uri, 1);
      const fixesOfDiag = fixesOf(doc.text);
      const fixable = diags.filter(d => fixesOfDiag(d).length > 0);
      let tried = 0;
      for (const d of fixable) {
        const actions = (await codeActions(c, doc.uri, d, ['quickfix'])).filter(a => a.edit);
        const fixes = fixesOfDiag(d);
        assert.equal(actions.length, fixes.length, `one action per fix of ${d.code}`);
        assert.ok(actions.filter(a => a.isPreferred).length <= 1);
        if (fixes.some(f => f.preferred)) assert.equal(actions.find(a => a.isPreferred)?.title, fixes.find(f => f.preferred)!.title);
        for (const action of actions) {
          const edits = editsFor(action.edit, doc.uri);
          assert.ok(edits.length > 0);
          const expected = splice(doc.text, edits);
          assert.equal(applyTextEdits(doc.text, edits), expected);
          assert.equal(expected.split('\r\n').length, doc.text.split('\r\n').length + edits.reduce((n, e) => n + e.newText.split('\r\n').length - 1, 0) - countCrlfRemoved(doc.text, edits));
          const v = c.change(doc.uri, edits);
          assert.equal(c.text(doc.uri), expected);
          const after = await c.diagnostics(doc.uri, v);
          assert.ok(!after.some(x => key(x) === key(d) && x.message === d.message), `${action.title}: ${d.code} is gone`);
          for (const e of errors(after)) assert.ok(errors(diags).has(e), `${action.title}: no new error (${e})`);
          const back = c.change(doc.uri, doc.text);
          await c.diagnostics(doc.uri, back);
          tried++;
        }
      }
      assert.equal(tried, fixable.reduce((n, d) => n + fixesOfDiag(d).length, 0));
    });
  }
});

function countCrlfRemoved(text: string, edits: TextEdit[]): number {
  return edits.reduce((n, e) => {
    const s = offsetAt(text, e.range.start.line, e.range.start.character), t = offsetAt(text, e.range.end.line, e.range.end.character);
    return n + text.slice(s, t).split('\r\n').length - 1;
  }, 0);
}

describe('fix all', () => {
  let c: TestClient;
  before(async () => { c = await TestClient.start(FAST); });
  after(() => c.stop());

  for (const doc of reports()) {
    it(`${doc.name}: source.fixAll.xxgk applies every preferred fix at once`, async () => {
      c.open(doc.uri, doc.text);
      const diags = await c.diagnostics(doc.uri, 1);
      const actions = await codeActions(c, doc.uri, null, ['source.fixAll']);
      if (!diags.some(preferredFix(doc.text))) { assert.equal(actions.length, 0); return; }
      assert.equal(actions.length, 1);
      assert.equal(actions[0].kind, 'source.fixAll.xxgk');
      const resolved: CodeAction = await c.conn.sendRequest('codeAction/resolve', actions[0]);
      const edits = editsFor(resolved.edit, doc.uri);
      const v = c.change(doc.uri, edits);
      const after = await c.diagnostics(doc.uri, v);
      const left = after.filter(preferredFix(c.text(doc.uri)));
      assert.equal(left.length, 0, `nothing left to fix: ${left.map(d => d.code)}`);
      assert.ok(after.length < diags.length);
      for (const e of errors(after)) assert.ok(errors(diags).has(e), `no new error (${e})`);
      const again = await codeActions(c, doc.uri, null, ['source.fixAll.xxgk']);
      assert.equal(again.length, 0, 'fix-all is idempotent');
    });
  }

  it('failures blaming the same cell with the same correction share one quick fix', async () => {
    const uri = uriOf('same-cell.txt');
    c.open(uri, sampleReport({ set: { 'R24.C1': '11' } }));
    const diags = (await c.diagnostics(uri, 1)).filter(d => d.severity === DiagnosticSeverity.Error);
    assert.deepEqual(diags.map(d => d.code).sort(), ['t3-balance', 't3-result-sum', 't3-row-sum']);
    const actions: CodeAction[] = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diags[0].range, context: { diagnostics: diags, only: ['quickfix'] } });
    const fixes = actions.filter(a => a.edit);
    assert.equal(fixes.length, 1);
    assert.equal(fixes[0].diagnostics!.length, 3);
    assert.equal(fixes[0].isPreferred, true);
  });

  it('CRLF and BOM are kept', async () => {
    const uri = uriOf('crlf.txt');
    const text = sampleReport({ crlf: true, bom: true, set: { 'R24.C1': '11', 'K5': '2' } });
    c.open(uri, text);
    const diags = await c.diagnostics(uri, 1);
    assert.ok(diags.filter(d => d.severity === DiagnosticSeverity.Error).length >= 2);
    const [action] = await codeActions(c, uri, null, ['source.fixAll.xxgk']);
    const resolved: CodeAction = await c.conn.sendRequest('codeAction/resolve', action);
    const fixed = applyTextEdits(text, editsFor(resolved.edit, uri));
    assert.equal(fixed, sampleReport({ crlf: true, bom: true }));
  });

  it('dependent fixes converge over several rounds; the combined edits are minimal', async () => {
    const doc = report('table-defects');
    const text = '\uFEFF' + doc.text.replace(/\r?\n/g, '\r\n');
    const expected = fixAll(text, t => analyze(t).findings);
    assert.ok(expected.rounds >= 2, 'table-defects needs more than one round');
    const uri = uriOf('table-defects-crlf.txt');
    c.open(uri, text);
    await c.diagnostics(uri, 1);
    const [action] = await codeActions(c, uri, null, ['source.fixAll.xxgk']);
    const resolved: CodeAction = await c.conn.sendRequest('codeAction/resolve', action);
    const edits = editsFor(resolved.edit, uri);
    assert.equal(applyTextEdits(text, edits), expected.text);
    for (const e of edits) {
      const s0 = offsetAt(text, e.range.start.line, e.range.start.character), s1 = offsetAt(text, e.range.end.line, e.range.end.character);
      const old = text.slice(s0, s1);
      assert.ok(!old || !e.newText || (old[0] !== e.newText[0] && old.at(-1) !== e.newText.at(-1)), `edit ${JSON.stringify(e)} touches only what it changes`);
      assert.ok(!(text[s0 - 1] === '\r' && text[s0] === '\n'), 'never splits CRLF');
    }
  });

  it('the xxgk.server.fixAll command applies the same edit through workspace/applyEdit', async () => {
    const uri = uriOf('cmd.txt');
    const text = sampleReport({ layout: 'pipe', set: { 'R24.C1': '11' } });
    c.open(uri, text);
    await c.diagnostics(uri, 1);
    const res = await c.conn.sendRequest('workspace/executeCommand', { command: 'xxgk.server.fixAll', arguments: [{ uri }] });
    assert.deepEqual(res, { applied: 1 });
    assert.equal(applyTextEdits(text, editsFor(c.applied.at(-1), uri)), sampleReport({ layout: 'pipe' }));
  });
});

describe('mark as reviewed', () => {
  let c: TestClient;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-review-'));
    c = await TestClient.start({ ...FAST, folder: dir });
  });
  after(async () => { await c.stop(); fs.rmSync(dir, { recursive: true, force: true }); });

  it('dismisses a finding into .vscode/xxgk-reviewed.json; survives unrelated edits, lapses when its values change', async () => {
    const uri = pathToFileURL(path.join(dir, 'reports', '2024.txt')).toString();
    const text = sampleReport({ set: { 'K5': '2' } });
    c.open(uri, text);
    const diags = await c.diagnostics(uri, 1);
    const target = diags.find(d => d.code === 't4-sum')!;
    assert.ok(target, 't4-sum reported');
    const actions = await codeActions(c, uri, target, ['quickfix']);
    const review = actions.find(a => a.command?.command === 'xxgk.markReviewed');
    assert.ok(review && !review.edit, 'a review action that carries a command, no edit');
    const args = review.command!.arguments![0] as MarkReviewedArgs;
    assert.equal(args.uri, uri);
    assert.equal(args.code, 't4-sum');
    let from = c.mark();
    await c.conn.sendRequest('workspace/executeCommand', { command: 'xxgk.server.markReviewed', arguments: [{ ...args, reason: '复议案件跨年度，已核实' }] });
    let after = (await c.waitFor('publish', e => e.params.uri === uri, from)).params.diagnostics;
    assert.ok(!after.some(d => d.code === 't4-sum'), 'dismissed');
    assert.equal(after.length, diags.length - 1);
    const store = JSON.parse(fs.readFileSync(path.join(dir, '.vscode', 'xxgk-reviewed.json'), 'utf8'));
    assert.equal(store.reviewed.length, 1);
    assert.equal(store.reviewed[0].file, 'reports/2024.txt');
    assert.equal(store.reviewed[0].reason, '复议案件跨年度，已核实');
    assert.deepEqual(store.reviewed[0].cells, args.cells);
    assert.equal(c.text(uri), text, 'the report text is untouched');
    assert.equal(c.applied.length, 0);

    const v2 = c.change(uri, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, newText: '新增一行说明。\n' }]);
    assert.ok(!(await c.diagnostics(uri, v2)).some(d => d.code === 't4-sum'), 'still dismissed after an unrelated edit');

    const k1 = analyze(c.text(uri)).model.t4!.cells.K1;
    const v3 = c.change(uri, [{ range: k1.range!, newText: '5' }]);
    after = await c.diagnostics(uri, v3);
    assert.ok(after.some(d => d.code === 't4-sum'), 'reported again once a value involved changed');
  });

  it('a reason is required', async () => {
    await assert.rejects(c.conn.sendRequest('workspace/executeCommand', { command: 'xxgk.server.markReviewed', arguments: [{ uri: uriOf('x.txt'), code: 'x', cells: [], values: [], reason: ' ' }] }));
  });
});

describe('mark as reviewed in an untrusted workspace', () => {
  it('neither reads nor writes the store', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-untrusted-'));
    const c = await TestClient.start({ ...FAST, folder: dir, initializationOptions: { debounceMs: 0, workspaceTrusted: false } });
    try {
      const uri = pathToFileURL(path.join(dir, '2024.txt')).toString();
      const text = sampleReport({ set: { 'K5': '2' } });
      const key = { code: 't4-sum', cells: [], values: [] };
      fs.mkdirSync(path.join(dir, '.vscode'));
      c.open(uri, text);
      const target = (await c.diagnostics(uri, 1)).find(d => d.code === 't4-sum')!;
      const review = (target.data as DiagnosticData).review;
      fs.writeFileSync(path.join(dir, '.vscode', 'xxgk-reviewed.json'), JSON.stringify({ version: 1, reviewed: [{ file: '2024.txt', ...review, reason: 'x', reviewedAt: '' }] }));
      const v2 = c.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: ' ' }]);
      assert.ok((await c.diagnostics(uri, v2)).some(d => d.code === 't4-sum'), 'store not read');
      await assert.rejects(c.conn.sendRequest('workspace/executeCommand', { command: 'xxgk.server.markReviewed', arguments: [{ uri, ...key, message: '', reason: 'x' }] }));
    } finally { await c.stop(); fs.rmSync(dir, { recursive: true, force: true }); }
  });

  it('in a trusted workspace the same hand-written store dismisses the finding', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-trusted-'));
    const c = await TestClient.start({ ...FAST, folder: dir });
    try {
      const uri = pathToFileURL(path.join(dir, '2024.txt')).toString();
      c.open(uri, sampleReport({ set: { 'K5': '2' } }));
      const target = (await c.diagnostics(uri, 1)).find(d => d.code === 't4-sum')!;
      fs.mkdirSync(path.join(dir, '.vscode'));
      fs.writeFileSync(path.join(dir, '.vscode', 'xxgk-reviewed.json'), JSON.stringify({ version: 1, reviewed: [{ file: '2024.txt', ...(target.data as DiagnosticData).review, reason: 'x', reviewedAt: '' }] }));
      const v2 = c.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: ' ' }]);
      assert.ok(!(await c.diagnostics(uri, v2)).some(d => d.code === 't4-sum'));
    } finally { await c.stop(); fs.rmSync(dir, { recursive: true, force: true }); }
  });
});
