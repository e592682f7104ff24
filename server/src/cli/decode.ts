// Reading report files in the encodings they arrive in: UTF-8 (BOM or not), UTF-16 with a BOM,
// GB18030 (iconv-lite). Binary input, Big5 and a forced encoding that does not fit are refused
// with a clear message. Writing back splices the re-encoded edited spans into the original bytes,
// so that every byte outside an edit stays exactly as it was (even bytes the decoder does not
// round-trip, such as GB18030 `A3 A0` or a lone `0x80`).

import { iconv } from './lazy-iconv';

export type Encoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';
export interface Decoded { text: string; encoding: Encoding; bom: boolean }

/** `message` is the reason: binary, utf8, gb18030, big5, undecodable. */
export class DecodeError extends Error {}
/** The edited text cannot be written without changing bytes outside the edits. */
export class EncodeError extends Error {}

/** Characters frequent in any report; Big5 bytes read as GB18030 give almost none of them. */
const COMMON = /[的年政府信息公开開报報告情况況申请請一二三四五总總体體和在工作本度]/g;
const count = (text: string) => text.match(COMMON)?.length ?? 0;

function bomLength(d: Decoded): number {
  return !d.bom ? 0 : d.encoding === 'utf8' ? 3 : 2;
}

export function decode(bytes: Buffer, wanted: 'auto' | 'utf8' | 'gb18030' = 'auto'): Decoded {
  // A byte order mark decides, whatever --encoding says.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)), encoding: 'utf8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv().decode(bytes.subarray(2), 'utf16le'), encoding: 'utf16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv().decode(bytes.subarray(2), 'utf16be'), encoding: 'utf16be', bom: true };
  if (bytes.includes(0)) throw new DecodeError('binary');
  if (wanted === 'gb18030') {
    const text = iconv().decode(bytes, 'gb18030');
    if (text.includes('\ufffd')) throw new DecodeError('gb18030');
    return { text, encoding: 'gb18030', bom: false };
  }
  try {
    return { text: utf8(bytes), encoding: 'utf8', bom: false };
  } catch {
    if (wanted === 'utf8') throw new DecodeError('utf8');
  }
  const text = iconv().decode(bytes, 'gb18030');
  if (text.includes('\ufffd')) throw new DecodeError('undecodable');
  const big5 = iconv().decode(bytes, 'big5');
  if (!big5.includes('\ufffd') && count(big5) > 2 * count(text)) throw new DecodeError('big5');
  return { text, encoding: 'gb18030', bom: false };
}

function utf8(bytes: Buffer): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

function encodeText(text: string, encoding: Encoding): Buffer {
  return encoding === 'utf8' ? Buffer.from(text, 'utf8') : iconv().encode(text, encoding);
}

function decodeBytes(bytes: Buffer, encoding: Encoding): string {
  return encoding === 'utf8' ? bytes.toString('utf8') : iconv().decode(bytes, encoding);
}

/** Number of bytes of `body` from `at` that decode to `text`: the re-encoding when it matches,
 * else code point by code point, each the shortest byte run that decodes to it. */
function byteLength(body: Buffer, at: number, text: string, encoding: Encoding): number {
  const whole = encodeText(text, encoding);
  if (body.subarray(at, at + whole.length).equals(whole)) return whole.length;
  let pos = at;
  for (const cp of text) {
    const enc = encodeText(cp, encoding);
    if (body.subarray(pos, pos + enc.length).equals(enc)) { pos += enc.length; continue; }
    let n = 1;
    while (n <= 4 && decodeBytes(body.subarray(pos, pos + n), encoding) !== cp) n++;
    if (n > 4) throw new EncodeError('unmapped');
    pos += n;
  }
  return pos - at;
}

export interface OffsetEdit { start: number; end: number; newText: string }

/**
 * The bytes of `original` (as decoded into `d`) with `edits` (non-overlapping, offsets in
 * `d.text`) applied: unedited spans are copied from `original`, edited spans re-encoded. Throws
 * EncodeError when that would not give `fixed` back, so nothing outside the edits ever changes.
 */
export function spliceEdits(original: Buffer, d: Decoded, edits: OffsetEdit[], fixed: string): Buffer {
  const body = original.subarray(bomLength(d));
  const parts: Buffer[] = [original.subarray(0, bomLength(d))];
  let textAt = 0, byteAt = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const keep = byteLength(body, byteAt, d.text.slice(textAt, e.start), d.encoding);
    parts.push(body.subarray(byteAt, byteAt + keep));
    byteAt += keep;
    byteAt += byteLength(body, byteAt, d.text.slice(e.start, e.end), d.encoding);
    parts.push(encodeText(e.newText, d.encoding));
    textAt = e.end;
  }
  const rest = byteLength(body, byteAt, d.text.slice(textAt), d.encoding);
  if (byteAt + rest !== body.length) throw new EncodeError('length');
  parts.push(body.subarray(byteAt));
  const out = Buffer.concat(parts);
  if (decodeBytes(out.subarray(bomLength(d)), d.encoding) !== fixed) throw new EncodeError('roundtrip');
  return out;
}
