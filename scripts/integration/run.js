// `npm run test:integration`: runs test/integration in a real VS Code, offline.
//   default             code-server 4.139.1 (VS Code 1.139.1) in headless chromium; then packs the
//                       .vsix, installs it into a clean code-server and runs the installed-copy smoke suite
//   XXGK_VSCODE=desktop @vscode/test-electron (downloads VS Code; for machines with internet)
// Env: XXGK_SKIP_VSIX=1 skips the .vsix part; XXGK_FORCE_FAIL=1 makes one assertion fail
// (negative control). Exit code: 0 only when every suite passed.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { setup } = require('./setup');
const { prepareWorkspace } = require('./workspace');

const ROOT = path.resolve(__dirname, '..', '..');
const SUITE = path.join(ROOT, 'out', 'test', 'integration', 'suite', 'index.js');
const INSTALLED_SUITE = path.join(ROOT, 'out', 'test', 'integration', 'installed', 'index.js');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
const secs = t0 => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

function ensureBuilt() {
  if ([SUITE, INSTALLED_SUITE, path.join(ROOT, 'dist', 'extension.js')].every(f => fs.existsSync(f))) return;
  console.log('[integration] no build found: npm run build');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

/** Packs like `npm run package` (same vsce flags, from package.json), without its full rebuild:
 *  vsce runs vscode:prepublish (production bundles); the dev bundles are rebuilt afterwards. */
function pack(vsix) {
  const script = require(path.join(ROOT, 'package.json')).scripts.package;
  const flags = /vsce package(.*)$/.exec(script)[1].trim().split(/\s+/).filter(Boolean);
  try {
    execFileSync(process.execPath, [VSCE, 'package', ...flags, '--out', vsix], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  } finally {
    execFileSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { cwd: ROOT, stdio: 'inherit' });
  }
}

async function desktop(workspace) {
  const { runTests } = require('@vscode/test-electron');
  try {
    await runTests({ extensionDevelopmentPath: ROOT, extensionTestsPath: SUITE,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'] });
    return [{ code: 0 }];
  } catch (e) {
    console.error(String((e && e.message) || e));
    return [{ code: 1 }];
  }
}

async function codeServer(workspace) {
  const tools = setup();
  const { runInCodeServer, makeProfile, installVsix } = require('./code-server');
  const { startBridge } = require('./page-bridge');
  const { useZhCn } = require('./locale');
  const profiles = [];
  const profile = () => { const p = makeProfile(); profiles.push(p); return p; };
  try {
    // 1. the suite against the development copy, display language zh-cn, with the page bridge
    let t0 = Date.now();
    const zh = profile();
    useZhCn(tools, zh);
    const bridge = path.join(zh.tmp, 'bridge');
    fs.mkdirSync(bridge);
    const main = await runInCodeServer({ tools, profile: zh, folder: workspace, ext: ROOT, tests: SUITE,
      env: { XXGK_BRIDGE_DIR: bridge, XXGK_EXPECT_LANGUAGE: 'zh-cn' },
      timeoutMs: 300000, onPage: page => startBridge(page, bridge, ARTIFACTS) });
    console.log(`[integration] suite: exit ${main.code} in ${secs(t0)}`);
    if (process.env.XXGK_SKIP_VSIX === '1') return [main];

    // 2. pack the .vsix and run the smoke suite against the installed copy (English UI)
    t0 = Date.now();
    const clean = profile();
    const vsix = path.join(clean.tmp, 'xxgk-report.vsix');
    pack(vsix);
    installVsix(tools, clean, vsix);
    console.log(`[integration] packed and installed the .vsix (${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB) in ${secs(t0)}`);
    // tests run only in extension development mode: an empty test host is the development extension
    const host = path.join(ROOT, 'test', 'integration', 'fixtures', 'test-host');
    const smoke = await runInCodeServer({ tools, profile: clean, folder: workspace, ext: host, tests: INSTALLED_SUITE,
      env: { XXGK_EXPECT_LANGUAGE: 'en', XXGK_EXTENSIONS_DIR: clean.extensionsDir }, timeoutMs: 120000 });
    console.log(`[integration] installed .vsix smoke: exit ${smoke.code} in ${secs(t0)}`);
    return [main, smoke];
  } finally {
    for (const p of profiles) fs.rmSync(p.tmp, { recursive: true, force: true });
  }
}

(async () => {
  const t0 = Date.now();
  let runs = [{ code: 1 }];
  let workspace;
  try {
    ensureBuilt();
    fs.rmSync(ARTIFACTS, { recursive: true, force: true });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    workspace = prepareWorkspace();
    runs = process.env.XXGK_VSCODE === 'desktop' ? await desktop(workspace) : await codeServer(workspace);
  } catch (e) {
    console.error('[integration]', (e && e.stack) || e);
    runs = [{ code: 1 }];
  } finally {
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  }
  const code = runs.find(r => r.code !== 0)?.code ?? 0;
  console.log(`[integration] ${code === 0 ? 'PASSED' : 'FAILED'} (exit ${code}) in ${secs(t0)}; artifacts: ${path.relative(ROOT, ARTIFACTS)}/`);
  if (runs.every(r => 'passing' in r)) {
    // one plain closing line for all suites; a run that broke off counts as a failure
    const sum = f => runs.reduce((n, r) => n + f(r), 0);
    console.log(`integration: ${sum(r => r.passing)} passed, ${sum(r => Math.max(r.failing, r.code ? 1 : 0))} failed, ${sum(r => r.pending)} skipped`);
  }
  process.exit(code);
})();
