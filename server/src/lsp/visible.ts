// Text from the report shown in the editor's UI (diagnostic messages, hovers, action titles):
// bidirectional controls (U+202E …) would reorder what the user reads, so they are written out
// visibly as `\u202E`.

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function visible(s: string): string {
  return s.replace(BIDI, c => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
