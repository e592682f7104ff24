// The rule registry (server/src/core/registry.ts) against what the engine emits and against the
// files generated from it: the README's rule tables and package.json's `xxgk.rules` schema.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, parseReport } from '../../server/src/core/analyze';
import type { CodeGroup } from '../../server/src/core/codes';
import { ALL_CODES, codeInfo, RULE_CODES } from '../../server/src/core/registry';
import type { Finding } from '../../server/src/core/types';
import { rulesSettingSchema, withRuleTables } from '../../server/src/cli/ruleDocs';
import { readReport, REPORT_NAMES } from './helpers/fixtures';
import { consistentData, FAMILIES, synthFamily, synthReport, SYNTH_LAYOUTS } from './helpers/synth';
import { CASES, caseReport, HELD_OUT } from './prose-cases';

const ROOT = path.resolve(__dirname, '../../..');
const GROUPS: CodeGroup[] = ['arithmetic', 'tables', 'structure', 'narrative', 'notices'];

/** Every text the unit suites check: the fixture reports (each with the one before it as last
 * year's), the synthetic layouts and families, and the prose cases. */
function everyFinding(): Finding[] {
  const out: Finding[] = [];
  REPORT_NAMES.forEach((name, i) => {
    const previous = i ? parseReport(readReport(REPORT_NAMES[i - 1])).model : undefined;
    out.push(...analyze(readReport(name), { previous }).findings);
  });
  const data = consistentData();
  for (const layout of SYNTH_LAYOUTS) out.push(...analyze(synthReport(data, layout)).findings);
  for (const family of FAMILIES) out.push(...analyze(synthFamily(data, family)).findings);
  for (const c of [...CASES, ...HELD_OUT]) out.push(...analyze(caseReport(c)).findings);
  return out;
}

test('every code the engine emits is registered, with a severity and a fixability the registry declares', () => {
  const findings = everyFinding();
  assert.ok(new Set(findings.map(f => f.code)).size > 30, 'the texts exercise most rules');
  for (const f of findings) {
    assert.ok(Object.hasOwn(RULE_CODES, f.code), `${f.code} is not in the registry`);
    const info = codeInfo(f.code);
    assert.ok([info.severity, ...(info.also ?? [])].includes(f.severity), `${f.code} emitted as ${f.severity}`);
    if (f.fixes?.length) assert.ok(info.fixable, `${f.code} carries a fix but is declared not fixable`);
  }
});

test('each code is declared once, beside its rule', () => {
  const declared: string[] = [];
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
    .flatMap(e => e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
  for (const file of walk(path.join(ROOT, 'server/src/core')).filter(f => f.endsWith('.ts'))) {
    const block = /export const codes = defineCodes\(\{\n([\s\S]*?)\n\}\);/.exec(fs.readFileSync(file, 'utf8'));
    if (block) declared.push(...[...block[1].matchAll(/^ {2}'([a-z0-9-]+)': \{/gm)].map(m => m[1]));
  }
  assert.deepEqual([...declared].sort(), [...ALL_CODES].sort());
});

test('every code has both descriptions and a default severity', () => {
  for (const code of ALL_CODES) {
    const info = codeInfo(code);
    assert.ok(/[\u4e00-\u9fff]/.test(info.zh), `${code}: Chinese description`);
    assert.ok(info.en.length > 0, `${code}: English description`);
    assert.ok(!(info.also ?? []).includes(info.severity), `${code}: default listed again in also`);
  }
});

test('the README rule tables are the registry\'s (npm run docs:rules writes them)', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const group of GROUPS) {
    assert.ok(readme.includes(`<!-- rules:${group} -->\n`) && readme.includes(`\n<!-- /rules:${group} -->`), `markers of ${group}`);
  }
  assert.equal(readme, withRuleTables(readme));
});

test('package.json\'s xxgk.rules schema is the registry\'s (npm run docs:rules writes it)', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const rules = pkg.contributes.configuration.properties['xxgk.rules'];
  assert.deepEqual(Object.keys(rules.properties).sort(), [...ALL_CODES].sort());
  assert.deepEqual(rules, rulesSettingSchema());
});
