// The runner's half of the page bridge: the suite (in the extension host) cannot reach the
// workbench page, so it writes `<n>.req.json` into XXGK_BRIDGE_DIR and waits for
// `<n>.res.json`; this side runs the operation on the page with playwright and answers.
// Operations are few and generic; the suite makes the assertions.
'use strict';
const fs = require('fs');
const path = require('path');

/** The first frame (page or nested webview iframe) that holds `selector`. */
async function findFrame(page, selector) {
  if (!selector) return page.mainFrame();
  for (const frame of page.frames()) {
    try { if (await frame.$(selector)) return frame; } catch { /* frame detached meanwhile */ }
  }
  return null;
}

async function waitFrame(page, selector, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = await findFrame(page, selector);
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`no frame holds ${selector} after ${timeoutMs} ms`);
    await new Promise(r => setTimeout(r, 100));
  }
}

const OPS = {
  /** Full-page screenshot into the artifacts folder. */
  async screenshot(page, { name }, ctx) {
    const file = path.join(ctx.artifacts, `${name.replace(/[^\w.-]/g, '_')}.png`);
    await page.screenshot({ path: file });
    return file;
  },
  /** Waits until an element matching `selector` (with `text`, with class `hasClass`) shows in the
   *  page or in the frame that holds `frame`. */
  async waitFor(page, { frame, selector, text = null, hasClass = null, timeoutMs = 20000 }) {
    const f = await waitFrame(page, frame || selector, timeoutMs);
    await f.waitForFunction(([sel, txt, cls]) => [...document.querySelectorAll(sel)].some(e =>
      (txt === null || e.textContent.trim() === txt) && (cls === null || e.classList.contains(cls))),
    [selector, text, hasClass], { timeout: timeoutMs, polling: 100 });
    return true;
  },
  /** Text, classes and chosen attributes of every element matching `selector`. */
  async query(page, { frame, selector, attrs = [], timeoutMs = 20000 }) {
    const f = await waitFrame(page, frame || selector, timeoutMs);
    return f.$$eval(selector, (els, names) => els.map(el => ({
      text: el.textContent.trim(),
      classes: [...el.classList],
      attrs: Object.fromEntries(names.map(n => [n, el.getAttribute(n)])),
    })), attrs);
  },
  async click(page, { frame, selector, timeoutMs = 20000 }) {
    const f = await waitFrame(page, frame || selector, timeoutMs);
    await f.click(selector, { timeout: timeoutMs });
    return true;
  },
  /** Keys on the workbench, e.g. { press: ['F1'], type: 'xxgk' }. */
  async keys(page, { press = [], type }) {
    for (const k of press) await page.keyboard.press(k);
    if (type) await page.keyboard.type(type);
    return true;
  },
};

/** Serves requests until the returned stop() is called. */
function startBridge(page, dir, artifacts) {
  const ctx = { artifacts };
  const seen = new Set();
  let queue = Promise.resolve();
  const answer = (id, body) => {
    const tmp = path.join(dir, `${id}.res.tmp`);
    fs.writeFileSync(tmp, JSON.stringify(body));
    fs.renameSync(tmp, path.join(dir, `${id}.res.json`));
  };
  const scan = () => {
    for (const name of fs.readdirSync(dir)) {
      const m = /^(\d+)\.req\.json$/.exec(name);
      if (!m || seen.has(m[1])) continue;
      seen.add(m[1]);
      const req = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
      queue = queue.then(async () => {
        try {
          if (!OPS[req.op]) throw new Error(`unknown page op ${req.op}`);
          answer(m[1], { ok: true, value: await OPS[req.op](page, req.args || {}, ctx) });
        } catch (e) {
          // a failed page check leaves a screenshot of what the page showed
          await page.screenshot({ path: path.join(artifacts, `failed-page-op-${m[1]}-${req.op}.png`) }).catch(() => {});
          answer(m[1], { ok: false, error: String((e && e.message) || e) });
        }
      });
    }
  };
  const watcher = fs.watch(dir, scan);
  scan();
  return () => watcher.close();
}

module.exports = { startBridge };
