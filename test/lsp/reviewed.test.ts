// The review store (`.vscode/xxgk-reviewed.json`) never loses a byte: a store that does not
// parse is never written, unknown fields and layout survive, concurrent marks all land, writes
// are atomic, and only documents inside a workspace folder may create a store.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ReviewStore, ReviewStoreError, STORE_NAME } from '../../server/src/lsp/reviewed';
import type { DiagnosticData } from '../../server/src/shared/protocol';
import { FAST, TestClient } from './client';
import { sampleReport } from './helpers';

const key = (n: number) => ({ code: 't4-sum', cells: [`K${n}`], values: [String(n)] });

describe('review store', () => {
  let dir: string;
  let store: string;
  let reviews: ReviewStore;
  const doc = () => pathToFileURL(path.join(dir, 'reports', '2024.txt')).toString();
  const write = (text: string) => { fs.mkdirSync(path.dirname(store), { recursive: true }); fs.writeFileSync(store, text); };
  const read = () => fs.readFileSync(store, 'utf8');

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-store-'));
    store = path.join(dir, STORE_NAME);
    reviews = new ReviewStore(() => [dir]);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const [what, text, line] of [
    ['a trailing comma', '{\n  "version": 1,\n  "reviewed": [\n    {"file": "reports/2024.txt", "code": "t4-sum", "cells": ["K1"], "values": ["1"], "reason": "a"},\n  ]\n}\n', 5],
    ['git conflict markers', '{\n  "version": 1,\n<<<<<<< HEAD\n  "reviewed": [{"file": "a.txt", "code": "x", "cells": [], "values": [], "reason": "mine"}]\n=======\n  "reviewed": [{"file": "b.txt", "code": "y", "cells": [], "values": [], "reason": "theirs"}]\n>>>>>>> other\n}\n', 3],
  ] as const) {
    it(`refuses to write a store with ${what}, naming the line; the file is left as it was`, async () => {
      write(text);
      const err = await reviews.add(doc(), key(1), 'why').then(() => null, (e: unknown) => e);
      assert.ok(err instanceof ReviewStoreError, String(err));
      assert.equal(err.kind, 'unparsable');
      assert.equal(err.line, line);
      assert.equal(read(), text);
    });
  }

  it('reads the dismissals of a store with a trailing comma as far as it parses', async () => {
    write('{"version": 1, "reviewed": [{"file": "reports/2024.txt", "code": "t4-sum", "cells": ["K1"], "values": ["1"], "reason": "a"},]}');
    assert.equal((await reviews.entries(doc())).length, 1);
  });

  it('keeps unknown fields, the version, comments and the layout of the rest', async () => {
    const before = '{\n  // shared with the audit team\n  "version": 3,\n  "owner": "办公室",\n  "reviewed": [\n    { "file": "other.txt", "code": "x", "cells": [], "values": [], "reason": "r", "ticket": 42 }\n  ]\n}\n';
    write(before);
    await reviews.add(doc(), key(1), 'why');
    const after = read();
    assert.ok(after.startsWith('{\n  // shared with the audit team\n  "version": 3,\n  "owner": "办公室",\n  "reviewed": ['), after);
    assert.match(after, /"ticket": 42/);
    const entries = (await reviews.entries(doc()));
    assert.equal(entries.length, 1);
    assert.equal(entries[0].reason, 'why');
  });

  it('a second mark of the same finding replaces the first, other entries untouched', async () => {
    await reviews.add(doc(), key(1), 'first');
    await reviews.add(doc(), key(2), 'other');
    await reviews.add(doc(), key(1), 'second');
    const data = JSON.parse(read());
    assert.deepEqual(data.reviewed.map((e: { reason: string }) => e.reason), ['other', 'second']);
    assert.equal(data.version, 1);
  });

  it('six concurrent marks are all stored', async () => {
    await Promise.all([1, 2, 3, 4, 5, 6].map(n => reviews.add(doc(), key(n), `r${n}`)));
    assert.deepEqual(JSON.parse(read()).reviewed.map((e: { reason: string }) => e.reason).sort(), ['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
  });

  it('one failed write does not stop the queue', async () => {
    write('{ broken');
    const results = await Promise.allSettled([reviews.add(doc(), key(1), 'a'), reviews.add(doc(), key(2), 'b')]);
    assert.deepEqual(results.map(r => r.status), ['rejected', 'rejected']);
    write('{"reviewed": []}');
    await reviews.add(doc(), key(3), 'c');
    assert.equal(JSON.parse(read()).reviewed.length, 1);
  });

  it('writes atomically: a temp file in the same folder renamed over the store, none left behind', async () => {
    write('{"version": 1, "reviewed": []}\n');
    const renames: Array<[string, string]> = [];
    const real = fs.promises.rename;
    fs.promises.rename = async (from: fs.PathLike, to: fs.PathLike) => { renames.push([String(from), String(to)]); return real(from, to); };
    try { await reviews.add(doc(), key(1), 'why'); } finally { fs.promises.rename = real; }
    assert.equal(renames.length, 1);
    assert.equal(path.dirname(renames[0][0]), path.dirname(store));
    assert.equal(renames[0][1], store);
    assert.deepEqual(fs.readdirSync(path.dirname(store)), ['xxgk-reviewed.json']);
  });

  it('a failed write leaves the old store whole and no temp file', async () => {
    const before = '{"version": 1, "reviewed": []}\n';
    write(before);
    const real = fs.promises.rename;
    fs.promises.rename = async () => { throw Object.assign(new Error('disk full'), { code: 'ENOSPC' }); };
    try { await assert.rejects(reviews.add(doc(), key(1), 'why'), /disk full/); } finally { fs.promises.rename = real; }
    assert.equal(read(), before);
    assert.deepEqual(fs.readdirSync(path.dirname(store)), ['xxgk-reviewed.json']);
  });

  it('only a document inside a workspace folder may create a store', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-outside-'));
    try {
      const err = await reviews.add(pathToFileURL(path.join(outside, '2024.txt')).toString(), key(1), 'why').then(() => null, (e: unknown) => e);
      assert.ok(err instanceof ReviewStoreError && err.kind === 'outside', String(err));
      assert.ok(!fs.existsSync(path.join(outside, '.vscode')));
      await assert.rejects(reviews.add('untitled:Untitled-1', key(1), 'why'));
      await assert.rejects(new ReviewStore(() => []).add(doc(), key(1), 'why'));
      assert.ok(!fs.existsSync(store));
    } finally { fs.rmSync(outside, { recursive: true, force: true }); }
  });
});

