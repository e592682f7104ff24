// The preview's HTML shell. Everything the report says arrives later by postMessage and is put
// into text nodes by the script, so the shell holds no report text. Pure (unit-tested).

import { randomBytes } from 'crypto';

export interface ShellOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  /** Webview URIs (asWebviewUri) of the stylesheet and the bundled script. */
  styleUri: string;
  scriptUri: string;
  /** `lang` of the page, e.g. `zh-cn`. */
  lang: string;
  nonce?: string;
}

export function makeNonce(): string {
  return randomBytes(18).toString('base64');
}

export function csp(cspSource: string, nonce: string): string {
  return `default-src 'none'; style-src ${cspSource}; script-src 'nonce-${nonce}'; img-src ${cspSource} data:;`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function previewHtml(o: ShellOptions): string {
  const nonce = o.nonce ?? makeNonce();
  return `<!DOCTYPE html>
<html lang="${attr(o.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp(o.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(o.styleUri)}">
</head>
<body>
<div id="root"></div>
<script nonce="${attr(nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>`;
}
