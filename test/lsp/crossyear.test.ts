// Cross-year: last year's report of the same issuer (on disk in the workspace, or open) is passed
// to the engine as `previous`.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../server/src/core/analyze';
import { FAST, TestClient } from './client';
import { sampleReport } from './helpers';

describe('cross-year', () => {
  let c: TestClient;
  let dir: string;
  const lastYear = sampleReport({ year: 2023, set: { 'R25.C1': '3', 'R25.C7': '3' } });
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-years-'));
    fs.mkdirSync(path.join(dir, 'old'));
    fs.writeFileSync(path.join(dir, 'old', '2023.txt'), lastYear);
    fs.writeFileSync(path.join(dir, 'other-issuer-2023.txt'), sampleReport({ year: 2023, issuer: '另一县人民政府' }));
    c = await TestClient.start({ ...FAST, folder: dir });
  });
  after(async () => { await c.stop(); fs.rmSync(dir, { recursive: true, force: true }); });

  const uri2024 = () => pathToFileURL(path.join(dir, '2024.txt')).toString();

  it('finds last year in the workspace folder and checks the carry-over', async () => {
    const text = sampleReport({ year: 2024 });
    c.open(uri2024(), text);
    const diags = await c.diagnostics(uri2024(), 1);
    const carry = diags.filter(d => d.code === 'crossyear-carryover');
    assert.deepEqual(carry.map(d => (d.data as { review: { cells: string[] } }).review.cells[0]).sort(), ['R02.C1', 'R02.C7']);
    const expected = analyze(text, { previous: analyze(lastYear).model }).findings.filter(f => f.code === 'crossyear-carryover');
    assert.deepEqual(carry.map(d => d.message).sort(), expected.map(f => f.message).sort());
  });

  it('the issuer named with its higher-level place matches, as the CLI pairs reports', async () => {
    const uri = pathToFileURL(path.join(dir, 'full-name-2024.txt')).toString();
    c.open(uri, sampleReport({ year: 2024, issuer: '某某市某某县人民政府' }));
    const diags = await c.diagnostics(uri, 1);
    assert.equal(diags.filter(d => d.code === 'crossyear-carryover').length, 2);
  });

  it('an open copy of last year takes precedence, and editing it re-checks this year', async () => {
    const uri2023 = pathToFileURL(path.join(dir, 'old', '2023.txt')).toString();
    const from = c.mark();
    c.open(uri2023, lastYear);
    await c.diagnostics(uri2023, 1, from);
    const m = analyze(lastYear).model;
    const from2 = c.mark();
    c.change(uri2023, [m.t3!.rows.R25!.cells.C1, m.t3!.rows.R25!.cells.C7].map(cell => ({ range: cell.range!, newText: '1' })));
    const e = await c.waitFor('publish', x => x.params.uri === uri2024() && !x.params.diagnostics.some(d => d.code === 'crossyear-carryover'), from2);
    assert.equal(e.params.version, 1, 'this year re-checked without being edited');
  });

  it('a report of another issuer or year is not used', async () => {
    const uri = pathToFileURL(path.join(dir, 'other-2024.txt')).toString();
    c.open(uri, sampleReport({ year: 2024, issuer: '第三县人民政府', set: { 'R02.C1': '5', 'R02.C7': '5' } }));
    const diags = await c.diagnostics(uri, 1);
    assert.ok(!diags.some(d => d.code === 'crossyear-carryover'));
  });
});
