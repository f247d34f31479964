// A one-page PDF drawn by hand (no PDF library): the sample label ShipStation prints for retail
// labels, watermarked like USPS's test labels so nobody mails it.

function escapePdfText(text: string): string {
  return text.replace(/[\\()]/g, (ch) => `\\${ch}`).replace(/[^\x20-\x7e]/g, '?')
}

/**
 * A 4x6 in label PDF with the given lines and a "SAMPLE - NOT FOR MAILING" watermark.
 *
 * @example
 * const pdf = sampleLabelPdf(['USPS Priority Mail', 'TRACKING # 9400 ...'])
 */
export function sampleLabelPdf(lines: string[]): Buffer {
  const text = [
    'BT /F1 22 Tf 30 380 Td (SAMPLE - NOT FOR MAILING) Tj ET',
    ...lines.map((line, i) => `BT /F1 11 Tf 24 ${340 - i * 18} Td (${escapePdfText(line)}) Tj ET`),
  ].join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 288 432] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf))
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(pdf)
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}
