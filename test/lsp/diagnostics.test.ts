// Diagnostics as you type: push and pull, versions, superseded work, didAnalyze, xxgk/model,
// the max-size notice, settings changes and the UI language.

import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/core/analyze';
import { ruleHref } from '../../server/src/core/registry';
import { ModelRequest, type DiagnosticData } from '../../server/src/shared/protocol';
import { TestClient, uriOf } from './client';
import { engineFindings, ident, report, reports, sampleReport } from './helpers';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

describe('push diagnostics', () => {
  let c: TestClient;
  before(async () => { c = await TestClient.start(); });
  after(() => c.stop());

  for (const doc of reports()) {
    it(`${doc.name}: one diagnostic per engine finding, fully described`, async () => {
      c.open(doc.uri, doc.text);
      const diags = await c.diagnostics(doc.uri, 1);
      const findings = engineFindings(doc.text);
      assert.deepEqual(diags.map(ident).sort(), findings.map(ident).sort());
      for (const d of diags) {
        const f = findings.find(x => ident(x) === ident(d))!;
        assert.equal(d.source, 'xxgk');
        assert.equal(d.severity, SEVERITY[f.severity]);
        assert.equal(d.codeDescription?.href, ruleHref(f.code));
        assert.deepEqual(d.range, f.range);
        assert.equal(findings[(d.data as DiagnosticData).index], f);
        assert.ok(!('fixes' in (d.data as object)), 'fixes stay on the server');
        assert.equal((d.data as DiagnosticData).version, 1);
        assert.equal((d.data as DiagnosticData).review.code, f.code);
        assert.deepEqual(d.relatedInformation?.map(r => r.location.range) ?? [], (f.related ?? []).map(r => r.range));
      }
      const note = await c.waitFor('didAnalyze', e => e.params.uri === doc.uri && e.params.version === 1);
      const counts = { error: 0, warning: 0, information: 0, hint: 0 };
      for (const f of findings) counts[f.severity]++;
      assert.deepEqual(note.params.counts, counts);
      // The fixes stay on the server: at most 1 KB per finding besides its related locations (a sum's
      // failure names every cell of it: 21 on table-defects, 4 KB).
      const bytes = Buffer.byteLength(JSON.stringify(diags.map(d => ({ ...d, relatedInformation: undefined }))));
      assert.ok(bytes <= 1024 * Math.max(1, diags.length), `${bytes} bytes for ${diags.length} findings`);
    });
  }

  it('payload: at most 1 KB per finding on a 1 MiB report, however many fixes the findings have', async () => {
    const uri = uriOf('payload-1m.txt');
    const base = report('split-label').text;
    const prose = '\n' + base.split('\n').filter(l => l.length > 40 && !l.includes('\t')).join('\n');
    const text = base + prose.repeat(Math.ceil((1 << 20) / Buffer.byteLength(prose)));
    c.open(uri, text);
    const diags = await c.diagnostics(uri, 1);
    assert.ok(diags.length > 0);
    assert.ok(engineFindings(text).some(f => (f.fixes?.length ?? 0) > 0), 'some finding has fixes');
    assert.ok(Buffer.byteLength(JSON.stringify(diags)) <= 1024 * diags.length);
    c.close(uri);
  });

  it('an edit is re-checked and published with the new version', async () => {
    const uri = uriOf('edit.txt');
    const text = sampleReport();
    c.open(uri, text);
    assert.equal((await c.diagnostics(uri, 1)).filter(d => d.severity === DiagnosticSeverity.Error).length, 0);
    const cell = analyze(text).model.t3!.rows.R24!.cells.C1;
    const v2 = c.change(uri, [{ range: cell.range!, newText: '11' }]);
    const asked = c.configurationRequests;
    const diags = await c.diagnostics(uri, v2);
    assert.ok(diags.some(d => d.code === 't3-row-sum'), 'the broken row sum is reported');
    assert.equal(c.configurationRequests, asked, 'settings are cached until didChangeConfiguration');
    assert.deepEqual(diags.map(ident).sort(), engineFindings(c.text(uri)).map(ident).sort());
  });

  // The adaptive debounce checks a fast document at once, so a change may be published before the
  // next one arrives; with a fixed debounce a burst is coalesced into its latest version.
  for (const debounce of [undefined, 150]) {
    it(`superseded versions are never published (${debounce === undefined ? 'adaptive' : `fixed ${debounce} ms`} debounce)`, async () => {
      const client = debounce === undefined ? c : await TestClient.start({ initializationOptions: { debounceMs: debounce } });
      try {
        const uri = uriOf('rapid.txt');
        client.open(uri, sampleReport());
        await client.diagnostics(uri, 1);
        const from = client.mark();
        const cell = analyze(sampleReport()).model.t3!.rows.R24!.cells.C1;
        let v = 1;
        for (const digit of ['11', '12', '13', '10']) v = client.change(uri, [{ range: { start: cell.range!.start, end: { line: cell.range!.start.line, character: cell.range!.start.character + 2 } }, newText: digit }]);
        const diags = await client.diagnostics(uri, v, from);
        assert.deepEqual(diags.map(ident).sort(), engineFindings(client.text(uri)).map(ident).sort());
        const versions = client.publishes(uri).slice(-10).map(p => p.version!);
        assert.ok(versions.every((x, i) => i === 0 || x >= versions[i - 1]), `published versions never go back: ${versions}`);
        const published = client.events.slice(from).flatMap(e => (e.kind === 'publish' && e.params.uri === uri ? [e.params.version] : []));
        assert.equal(published[published.length - 1], v, 'the latest version is published last');
        assert.ok(published.every((x, i) => i === 0 || x! > published[i - 1]!), `each version at most once, in order: ${published}`);
        if (debounce !== undefined) assert.deepEqual(published, [v], 'a burst is coalesced into its latest version');
      } finally {
        if (client !== c) await client.stop(); else client.close(uriOf('rapid.txt'));
      }
    });
  }

  it('xxgk/model answers the latest analysis', async () => {
    const doc = report('pipe-web');
    const res = await c.conn.sendRequest(ModelRequest, { uri: doc.uri });
    assert.ok(res);
    assert.equal(res.version, 1);
    assert.deepEqual(res.model, JSON.parse(JSON.stringify(analyze(doc.text).model)));
    assert.deepEqual(res.findings.map(ident).sort(), engineFindings(doc.text).map(ident).sort());
    assert.equal(await c.conn.sendRequest(ModelRequest, { uri: uriOf('not-open.txt') }), null);
  });

  it('closing a document clears its diagnostics', async () => {
    const uri = uriOf('edit.txt');
    const from = c.mark();
    c.close(uri);
    const e = await c.waitFor('publish', x => x.params.uri === uri, from);
    assert.deepEqual(e.params.diagnostics, []);
  });
});

