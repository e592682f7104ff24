// Screenshots of the preview webview outside VS Code: the real stylesheet and webview bundle in a
// page that emulates the theme's --vscode-* variables and the webview API, fed the view state of
// a report analysed by the engine. Needs `npm run build` and Chromium (apt-get install chromium
// fonts-wqy-microhei). Usage: node scripts/preview-screenshots.js [report.txt] [out-dir]

const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');
const { analyze } = require('../out/server/src/core/analyze');
const { buildView } = require('../out/client/src/preview/view');
const { previewStrings } = require('../out/client/src/common/strings');

const ROOT = path.resolve(__dirname, '..');
const report = process.argv[2] ?? path.join(ROOT, 'test/fixtures/reports/table-defects.txt');
const outDir = process.argv[3] ?? path.join(ROOT, 'docs/screenshots');

// Values of VS Code's Light Modern and Dark Modern themes for the variables the preview uses.
const THEMES = {
  light: {
    body: 'vscode-light',
    vars: {
      foreground: '#3b3b3b', 'editor-background': '#ffffff', descriptionForeground: '#717171', 'panel-border': '#e5e5e5',
      'editorWidget-border': '#c8c8c8', 'editorWidget-background': '#f8f8f8', 'badge-background': '#cccccc', 'badge-foreground': '#3b3b3b',
      'inputValidation-errorBackground': '#f2dede', 'inputValidation-errorBorder': '#be1100',
      'inputValidation-warningBackground': '#f6f5d2', 'inputValidation-warningBorder': '#b89500',
      'editorError-foreground': '#e51400', 'editorWarning-foreground': '#bf8803', 'editorInfo-foreground': '#1a85ff',
      'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b', 'button-secondaryHoverBackground': '#cccccc',
      'button-border': '#0000001a', focusBorder: '#005fb8', 'list-hoverBackground': '#f2f2f2',
      'editor-selectionHighlightBackground': '#add6ff80', 'charts-blue': '#1a85ff', 'charts-purple': '#652d90',
    },
  },
  dark: {
    body: 'vscode-dark',
    vars: {
      foreground: '#cccccc', 'editor-background': '#1f1f1f', descriptionForeground: '#9d9d9d', 'panel-border': '#2b2b2b',
      'editorWidget-border': '#454545', 'editorWidget-background': '#202020', 'badge-background': '#616161', 'badge-foreground': '#f8f8f8',
      'inputValidation-errorBackground': '#5a1d1d', 'inputValidation-errorBorder': '#be1100',
      'inputValidation-warningBackground': '#352a05', 'inputValidation-warningBorder': '#b89500',
      'editorError-foreground': '#f14c4c', 'editorWarning-foreground': '#cca700', 'editorInfo-foreground': '#3794ff',
      'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc', 'button-secondaryHoverBackground': '#3c3c3c',
      'button-border': '#ffffff12', focusBorder: '#0078d4', 'list-hoverBackground': '#2a2d2e',
      'editor-selectionHighlightBackground': '#add6ff26', 'charts-blue': '#3794ff', 'charts-purple': '#b180d7',
    },
  },
};
const FONTS = { 'font-family': '"WenQuanYi Micro Hei", sans-serif', 'font-size': '13px', 'editor-font-family': '"DejaVu Sans Mono", monospace' };

function page(theme, message, highlight) {
  const vars = Object.entries({ ...FONTS, ...theme.vars }).map(([k, v]) => `--vscode-${k}: ${v};`).join(' ');
  const url = f => pathToFileURL(path.join(ROOT, f)).href;
  return `<!DOCTYPE html><html lang="zh-cn"><head><meta charset="UTF-8">
<style>html { ${vars} }</style><link rel="stylesheet" href="${url('media/preview.css')}"></head>
<body class="${theme.body}"><div id="root"></div>
<script>window.acquireVsCodeApi = () => ({ postMessage() {}, getState() {}, setState() {} });</script>
<script src="${url('dist/webview/main.js')}"></script>
<script>
window.postMessage(${JSON.stringify(message)}, '*');
window.postMessage(${JSON.stringify({ type: 'highlight', id: highlight })}, '*');
</script></body></html>`;
}

async function main() {
  const zh = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n/bundle.l10n.zh-cn.json'), 'utf8'));
  const { model, findings } = analyze(fs.readFileSync(report, 'utf8'), { locale: 'zh-cn' });
  const strings = previewStrings(m => zh[m] ?? m);
  const message = { type: 'full', uri: pathToFileURL(report).href, state: buildView(model, findings, 'zh-cn', strings), strings };
  const highlight = findings.find(f => f.code === 't3-result-sum')?.cells?.[0] ?? null;
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    for (const [name, theme] of Object.entries(THEMES)) {
      const file = path.join(os.tmpdir(), `xxgk-preview-${name}.html`);
      fs.writeFileSync(file, page(theme, message, highlight));
      const tab = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
      await tab.goto(pathToFileURL(file).href);
      await tab.waitForSelector('table.t3 td.cursor');
      await tab.evaluate(() => window.scrollTo(0, 0));
      const out = path.join(outDir, `preview-${name}.png`);
      await tab.screenshot({ path: out, fullPage: true });
      console.log(out);
      await tab.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch(e => { console.error(e); process.exit(1); });
