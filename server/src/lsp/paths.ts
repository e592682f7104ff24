// file: URIs ↔ paths, and the workspace folder a document belongs to.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try { return fileURLToPath(uri); } catch { return null; }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).toString();
}

/** The innermost folder (of `folders`) containing `file`, else the file's own directory. */
export function folderOf(file: string, folders: string[]): string {
  let best: string | null = null;
  for (const f of folders) if (contains(f, file) && (!best || f.length > best.length)) best = f;
  return best ?? path.dirname(file);
}

/** Whether `file` lies inside one of `folders`. */
export function insideFolder(file: string, folders: string[]): boolean {
  return folders.some(f => contains(f, file));
}

function contains(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
}
