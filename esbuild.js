// One bundle per part, as vscode-eslint does: the extension (client), the language server,
// the CLI and the preview's webview script. `--watch` rebuilds on change.
const esbuild = require('esbuild');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', external: ['vscode'] },
  // jsonc-parser's UMD build requires its parts at run time: the ESM build bundles.
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', platform: 'node', mainFields: ['module', 'main'] },
  // The CLI's version comes from package.json at build time: esbuild keeps only the imported field.
  { entryPoints: ['server/src/cli/cli.ts'], outfile: 'dist/cli.js', platform: 'node', banner: { js: '#!/usr/bin/env node' } },
  // The encodings other than UTF-8: loaded only when such a file is checked (cli/lazy-iconv.ts).
  { entryPoints: ['server/src/cli/iconv-entry.ts'], outfile: 'dist/iconv.js', platform: 'node' },
  // Word, web-page and PDF readers: loaded only when such a file is checked or imported.
  { entryPoints: ['server/src/import/import-entry.ts'], outfile: 'dist/import.js', platform: 'node', external: ['@napi-rs/canvas'],
    define: { 'import.meta.url': 'import_meta_url' }, banner: { js: "const import_meta_url = require('url').pathToFileURL(__filename).href;" } },
  { entryPoints: ['client/src/preview/webview/main.ts'], outfile: 'dist/webview/main.js', platform: 'browser', format: 'iife' },
];

async function main() {
  const common = { bundle: true, format: 'cjs', target: 'es2022', sourcemap: !production, minify: production, logLevel: 'warning' };
  const contexts = await Promise.all(builds.map(b => esbuild.context({ ...common, ...b })));
  if (watch) {
    await Promise.all(contexts.map(c => c.watch()));
    return;
  }
  await Promise.all(contexts.map(c => c.rebuild()));
  await Promise.all(contexts.map(c => c.dispose()));
}

main().catch(e => { console.error(e); process.exit(1); });
