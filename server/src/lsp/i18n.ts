// Server strings through @vscode/l10n: Chinese source strings, English bundle. The UI language
// is the `xxgk.language` setting, else the client's locale (English when it starts with `en`).

import * as l10n from '@vscode/l10n';
import en from '../../l10n/bundle.l10n.en.json';
import type { Locale } from '../core/types';

export type LanguageSetting = 'auto' | 'zh-cn' | 'en';

export function toLocale(tag: string | undefined): Locale {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-cn';
}

export function resolveLocale(setting: LanguageSetting | undefined, clientLocale: string | undefined): Locale {
  return setting === 'en' || setting === 'zh-cn' ? setting : toLocale(clientLocale);
}

let loaded: Locale | null = null;

/** Localised server string; `{0}`-style arguments. */
export function tr(locale: Locale, message: string, ...args: Array<string | number>): string {
  if (loaded !== locale) {
    l10n.config({ contents: locale === 'en' ? en : {} });
    loaded = locale;
  }
  return l10n.t(message, ...args);
}
