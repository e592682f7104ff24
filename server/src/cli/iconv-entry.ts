// Entry point of the encodings bundle (dist/iconv.js): iconv-lite and its code tables (GB18030,
// Big5 …, ~550 KB of source), loaded only when a file is not UTF-8 (cli/lazy-iconv.ts).

import * as iconv from 'iconv-lite';

export const { decode, encode } = iconv;
