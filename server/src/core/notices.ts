import { defineCodes } from './codes';

export const codes = defineCodes({
  'max-document-size': {
    group: 'notices', severity: 'information', fixable: false,
    zh: '文档超过 xxgk.maxDocumentSize，已停止检查',
    en: 'the document is larger than `xxgk.maxDocumentSize`; checking stopped',
  },
  'internal-error': {
    group: 'notices', severity: 'error', fixable: false,
    zh: '引擎处理此文本时出错',
    en: 'the engine failed on this text (please report it with the text)',
  },
});
