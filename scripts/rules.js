// npm run docs:rules — writes what the rule registry generates: the README's rule tables and the
// `xxgk.rules` schema of package.json (server/src/cli/ruleDocs.ts). Run after `npm run build`.

const fs = require('fs');
const path = require('path');
const { withRuleTables, rulesSettingSchema } = require('../out/server/src/cli/ruleDocs');

const root = path.resolve(__dirname, '..');
const readmePath = path.join(root, 'README.md');
fs.writeFileSync(readmePath, withRuleTables(fs.readFileSync(readmePath, 'utf8')));

const pkgPath = path.join(root, 'package.json');
const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
pkg.contributes.configuration.properties['xxgk.rules'] = rulesSettingSchema();
fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
