// Where each table stands: the body of its section, or — when a heading is missing — the lines
// around the table's own anchor labels.

import type { Section } from '../model';
import { normLabel } from '../normalise';
import type { SourceText } from '../text';

export interface Region { from: number; to: number }

/** First line from `from` that contains `hint` (cheap) and passes `test` on its normalised text. */
function find(src: SourceText, from: number, hint: RegExp, test: (norm: string) => boolean): number {
  for (let i = Math.max(0, from); i < src.lines.length; i++) if (hint.test(src.lines[i]) && test(normLabel(src.lines[i]))) return i;
  return -1;
}

export function tableRegions(src: SourceText, sections: Section[]): { t2: Region | null; t3: Region | null; t4: Region | null } {
  const body = (index: number): Region | null => {
    const s = sections.find(x => x.index === index);
    return s ? { from: s.bodyStart, to: s.end } : null;
  };
  let t2 = body(2), t3 = body(3), t4 = body(4);
  if (!t3) {
    const start = find(src, 0, /勾稽|本年新收/, n => n.includes('勾稽关系') || n.includes('本年新收政府信息公开申请'));
    const end = start >= 0 ? find(src, start, /继续办理/, n => n.includes('结转下年度继续办理')) : -1;
    if (start >= 0) t3 = { from: start, to: end >= 0 ? end + 1 : Math.min(src.lines.length, start + 60) };
  }
  if (!t2) {
    const start = find(src, 0, /第二十条/, n => n.includes('第二十条第'));
    if (start >= 0) t2 = { from: start, to: t3 ? Math.max(start, t3.from) : Math.min(src.lines.length, start + 30) };
  }
  if (!t4) {
    const start = find(src, t3 ? t3.to : 0, /行政复议/, n => n.startsWith('行政复议') && n.length < 40);
    if (start >= 0) t4 = { from: start, to: Math.min(src.lines.length, start + 20) };
  }
  return { t2, t3, t4 };
}
