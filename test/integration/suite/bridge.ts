// The suite's half of the page bridge (runner's half: scripts/integration/page-bridge.js).
// Only the code-server runner sets XXGK_BRIDGE_DIR; elsewhere (desktop VS Code) page checks skip.
import * as fs from 'fs';
import * as path from 'path';

const dir = process.env.XXGK_BRIDGE_DIR;
let next = 0;

export const hasPage = (): boolean => !!dir;

export interface Element { text: string; classes: string[]; attrs: Record<string, string | null> }

/** Runs one page operation in the runner and returns its value; rejects with the runner's error. */
export function page<T = unknown>(op: string, args: object = {}, timeoutMs = 30000): Promise<T> {
  if (!dir) return Promise.reject(new Error('no page bridge (XXGK_BRIDGE_DIR unset)'));
  const id = String(++next);
  const res = path.join(dir, `${id}.res.json`);
  return new Promise<T>((resolve, reject) => {
    const finish = (): boolean => {
      if (!fs.existsSync(res)) return false;
      watcher.close();
      clearTimeout(timer);
      const body = JSON.parse(fs.readFileSync(res, 'utf8'));
      if (body.ok) resolve(body.value as T);
      else reject(new Error(`page op ${op}: ${body.error}`));
      return true;
    };
    const watcher = fs.watch(dir, () => { finish(); });
    const timer = setTimeout(() => { watcher.close(); reject(new Error(`page op ${op} got no answer in ${timeoutMs} ms`)); }, timeoutMs);
    const tmp = path.join(dir, `${id}.req.tmp`);
    fs.writeFileSync(tmp, JSON.stringify({ op, args }));
    fs.renameSync(tmp, path.join(dir, `${id}.req.json`));
    finish();
  });
}

export const query = (args: { frame?: string; selector: string; attrs?: string[] }): Promise<Element[]> => page('query', args);
export const screenshot = (name: string): Promise<string> => page('screenshot', { name });
