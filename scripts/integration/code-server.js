// Runs an extensionTestsPath module inside code-server (a real VS Code workbench + Node extension
// host), driven by headless Debian chromium through playwright-core: the same contract as
// @vscode/test-electron. The exit code is the one the workbench reports through
// window.codeAutomationExit. An optional `onPage(page)` serves the page bridge beside the tests.
'use strict';
const { chromium } = require('playwright-core');
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const util = require('util');

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  s.on('error', reject);
});

/** Workbench log lines that say nothing about the tests (offline gallery, missing translations). */
const NOISE = /Ignoring fetching additional builtin extensions|getBuiltInExtensionTranslationsUri|\$fetchBuiltInBundleUri|Service Worker|Creating a socket|AgentHost|AccountPolicyGate|connection token|reconnection-grace-time|Creation of workbench contribution|Updating additional builtin extensions cache/;

const SETTINGS = {
  'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
  'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false, 'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false, 'workbench.tips.enabled': false,
  'workbench.enableExperiments': false, 'editor.minimap.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** A fresh profile: user data, extensions and XDG folders in one temp dir. */
function makeProfile() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-cs-'));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  return { tmp, userDataDir, extensionsDir };
}

function serverEnv(profile, extraEnv) {
  // EXTENSIONS_GALLERY='{}' disables marketplace lookups that fail offline
  return { EXTENSIONS_GALLERY: '{}', ...process.env, ...extraEnv,
    XDG_CONFIG_HOME: path.join(profile.tmp, 'xdg-config'), XDG_DATA_HOME: path.join(profile.tmp, 'xdg-data') };
}

/** `code-server --install-extension file.vsix` into the profile's extensions dir. */
function installVsix(tools, profile, vsix) {
  const r = spawnSync(tools.node, [tools.codeServer, '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir, '--install-extension', vsix],
  { env: serverEnv(profile, {}), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`--install-extension failed:\n${r.stdout}${r.stderr}`);
  return r.stdout.trim();
}

/**
 * Resolves to { code, passing, failing, pending }.
 * @param {object} o tools ({node, codeServer, chromium}), profile, folder, tests (abs path),
 *   ext (abs path of the development extension), env, timeoutMs, onPage(page) → stop()
 */
async function runInCodeServer(o) {
  const port = await freePort();
  const args = [o.tools.codeServer, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', o.profile.userDataDir, '--extensions-dir', o.profile.extensionsDir,
    // without this flag the built workbench ignores the extensionTestsPath payload
    '--vscode-option', 'enable-smoke-test-driver'];
  const server = spawn(o.tools.node, args,
    { env: serverEnv(o.profile, o.env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const serverLog = [];
  server.stdout.on('data', d => serverLog.push(String(d)));
  server.stderr.on('data', d => serverLog.push(String(d)));
  let ctx;
  let exitCode = 1;
  const counts = { passing: 0, failing: 0, pending: 0 };
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base, serverLog);
    const remote = p => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [['extensionTestsPath', remote(o.tests)], ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
    if (o.ext) payload.unshift(['extensionDevelopmentPath', remote(o.ext)]);
    const url = `${base}/?folder=${encodeURIComponent(o.folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    ctx = await chromium.launchPersistentContext(path.join(o.profile.tmp, 'chromium-profile'), {
      executablePath: o.tools.chromium, headless: true, viewport: { width: 1400, height: 850 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = ctx.pages()[0] || await ctx.newPage();
    // the workbench reports test output and the exit code through these two functions
    let finish;
    const done = new Promise(resolve => { finish = resolve; });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = util.format(...args);   // mocha logs format strings: ('%d passing', 25)
      const m = /^\s*(\d+) (passing|failing|pending)\b/.exec(text);
      if (m) counts[m[2]] = Number(m[1]);
      if (!NOISE.test(text)) (console[type] || console.log)(...args);
    });
    await page.exposeFunction('codeAutomationExit', code => finish(code));
    page.on('pageerror', e => console.error('[pageerror]', e.message));
    await page.goto(url);
    const stopBridge = o.onPage ? o.onPage(page) : () => {};
    let timer;
    const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`tests did not finish in ${o.timeoutMs / 1000} s`)), o.timeoutMs); });
    try { exitCode = await Promise.race([done, timeout]); } finally { clearTimeout(timer); stopBridge(); }
  } catch (e) {
    console.error('RUNNER ERROR:', (e && e.message) || e);
    console.error('--- code-server log (tail) ---\n' + serverLog.join('').split('\n').slice(-60).join('\n'));
    exitCode = 1;
  }
  try { if (ctx) await ctx.close(); } catch { /* already gone */ }
  await killGroup(server.pid);
  return { code: exitCode, ...counts };
}

async function waitForHealth(base, serverLog) {
  const deadline = Date.now() + 30000;
  for (;;) {
    try { if ((await fetch(base + '/healthz')).ok) return; } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error('code-server did not start:\n' + serverLog.join(''));
    await new Promise(r => setTimeout(r, 100));
  }
}

/** code-server spawns children: stop its whole process group, SIGTERM then SIGKILL. */
async function killGroup(pid) {
  const alive = () => { try { process.kill(-pid, 0); return true; } catch { return false; } };
  try { process.kill(-pid, 'SIGTERM'); } catch { return; }
  for (let i = 0; i < 100 && alive(); i++) await new Promise(r => setTimeout(r, 100));
  if (alive()) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } }
}

module.exports = { runInCodeServer, makeProfile, installVsix };
