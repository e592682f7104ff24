// The preview's HTML shell (client/src/preview/preview-shell.ts): strict CSP with a fresh nonce.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { csp, makeNonce, previewHtml } from '../../client/src/preview/preview-shell';

const opts = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', styleUri: 'https://x/media/preview.css', scriptUri: 'https://x/dist/webview/main.js', lang: 'zh-cn' };

test('CSP: nothing by default, styles from the extension, scripts by nonce only, images from the extension or data:', () => {
  assert.equal(csp('SRC', 'N0nce'), "default-src 'none'; style-src SRC; script-src 'nonce-N0nce'; img-src SRC data:;");
});

test('the shell: CSP meta with the nonce, one script with that nonce, no inline style or script', () => {
  const html = previewHtml(opts);
  const doc = new JSDOM(html).window.document;
  const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
  const nonce = /'nonce-([^']+)'/.exec(policy)![1];
  const scripts = doc.querySelectorAll('script');
  assert.equal(scripts.length, 1);
  assert.equal(scripts[0].getAttribute('nonce'), nonce);
  assert.equal(scripts[0].getAttribute('src'), opts.scriptUri);
  assert.equal(scripts[0].textContent, '');
  assert.equal(doc.querySelectorAll('[style], style').length, 0);
  assert.equal(doc.querySelector('link[rel="stylesheet"]')!.getAttribute('href'), opts.styleUri);
  assert.equal(doc.documentElement.getAttribute('lang'), 'zh-cn');
  assert.ok(doc.getElementById('root'));
});

test('nonces are fresh, long and base64', () => {
  const a = makeNonce(), b = makeNonce();
  assert.notEqual(a, b);
  assert.match(a, /^[A-Za-z0-9+/]{24}$/);
  const n1 = /'nonce-([^']+)'/.exec(previewHtml(opts))![1], n2 = /'nonce-([^']+)'/.exec(previewHtml(opts))![1];
  assert.notEqual(n1, n2);
});

test('attribute values are escaped', () => {
  const doc = new JSDOM(previewHtml({ ...opts, styleUri: 'x"><script>alert(1)</script>' })).window.document;
  assert.equal(doc.querySelectorAll('script').length, 1);
  assert.equal(doc.querySelector('link')!.getAttribute('href'), 'x"><script>alert(1)</script>');
});