describe('pull diagnostics', () => {
  let c: TestClient;
  before(async () => { c = await TestClient.start({ pull: true }); });
  after(() => c.stop());

  it('answers textDocument/diagnostic for the current version; unchanged when nothing changed', async () => {
    const doc = report('table-defects');
    c.open(doc.uri, doc.text);
    const first = await c.pull(doc.uri);
    assert.equal(first.kind, 'full');
    if (first.kind !== 'full') return;
    assert.deepEqual(first.items.map(ident).sort(), engineFindings(doc.text).map(ident).sort());
    const again = await c.pull(doc.uri, first.resultId);
    assert.equal(again.kind, 'unchanged');
    const v2 = c.change(doc.uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '\n' }]);
    const next = await c.pull(doc.uri, first.resultId);
    assert.equal(next.kind, 'full');
    if (next.kind !== 'full') return;
    assert.deepEqual(next.items.map(ident).sort(), engineFindings(c.text(doc.uri)).map(ident).sort());
    await c.waitFor('didAnalyze', e => e.params.uri === doc.uri && e.params.version === v2);
    assert.equal(c.publishes(doc.uri).length, 0, 'nothing is pushed to a pulling client');
  });

  it('asks the client to refresh when settings change', async () => {
    const from = c.mark();
    c.configure({ rules: { 't3-result-sum': 'off' } });
    await c.waitFor('refresh', () => true, from);
    const result = await c.pull(report('table-defects').uri);
    assert.equal(result.kind, 'full');
    if (result.kind === 'full') assert.ok(result.items.length > 0 && !result.items.some(d => d.code === 't3-result-sum'));
  });
});

