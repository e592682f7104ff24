// Reading report files in the encodings they arrive in: UTF-8 (BOM or not), UTF-16 with a BOM,
// GB18030 (iconv-lite). Binary input is refused with a clear message; writing back keeps the
// encoding and the BOM.

import * as iconv from 'iconv-lite';

export type Encoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';
export interface Decoded { text: string; encoding: Encoding; bom: boolean }

export class DecodeError extends Error {}

export function decode(bytes: Buffer, wanted: 'auto' | 'utf8' | 'gb18030' = 'auto'): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf16le'), encoding: 'utf16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf16be'), encoding: 'utf16be', bom: true };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new DecodeError('binary');
  if (wanted === 'gb18030') return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030', bom: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf8', bom: false };
  } catch {
    if (wanted === 'utf8') throw new DecodeError('utf8');
  }
  const text = iconv.decode(bytes, 'gb18030');
  if (text.includes('\ufffd')) throw new DecodeError('undecodable');
  return { text, encoding: 'gb18030', bom: false };
}

export function encode(d: Decoded): Buffer {
  const body = d.encoding === 'utf8' ? Buffer.from(d.text, 'utf8') : iconv.encode(d.text, d.encoding);
  const bom = !d.bom ? [] : d.encoding === 'utf8' ? [0xef, 0xbb, 0xbf] : d.encoding === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return Buffer.concat([Buffer.from(bom), body]);
}
