// The server's own messages (those not said by a rule), in a catalogue keyed by id like the
// engine's (core/messages.ts). The UI language is the `xxgk.language` setting, else the client's
// locale (English when it starts with `en`).

import { defineMessages } from '../core/messages';
import type { Locale } from '../core/types';

export type LanguageSetting = 'auto' | 'zh-cn' | 'en';

export function toLocale(tag: string | undefined): Locale {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-cn';
}

export function resolveLocale(setting: LanguageSetting | undefined, clientLocale: string | undefined): Locale {
  return setting === 'en' || setting === 'zh-cn' ? setting : toLocale(clientLocale);
}

export const serverMessages = defineMessages({
  documentTooLarge: {
    zh: '文档有 {size} 个字符，超过 xxgk.maxDocumentSize（{max}），已停止检查。',
    en: 'The document has {size} characters, more than xxgk.maxDocumentSize ({max}); checking stopped.',
  },
  engineError: {
    zh: '检查器内部错误：{error}',
    en: 'Internal checker error: {error}',
  },
  markReviewed: {
    zh: '标记为已审核…',
    en: 'Mark as reviewed…',
  },
  fixAll: {
    zh: '修复全部可自动修复的问题（xxgk）',
    en: 'Fix all auto-fixable problems (xxgk)',
  },
  reviewStoreUnreadable: {
    zh: '{store} 第 {line} 行无法解析（{detail}），未写入：请先修正该文件，已有的审核记录不会被覆盖。',
    en: '{store} cannot be parsed at line {line} ({detail}); nothing was written: fix the file first, the reviews it holds are not overwritten.',
  },
  reviewOutsideWorkspace: {
    zh: '只有工作区文件夹中的报告才能标记为已审核。',
    en: 'Only reports inside a workspace folder can be marked as reviewed.',
  },
});
