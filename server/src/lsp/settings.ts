// `xxgk.*` settings per resource, read through `workspace/configuration` and cached until the
// client sends `workspace/didChangeConfiguration`.

import type { Connection } from 'vscode-languageserver';
import type { Severity } from '../core/types';
import type { LanguageSetting } from './i18n';

export type Level = Severity | 'off';

export interface Settings {
  rules: Record<string, Level>;
  run: 'onType' | 'onSave';
  maxDocumentSize: number;
  language: LanguageSetting;
}

export const DEFAULTS: Settings = { rules: {}, run: 'onType', maxDocumentSize: 2_000_000, language: 'auto' };

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Validates raw settings; unknown or malformed values fall back to the defaults. */
export function normalise(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, Level> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [code, level] of Object.entries(r.rules as Record<string, unknown>)) {
      const l = level === 'info' ? 'information' : level;
      if (typeof l === 'string' && LEVELS.has(l)) rules[code] = l as Level;
    }
  }
  const max = Number(r.maxDocumentSize);
  return {
    rules,
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    maxDocumentSize: Number.isFinite(max) && max > 0 ? max : DEFAULTS.maxDocumentSize,
    language: r.language === 'en' || r.language === 'zh-cn' ? r.language : 'auto',
  };
}

export class SettingsCache {
  private cache = new Map<string, Promise<Settings>>();
  /** Settings pushed by `didChangeConfiguration` when the client cannot be asked per resource. */
  private global: Settings = DEFAULTS;

  constructor(private connection: Connection, private canPull: () => boolean) {}

  get(uri: string): Promise<Settings> {
    if (!this.canPull()) return Promise.resolve(this.global);
    let p = this.cache.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'xxgk' })
        .then(normalise, () => DEFAULTS);
      this.cache.set(uri, p);
    }
    return p;
  }

  /** Drops the cache (and takes pushed settings when the notification carries them). */
  changed(pushed: unknown): void {
    this.cache.clear();
    const x = (pushed as { xxgk?: unknown } | null)?.xxgk;
    if (x) this.global = normalise(x);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
