// The message catalogues (server/src/core/messages.ts): how a message is looked up and filled in,
// what the types let through, and that every catalogue of the engine and the server is complete —
// each entry with a Chinese and an English text that take the same placeholders.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allCatalogues, defineMessages, format, joinList, placeholders } from '../../server/src/core/messages';
// Every module that declares a catalogue, loaded so that each registers its own.
import '../../server/src/core/analyze';
import '../../server/src/core/explain';
import '../../server/src/lsp/i18n';
import '../../server/src/lsp/symbols';

const ROOT = path.resolve(__dirname, '../../..');

const sample = defineMessages({
  rowSum: { zh: '「{row}」的总计应为 {sum}', en: '{row}: the total should be {sum}' },
  plain: { zh: '未发现问题', en: 'no problems found' },
  twice: { zh: '{n} 与 {n}', en: '{n} and {n}' },
});

test('a message in Chinese and in English, its placeholders filled by name', () => {
  assert.equal(sample.text('zh-cn', 'rowSum', { row: '（七）总计', sum: 25 }), '「（七）总计」的总计应为 25');
  assert.equal(sample.text('en', 'rowSum', { row: 'R24', sum: 25 }), 'R24: the total should be 25');
  assert.equal(sample.text('zh-cn', 'plain'), '未发现问题');
  assert.equal(sample.text('en', 'plain'), 'no problems found');
  assert.equal(sample.text('en', 'twice', { n: 3 }), '3 and 3');
});

test('values are put in once: a value that looks like a placeholder stays as written', () => {
  assert.equal(sample.text('en', 'rowSum', { row: '{sum}', sum: '{row}' }), '{sum}: the total should be {row}');
  assert.equal(format('{a}{b}', { a: '{b}', b: 'x' }), '{b}x');
  assert.equal(format('{a}', { a: '$& $1 $$' }), '$& $1 $$', 'no replacement patterns in values');
  assert.equal(format('{0} of {1}', { 0: 'one', 1: 'two' }), 'one of two', 'numbered placeholders too');
});

test('a placeholder without a value is left as it stands; values are written as strings', () => {
  assert.equal(format('{row} = {sum}', { row: 'R01' }), 'R01 = {sum}');
  assert.equal(format('{row} = {sum}'), '{row} = {sum}');
  assert.equal(format('{toString} {constructor}', {}), '{toString} {constructor}', 'only own values');
  assert.equal(format('{n}', { n: 0 }), '0');
  assert.equal(format('{n}', { n: '' }), '');
  assert.equal(format('a { b } {} {c-d}', { b: 'x' }), 'a { b } {} {c-d}', 'only {word} is a placeholder');
});

test('placeholders and lists', () => {
  assert.deepEqual(placeholders('{a} {b} {a} {0}'), ['a', 'b', '0']);
  assert.deepEqual(placeholders('没有占位符'), []);
  assert.equal(joinList('zh-cn', ['甲', '乙', 3]), '甲、乙、3');
  assert.equal(joinList('en', ['A', 'B', 3]), 'A, B, 3');
});

test('the types accept declared ids only, and for each exactly its placeholders', () => {
  // @ts-expect-error: not an id of this catalogue
  assert.throws(() => sample.text('en', 'rowsum'));
  // @ts-expect-error: a placeholder without its value
  assert.equal(sample.text('en', 'rowSum', { row: 'R01' }), 'R01: the total should be {sum}');
  // @ts-expect-error: a message with placeholders needs its values
  sample.text('en', 'rowSum');
  // @ts-expect-error: a message without placeholders takes no values
  sample.text('en', 'plain', { row: 'R01' });
  // @ts-expect-error: values are strings or numbers
  sample.text('en', 'rowSum', { row: 'R01', sum: null });
  // @ts-expect-error: not a locale
  sample.text('fr', 'plain');
  const id: keyof typeof sample.entries = 'plain';
  assert.equal(sample.text('zh-cn', id), '未发现问题');
});

/** The TypeScript sources of the engine and the server. */
function serverSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) out.push(path.relative(ROOT, p));
    }
  };
  walk(path.join(ROOT, 'server/src'));
  return out;
}

/** Files that declare a catalogue (each registers it when loaded). */
const declaringFiles = () => serverSources().filter(f => /=\s*defineMessages\(\{/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));

test('every catalogue of the engine and the server: non-empty Chinese and English with the same placeholders', () => {
  const catalogues = allCatalogues().filter(c => c !== sample.entries);
  const files = declaringFiles();
  assert.ok(files.length > 30, 'the rules declare their messages');
  assert.equal(catalogues.length, files.length, `every catalogue is loaded by this test: ${files.join(', ')}`);
  let entries = 0;
  for (const catalogue of catalogues) {
    for (const [id, m] of Object.entries(catalogue)) {
      entries++;
      assert.ok(m.zh.trim() && m.en.trim(), `${id}: both texts are non-empty`);
      assert.deepEqual(placeholders(m.zh).sort(), placeholders(m.en).sort(), `${id}: the same placeholders in “${m.zh}” and “${m.en}”`);
      assert.doesNotMatch(m.zh + m.en, /\$\{/, `${id}: no template-literal leftovers`);
    }
  }
  assert.ok(entries > 150, `${entries} messages`);
});

test('no inline Chinese/English pair in the engine or the server: the old t(locale, zh, en) is gone', () => {
  for (const file of serverSources()) {
    assert.doesNotMatch(fs.readFileSync(path.join(ROOT, file), 'utf8'), /\bt\(\s*(ctx\.)?locale\s*,/, file);
  }
});
