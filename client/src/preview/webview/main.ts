// The preview webview's script (bundled to dist/webview/main.js): renders the view state it is sent,
// merges patches, highlights the cell under the editor's cursor and reports clicks back.

import type { FromWebview, ViewState, WebviewState } from '../../common/preview-protocol';
import type { PreviewStrings } from '../../common/strings';
import { toWebview } from '../../common/validate';
import { mergePatch } from '../../common/view-diff';
import { applyPatch, renderAll, setHighlight } from './render';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): WebviewState | undefined;
  setState(state: WebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
let current: { uri: string; state: ViewState; strings: PreviewStrings } | undefined;
/** Scroll position saved before a reload, applied to the first render of the same document. */
let restore = vscode.getState();

function save(): void {
  if (current) vscode.setState({ uri: current.uri, scrollY: window.scrollY });
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const msg = toWebview(event.data);
  if (!msg) return;
  if (msg.type === 'full') {
    const y = restore?.uri === msg.uri ? restore.scrollY : current?.uri === msg.uri ? window.scrollY : 0;
    restore = undefined;
    current = { uri: msg.uri, state: msg.state, strings: msg.strings };
    renderAll(root, msg.state, msg.strings);
    window.scrollTo(0, y);
    save();
  } else if (msg.type === 'patch' && current) {
    current.state = mergePatch(current.state, msg.patch);
    applyPatch(root, current.state, msg.patch, current.strings);
  } else if (msg.type === 'highlight') {
    setHighlight(root, msg.id)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  } else if (msg.type === 'empty') {
    current = undefined;
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = msg.message;
    root.replaceChildren(p);
  }
});

function activate(target: Element): void {
  const exp = target.closest<HTMLElement>('[data-export]');
  if (exp) {
    vscode.postMessage({ type: 'export', format: exp.dataset.export as 'csv' | 'xlsx' | 'markdown', table: exp.dataset.table as 't2' | 't3' | 't4' | undefined });
    return;
  }
  const cell = target.closest<HTMLElement>('[data-id]');
  if (cell) { vscode.postMessage({ type: 'reveal', id: cell.dataset.id! }); return; }
  const finding = target.closest<HTMLElement>('[data-finding]');
  if (finding) vscode.postMessage({ type: 'revealFinding', index: Number(finding.dataset.finding) });
}

root.addEventListener('click', e => activate(e.target as Element));
root.addEventListener('keydown', e => {
  if ((e.key === 'Enter' || e.key === ' ') && (e.target as Element).matches('[data-id], [data-finding]')) {
    e.preventDefault();
    activate(e.target as Element);
  }
});
let pending = false;
window.addEventListener('scroll', () => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => { pending = false; save(); });
});

vscode.postMessage({ type: 'ready' });