describe('settings', () => {
  let c: TestClient;
  before(async () => { c = await TestClient.start(); });
  after(() => c.stop());

  it('a rule turned off disappears; a level override changes the severity', async () => {
    const doc = report('table-defects');
    c.open(doc.uri, doc.text);
    const before = await c.diagnostics(doc.uri, 1);
    const code = 't3-result-sum';
    assert.ok(before.some(d => d.code === code), `table-defects reports ${code}`);
    const other = before.find(d => d.code !== code)!;
    let from = c.mark();
    c.configure({ rules: { [code]: 'off', [String(other.code)]: 'hint' } });
    let after = (await c.waitFor('publish', e => e.params.uri === doc.uri, from)).params.diagnostics;
    assert.ok(!after.some(d => d.code === code));
    assert.equal(after.length, before.filter(d => d.code !== code).length);
    assert.ok(after.filter(d => d.code === other.code).every(d => d.severity === DiagnosticSeverity.Hint));
    from = c.mark();
    c.configure({});
    after = (await c.waitFor('publish', e => e.params.uri === doc.uri, from)).params.diagnostics;
    assert.deepEqual(after.map(ident).sort(), before.map(ident).sort());
  });

  it('above xxgk.maxDocumentSize checking stops with one information diagnostic', async () => {
    const from = c.mark();
    c.configure({ maxDocumentSize: 1000 });
    const uri = uriOf('large.txt');
    const text = sampleReport({ set: { 'R24.C1': '99' } });
    c.open(uri, text);
    const diags = await c.diagnostics(uri, 1, from);
    assert.equal(diags.length, 1);
    assert.equal(diags[0].severity, DiagnosticSeverity.Information);
    assert.equal(diags[0].code, 'max-document-size');
    assert.match(diags[0].message, new RegExp(`${text.length}.*1000`));
    assert.equal(await c.conn.sendRequest(ModelRequest, { uri }), null);
  });

  it('run: onSave checks on save only', async () => {
    let from = c.mark();
    c.configure({ run: 'onSave' });
    const uri = uriOf('onsave.txt');
    const text = sampleReport();
    c.open(uri, text);
    assert.equal((await c.diagnostics(uri, 1, from)).filter(d => d.severity === DiagnosticSeverity.Error).length, 0);
    const cell = analyze(text).model.t3!.rows.R24!.cells.C1;
    from = c.mark();
    const v2 = c.change(uri, [{ range: cell.range!, newText: '11' }]);
    const v3 = c.change(uri, [{ range: { start: cell.range!.start, end: { line: cell.range!.start.line, character: cell.range!.start.character + 2 } }, newText: '12' }]);
    c.save(uri);
    const diags = await c.diagnostics(uri, v3, from);
    assert.ok(diags.some(d => d.code === 't3-row-sum'));
    assert.ok(!c.publishes(uri).some(p => p.version === v2), 'no check between saves');
    c.configure({});
  });
});

describe('UI language', () => {
  it('English client: engine and server messages in English; xxgk.language overrides', async () => {
    const c = await TestClient.start({ locale: 'en', settings: { maxDocumentSize: 1000 } });
    try {
      const uri = uriOf('en.txt');
      c.open(uri, sampleReport());
      const [d] = await c.diagnostics(uri, 1);
      assert.match(d.message, /more than xxgk\.maxDocumentSize \(1000\)/);
      let from = c.mark();
      c.configure({ maxDocumentSize: 1000, language: 'zh-cn' });
      let e = await c.waitFor('publish', x => x.params.uri === uri, from);
      assert.match(e.params.diagnostics[0].message, /超过 xxgk\.maxDocumentSize（1000）/);
      from = c.mark();
      c.configure({ language: 'auto' });
      const doc = report('table-defects');
      c.open(doc.uri, doc.text);
      const diags = await c.diagnostics(doc.uri, 1, from);
      assert.deepEqual(diags.map(ident).sort(), engineFindings(doc.text, 'en').map(ident).sort());
    } finally { await c.stop(); }
  });
});

describe('markdown documents (xxgk.validateMarkdown)', () => {
  it('a Markdown report is checked, other Markdown is left alone', async () => {
    const c = await TestClient.start();
    try {
      const notes = uriOf('notes.md');
      c.open(notes, '# 会议记录\n\n今天讨论了 3 件事，共 12 人参加。\n', 'markdown');
      assert.deepEqual(await c.diagnostics(notes, 1), []);
      assert.equal(await c.conn.sendRequest(ModelRequest, { uri: notes }), null);
      const report = uriOf('report.md');
      const text = sampleReport({ layout: 'pipe', set: { 'R24.C1': '11' } });
      c.open(report, text, 'markdown');
      const diags = await c.diagnostics(report, 1);
      assert.deepEqual(diags.map(ident).sort(), engineFindings(text).map(ident).sort());
      assert.ok(diags.length > 0);
    } finally { await c.stop(); }
  });
});
