// Small PDF files written byte by byte for the readers' failure cases: a page with only an image
// (a scan), and a file protected by a user password.

function build(objects: string[], trailerExtra = ''): Buffer {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => { offsets.push(Buffer.byteLength(out, 'latin1')); out += `${i + 1} 0 obj\n${body}\nendobj\n`; });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` + offsets.map(o => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function stream(content: string, dict = ''): string { return `<< /Length ${content.length} ${dict}>>\nstream\n${content}\nendstream`; }

/** One A4 page holding a grey image and no text, as a scanner writes it. */
export function imageOnlyPdf(): Buffer {
  return build([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>',
    stream('q 495 0 0 742 50 50 cm /Im1 Do Q'),
    stream('\x80\x80\x80\x80', '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 '),
  ]);
}

/** A page of text behind the standard security handler with a user password (any password but the empty one opens it). */
export function encryptedPdf(): Buffer {
  const hex = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
  return build([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    stream('BT /F1 12 Tf 72 720 Td (2024) Tj ET'),
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex(7)}> /U <${hex(11)}> >>`,
  ], `/Encrypt 5 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] `);
}
