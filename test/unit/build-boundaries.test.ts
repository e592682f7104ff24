// The boundaries `tsc -b` enforces (tsconfig.json at the root and one per part): a file of the
// engine, of client/src/common or of the webview script that reaches for an API its part may not
// use fails to compile. Each probe is added, in memory, to the real project of its part.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');

/** Compiles `probes` (file name → source) as members of the project at `dir`; errors per probe. */
function compile(dir: string, probes: Record<string, string>): Map<string, string[]> {
  const configFile = path.join(ROOT, dir, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configFile), undefined, configFile);
  const virtual = new Map(Object.entries(probes).map(([name, source]) => [path.join(ROOT, dir, name), source]));
  const options = { ...parsed.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, lang, ...rest) => {
    const source = virtual.get(path.resolve(name));
    return source !== undefined ? ts.createSourceFile(name, source, lang) : getSourceFile.call(host, name, lang, ...rest);
  };
  const fileExists = host.fileExists;
  host.fileExists = name => virtual.has(path.resolve(name)) || fileExists.call(host, name);
  const program = ts.createProgram({
    rootNames: [...parsed.fileNames, ...virtual.keys()],
    options,
    host,
    projectReferences: parsed.projectReferences,
  });
  const errors = new Map<string, string[]>([...virtual.keys()].map(f => [path.basename(f), []]));
  const all = [...program.getOptionsDiagnostics(), ...program.getSemanticDiagnostics(), ...program.getSyntacticDiagnostics()];
  for (const d of all) {
    const name = d.file && path.basename(d.file.fileName);
    if (name && errors.has(name)) errors.get(name)!.push(`TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  }
  return errors;
}

/** Probe sources by what they reach for; each names a file `zz-<name>.ts` in the project under test. */
const PROBES = {
  fs: "import * as fs from 'fs';\nexport const x = fs;\n",
  vscode: "import * as vscode from 'vscode';\nexport const x = vscode;\n",
  lsp: "import * as lsp from 'vscode-languageserver/node';\nexport const x = lsp;\n",
  dom: 'export const x = document.title;\n',
  process: 'export const x = process.pid;\n',
};
type Probe = keyof typeof PROBES;

/** Compiles the named probes (plus `extra` files) into the project at `dir`; errors per probe name. */
function probe(dir: string, names: Probe[], extra: Record<string, string> = {}): Map<string, string[]> {
  const files = Object.fromEntries(names.map(n => [`zz-${n}.ts`, PROBES[n]]));
  const errors = compile(dir, { ...files, ...extra });
  return new Map([...errors].map(([file, e]) => [file.replace(/^zz-|\.ts$/g, ''), e]));
}

test('the engine compiles without Node, the DOM, VS Code, LSP or any other part', () => {
  const errors = probe('server/src/core', ['fs', 'vscode', 'dom', 'process'], {
    'zz-server.ts': "import { SOURCE } from '../shared/protocol';\nexport const x = SOURCE;\n",
    'zz-pure.ts': "import { analyze } from './analyze';\nexport const x = analyze;\n",
  });
  for (const name of ['fs', 'vscode', 'dom', 'process', 'server']) {
    assert.ok(errors.get(name)!.length > 0, `zz-${name}.ts compiled in server/src/core`);
  }
  assert.deepEqual(errors.get('vscode')!.map(e => e.slice(0, 6)), ['TS6307']);
  assert.deepEqual(errors.get('pure'), []);
  // The stub is reported once per program: the LSP packages are probed on their own.
  assert.deepEqual(probe('server/src/core', ['lsp']).get('lsp')!.map(e => e.slice(0, 6)), ['TS6307']);
});

test('client/src/common compiles without VS Code, Node or the DOM; the webview script without VS Code or Node', () => {
  const common = probe('client/src/common', ['vscode', 'dom', 'fs'], { 'zz-pure.ts': "import { GRIDS } from './grid';\nexport const x = GRIDS;\n" });
  for (const name of ['vscode', 'dom', 'fs']) assert.ok(common.get(name)!.length > 0, `zz-${name}.ts compiled in client/src/common`);
  assert.deepEqual(common.get('pure'), []);

  const webview = probe('client/src/preview/webview', ['vscode', 'fs', 'dom']);
  for (const name of ['vscode', 'fs']) assert.ok(webview.get(name)!.length > 0, `zz-${name}.ts compiled in the webview script`);
  assert.deepEqual(webview.get('dom'), []);
});
