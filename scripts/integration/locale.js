// Display language zh-cn in code-server without the (non-downloadable) Microsoft language pack:
// pack and install the empty fixture language pack, register it in languagepacks.json (the
// cache VS Code writes itself when a pack is installed from the UI) and set argv.json's locale.
'use strict';
const { execFileSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { installVsix } = require('./code-server');

const ROOT = path.resolve(__dirname, '..', '..');
const PACK = path.join(ROOT, 'test', 'integration', 'fixtures', 'language-pack-zh-cn');

function useZhCn(tools, profile) {
  const manifest = JSON.parse(fs.readFileSync(path.join(PACK, 'package.json'), 'utf8'));
  const vsix = path.join(profile.tmp, 'language-pack-zh-cn.vsix');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository',
    '--skip-license', '--out', vsix], { cwd: PACK, stdio: 'pipe' });
  installVsix(tools, profile, vsix);
  const id = `${manifest.publisher}.${manifest.name}`;
  const { version } = manifest;
  const installedAt = path.join(profile.extensionsDir, `${id}-${version}`);
  const loc = manifest.contributes.localizations[0];
  const packs = {
    [loc.languageId]: {
      hash: crypto.createHash('md5').update(id).update(version).digest('hex'),
      extensions: [{ extensionIdentifier: { id }, version }],
      translations: { vscode: path.join(installedAt, loc.translations[0].path) },
      label: loc.localizedLanguageName,
    },
  };
  fs.writeFileSync(path.join(profile.userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2));
  fs.writeFileSync(path.join(profile.userDataDir, 'User', 'argv.json'), JSON.stringify({ locale: loc.languageId }));
}

module.exports = { useZhCn };