describe('mark as reviewed with a broken store (LSP)', () => {
  let c: TestClient;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-review-broken-'));
    c = await TestClient.start({ ...FAST, folder: dir });
  });
  after(async () => { await c.stop(); fs.rmSync(dir, { recursive: true, force: true }); });

  it('answers with one message naming the line, and leaves the file as it was', async () => {
    const uri = pathToFileURL(path.join(dir, '2024.txt')).toString();
    c.open(uri, sampleReport({ set: { 'K5': '2' } }));
    const target = (await c.diagnostics(uri, 1)).find(d => d.code === 't4-sum')!;
    const broken = '{\n  "version": 1,\n  "reviewed": [],\n}\n';
    fs.mkdirSync(path.join(dir, '.vscode'));
    fs.writeFileSync(path.join(dir, STORE_NAME), broken);
    const review = (target.data as DiagnosticData).review;
    await assert.rejects(
      c.conn.sendRequest('workspace/executeCommand', { command: 'xxgk.server.markReviewed', arguments: [{ uri, ...review, message: '', reason: 'x' }] }),
      (e: Error) => /第 4 行无法解析/.test(e.message) && e.message.includes('xxgk-reviewed.json'),
    );
    assert.equal(fs.readFileSync(path.join(dir, STORE_NAME), 'utf8'), broken);
  });
});
