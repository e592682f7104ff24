// The client's parts of package.json and its translations: every %key% and every l10n string
// has an English and a Chinese text; every setting the server reads is contributed.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const json = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8'));
const pkg = json('package.json');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

test('every %key% of package.json is in package.nls.json and package.nls.zh-cn.json, and nothing else', () => {
  const keys = new Set([...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map(m => m[1]));
  for (const f of ['package.nls.json', 'package.nls.zh-cn.json']) {
    const nls = json(f);
    assert.deepEqual(Object.keys(nls).sort(), [...keys].sort(), f);
    assert.ok(Object.values(nls).every(v => typeof v === 'string' && v.length > 0), f);
  }
  const zh = json('package.nls.zh-cn.json');
  assert.ok(Object.values(zh).every(v => /[\u4e00-\u9fff]/.test(v as string)), 'Chinese text for every key');
});

test('every string the client localises is in both l10n bundles', () => {
  const used = new Set<string>();
  for (const f of files(path.join(ROOT, 'client/src')).filter(f => f.endsWith('.ts'))) {
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/\b(?:l10n\.t|t)\('((?:[^'\\]|\\.)*)'/g)) used.add(m[1].replace(/\\'/g, "'"));
  }
  assert.ok(used.size > 40);
  const en = json('l10n/bundle.l10n.json'), zh = json('l10n/bundle.l10n.zh-cn.json');
  assert.deepEqual(Object.keys(en).sort(), [...used].sort());
  assert.deepEqual(Object.keys(zh).sort(), [...used].sort());
  for (const [k, v] of Object.entries(zh)) {
    assert.deepEqual((v as string).match(/\{\d\}/g)?.sort(), k.match(/\{\d\}/g)?.sort(), `placeholders of ${k}`);
  }
});

test('settings the server reads are contributed with their documented types and defaults', () => {
  const props = pkg.contributes.configuration.properties;
  assert.deepEqual(props['xxgk.rules'].additionalProperties.enum, ['error', 'warning', 'information', 'hint', 'off']);
  assert.deepEqual(props['xxgk.run'].enum, ['onType', 'onSave']);
  assert.equal(props['xxgk.maxDocumentSize'].default, 2000000);
  assert.deepEqual(props['xxgk.language'].enum, ['auto', 'zh-cn', 'en']);
  assert.equal(props['xxgk.autoDetect'].default, true);
  assert.equal(props['xxgk.validateMarkdown'].default, false);
  for (const [k, v] of Object.entries<Record<string, string>>(props)) assert.ok(v.description ?? v.markdownDescription, k);
});

test('commands of docs/ARCHITECTURE.md are contributed; the language, grammar and preview are wired', () => {
  const ids = pkg.contributes.commands.map((c: { command: string }) => c.command);
  for (const id of ['xxgk.openPreview', 'xxgk.newReport', 'xxgk.importReport', 'xxgk.fixAll', 'xxgk.exportTables', 'xxgk.showProblems', 'xxgk.markReviewed']) assert.ok(ids.includes(id), id);
  const lang = pkg.contributes.languages[0];
  assert.equal(lang.id, 'xxgk-report');
  assert.ok(lang.aliases.includes('政府信息公开年度报告'));
  assert.deepEqual(lang.extensions, ['.xxgk']);
  assert.deepEqual(lang.filenamePatterns, ['*年度报告*.txt']);
  for (const f of [lang.configuration, pkg.contributes.grammars[0].path]) assert.ok(fs.existsSync(path.join(ROOT, f)), f);
  assert.equal(json(pkg.contributes.grammars[0].path).scopeName, pkg.contributes.grammars[0].scopeName);
  assert.ok(pkg.activationEvents.includes('onWebviewPanel:xxgk.preview'));
  assert.equal(pkg.capabilities.virtualWorkspaces.supported, false);
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
});
